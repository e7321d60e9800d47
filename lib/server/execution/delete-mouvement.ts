// Removing a line entered by hand (issue 12): finance may remove what it typed, never a line imported
// from a CHORUS extract, and never a commitment whose payments would then exceed what it committed.
import "server-only";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, type InTx } from "../db";
import { getConvention } from "../conventions/get-convention";
import { ensureSuivi, refreshSuivi } from "./refresh-suivi";
import { isEnteredByHand, m, soldeEj } from "./record-mouvement";

export async function deleteMouvement(
  agent: AgentLike,
  { conventionId, id }: { conventionId: string; id: string },
  { tx: outer }: InTx = {},
) {
  assertCan(agent, "execution.importer");
  const convention = await getConvention(agent, conventionId, { tx: outer });
  return inTransaction(outer, async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Convention" WHERE "id" = ${convention.id} FOR UPDATE`;
    const ligne = await tx.mouvementExecution.findFirst({ where: { id, conventionId: convention.id } });
    if (!ligne) throw new ErreurMetier("LIGNE_INTROUVABLE", "Cette ligne n'existe plus (supprimée entre-temps) : la page est à jour.");
    if (!isEnteredByHand(ligne))
      throw new ErreurMetier("LIGNE_IMPORTEE", "Une ligne importée d'un extrait CHORUS ne se supprime pas : elle reflète CHORUS.");
    if (ligne.nature === "ENGAGEMENT" && ligne.numeroEj) {
      const ej = await soldeEj(tx, convention.id, ligne.numeroEj);
      if (ej.paye > ej.engage - (ligne.report ? 0n : ligne.ae))
        throw new ErreurMetier(
          "EJ_PAYE",
          `L'EJ ${ligne.numeroEj} a des paiements (${m(ej.paye)}) que cette suppression laisserait au-delà de son montant engagé : supprimez d'abord ces paiements.`,
        );
    }
    await ensureSuivi(tx, [convention.id]);
    await tx.mouvementExecution.delete({ where: { id: ligne.id } });
    await recordAudit(tx, {
      userId: agent.id,
      type: "EXECUTION_SUPPRESSION",
      entite: "Convention",
      entiteId: convention.id,
      conventionId: convention.id,
      avant: ligne,
    });
    await refreshSuivi([convention.id], { tx, sauf: agent.id });
    return { id: ligne.id };
  });
}
