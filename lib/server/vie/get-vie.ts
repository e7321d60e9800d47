// « Vie de la convention » for its page: the dates the domain computes from what is recorded.
import "server-only";
import { dateEntreeEnVigueur, dernierJourDePreavis, echeancesDu, finEffective, PREAVIS_PAR_DEFAUT_MOIS } from "@/lib/domain/echeances";
import { jourDeParis } from "@/lib/domain/dates";
import { estSigneeParTous } from "@/lib/domain/statut";
import type { VieVue } from "@/lib/views/vie";
import { can, type AgentLike } from "../policies";
import { db } from "../db";
import { assertDansLePerimetre } from "../publication/suivi";
import { creditsNonConsommes, lireVie } from "./vie";

export async function getVie(agent: AgentLike, conventionId: string): Promise<VieVue | null> {
  await assertDansLePerimetre(agent, { conventionId });
  const vie = await lireVie(conventionId);
  if (!estSigneeParTous(vie.statut)) return null;
  const c = await db.convention.findUniqueOrThrow({
    where: { id: conventionId },
    select: {
      version: true,
      motifDenonciation: true,
      motifCloture: true,
      denonceeParPartieId: true,
      parties: { orderBy: { ordre: "asc" }, select: { id: true, role: true, organisation: { select: { sigle: true, nom: true } } } },
    },
  });
  const nom = (p: (typeof c.parties)[number]) =>
    `${p.organisation.sigle ?? p.organisation.nom} (${p.role === "DELEGANT" ? "délégant" : p.role === "DELEGATAIRE" ? "délégataire" : "partie"})`;
  const denoncee = c.parties.find((p) => p.id === c.denonceeParPartieId);
  const aujourdhui = jourDeParis(new Date());
  return {
    conventionId,
    version: c.version,
    statut: vie.statut,
    pointDepart: vie.pointDepart,
    regleDuree: vie.regleDuree,
    dateSignature: vie.dateSignature,
    dateNotification: vie.dateNotification,
    datePublication: vie.datePublication,
    entreeEnVigueur: dateEntreeEnVigueur(vie),
    dateFin: vie.dateFin,
    fin: finEffective(vie),
    dernierJourPreavis: dernierJourDePreavis(vie),
    preavisMois: vie.preavisMois ?? PREAVIS_PAR_DEFAUT_MOIS,
    denonciation: vie.dateDenonciation
      ? { partie: denoncee ? nom(denoncee) : "—", date: vie.dateDenonciation, motif: c.motifDenonciation }
      : null,
    cloture: vie.dateCloture ? { date: vie.dateCloture, motif: c.motifCloture } : null,
    echeances: echeancesDu(vie.statut, vie, aujourdhui, { creditsNonConsommes: await creditsNonConsommes(conventionId) }),
    parties: c.parties.map((p) => ({ id: p.id, libelle: nom(p) })),
    droits: {
      notifier: can(agent, "convention.publier") && vie.pointDepart === "NOTIFICATION" && vie.statut !== "TERMINEE",
      denoncer: can(agent, "convention.denoncer") && vie.statut !== "TERMINEE" && !vie.dateDenonciation,
      clore: can(agent, "convention.clore") && vie.statut !== "TERMINEE",
    },
  };
}
