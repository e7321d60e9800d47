// The Chorus set-up checklist of a signed convention: its steps (from its « paramétrage de
// l'adhérence » and imputation), what DINUM finance recorded, and the first availability of credits
// read from the execution figures.
import "server-only";
import { etapesChorus, parametrageComplet } from "@/lib/domain/parametrage-chorus";
import { estSigneeParTous } from "@/lib/domain/statut";
import { toCalendarDate } from "@/lib/domain/dates";
import type { ParametrageChorusVue } from "@/lib/views/parametrage-chorus";
import { can, type AgentLike } from "../policies";
import { db } from "../db";
import { assertDansLePerimetre } from "../publication/suivi";

export async function getParametrageChorus(agent: AgentLike, conventionId: string): Promise<ParametrageChorusVue | null> {
  await assertDansLePerimetre(agent, { conventionId });
  const c = await db.convention.findUniqueOrThrow({
    where: { id: conventionId },
    select: {
      statut: true,
      imputation: { select: { centreFinancier: true } },
      parametrage: true,
      parties: { where: { role: "DELEGATAIRE" }, select: { organisation: { select: { sigle: true, nom: true } } } },
      etapesChorus: { include: { par: { select: { nom: true } } } },
    },
  });
  if (!estSigneeParTous(c.statut)) return null;
  const mad = await db.mouvementExecution.findFirst({
    where: { conventionId, nature: "MISE_A_DISPOSITION" },
    orderBy: { date: "asc" },
    select: { date: true },
  });
  const premiere = mad ? toCalendarDate(mad.date) : null;
  const enregistrees = new Map(c.etapesChorus.map((e) => [e.cle, e]));
  const etapes = etapesChorus({
    uo: c.imputation?.centreFinancier ?? null,
    delegataire: c.parties.map((p) => p.organisation.sigle ?? p.organisation.nom).join(", ") || null,
    ...(c.parametrage ?? {}),
  }).map((e) => {
    const r = enregistrees.get(e.cle);
    return {
      cle: e.cle,
      libelle: e.libelle,
      etat: r?.etat ?? (e.proposeeSansObjet ? ("SANS_OBJET" as const) : ("A_FAIRE" as const)),
      date: r?.date ? toCalendarDate(r.date) : null,
      par: r?.par?.nom ?? null,
      commentaire: r?.commentaire ?? null,
      version: r?.version ?? null,
    };
  });
  const etat = parametrageComplet(etapes, premiere);
  return {
    conventionId,
    etapes,
    premiereMiseADisposition: premiere,
    complet: etat.complet,
    dateComplet: etat.date,
    restantes: etat.restantes,
    modifiable: can(agent, "execution.importer"),
  };
}
