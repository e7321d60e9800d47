// Notice given by one of the parties (décret n° 2004-1085, art. 5: « il peut être mis fin à tout
// moment à la délégation de gestion par l'une des parties, sous réserve du respect d'un préavis »):
// who, when, why, confirmed; the end it gives (notice + the period its text states) computed and
// shown, the other parties' agents and the drafters told. The statut follows by itself on that day.
import "server-only";
import type { z } from "zod";
import { finParDenonciation, raisonDenonciationRefusee } from "@/lib/domain/echeances";
import { formatDateLongue, jourDeParis } from "@/lib/domain/dates";
import { ConflitVersion, ErreurMetier } from "@/lib/domain/erreurs";
import type { denonciationSchema } from "@/lib/schemas/vie";
import { assertCan, type AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { recordAudit } from "../audit";
import { notify, redacteursDe } from "../notifications/notify";
import { assertDansLePerimetre } from "../publication/suivi";
import { appliquerVie, lireVie } from "./vie";

export async function recordDenonciation(agent: AgentLike, saisie: z.output<typeof denonciationSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "convention.denoncer");
  await assertDansLePerimetre(agent, saisie, { tx: outer });
  const date = saisie.dateDenonciation!;
  const aujourdhui = jourDeParis(new Date());
  return inTransaction(outer, async (tx) => {
    const vie = await lireVie(saisie.conventionId, { tx });
    const refus = raisonDenonciationRefusee(vie.statut, vie, date, aujourdhui);
    if (refus) throw new ErreurMetier("DENONCIATION_REFUSEE", refus.message, refus.champ ? { [refus.champ]: refus.message } : undefined);
    const parties = await tx.partie.findMany({ where: { conventionId: saisie.conventionId }, include: { organisation: true } });
    const partie = parties.find((p) => p.id === saisie.partieId);
    if (!partie)
      throw new ErreurMetier("PARTIE_INCONNUE", "Seule une partie de la convention peut la dénoncer.", {
        partieId: "Choisissez une des parties de la convention.",
      });
    const fin = finParDenonciation(date, vie.preavisMois);
    const { count } = await tx.convention.updateMany({
      where: { id: saisie.conventionId, version: saisie.version },
      data: {
        dateDenonciation: new Date(date),
        denonceeParPartieId: partie.id,
        motifDenonciation: saisie.motif,
        version: { increment: 1 },
      },
    });
    if (!count) throw new ConflitVersion();
    await recordAudit(tx, {
      userId: agent.id,
      type: "CONVENTION_DENONCIATION",
      entite: "Convention",
      entiteId: saisie.conventionId,
      conventionId: saisie.conventionId,
      apres: { partie: partie.organisation.sigle ?? partie.organisation.nom, dateDenonciation: date, fin, motif: saisie.motif },
    });
    // The other parties' agents, and whoever wrote the convention.
    const autres = parties.filter((p) => p.id !== partie.id).map((p) => p.organisationId);
    const agents = await tx.user.findMany({ where: { organisationId: { in: autres }, actif: true }, select: { id: true } });
    const redacteurs = await redacteursDe(tx, { documentId: saisie.conventionId }, { importe: true });
    await notify(tx, {
      type: "ECHEANCE",
      destinataires: [...agents.map((a) => a.id), ...redacteurs],
      titre: `${vie.reference} dénoncée par ${partie.organisation.sigle ?? partie.organisation.nom} le ${formatDateLongue(date)} : fin le ${formatDateLongue(fin)}`,
      lien: `/conventions/${saisie.conventionId}#vie`,
      conventionId: saisie.conventionId,
      sauf: agent.id,
    });
    await appliquerVie(tx, saisie.conventionId, aujourdhui, agent.id);
    return { fin };
  });
}
