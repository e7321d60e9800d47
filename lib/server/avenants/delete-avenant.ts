// Deleting an avenant that is still a draft (nothing signed, nothing reviewed): a mistaken draft
// must not block the next avenant. Audited with what was deleted.
import "server-only";
import { ErreurMetier, Introuvable } from "@/lib/domain/erreurs";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, on, type InTx } from "../db";
import { getConvention } from "../conventions/get-convention";

export async function deleteAvenantDraft(agent: AgentLike, conventionId: string, numero: number, { tx: outer }: InTx = {}) {
  const convention = await getConvention(agent, conventionId, { tx: outer });
  assertCan(agent, "avenant.creer");
  const avenant = await on(outer).avenant.findUnique({
    where: { conventionId_numero: { conventionId: convention.id, numero } },
    include: { changements: true, articles: true },
  });
  if (!avenant) throw new Introuvable("Cet avenant");
  if (avenant.statut !== "BROUILLON")
    throw new ErreurMetier("AVENANT_NON_BROUILLON", "Seul un avenant en brouillon peut être supprimé ; renvoyez-le d'abord en rédaction.");
  if (await on(outer).versionFigee.count({ where: { documentId: avenant.id } }))
    throw new ErreurMetier(
      "DEJA_FIGE",
      "Cet avenant a déjà été figé pour signature : sa version figée est gardée, il ne peut plus être supprimé. Modifiez-le plutôt.",
    );
  await inTransaction(outer, async (tx) => {
    await tx.avenant.delete({ where: { id: avenant.id } });
    await recordAudit(tx, {
      userId: agent.id,
      type: "AVENANT_SUPPRIME",
      entite: "Avenant",
      entiteId: avenant.id,
      conventionId: convention.id,
      avant: avenant,
    });
  });
  return { numero };
}
