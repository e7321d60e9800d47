// Deleting a draft convention: by its drafter (whoever created it) or an administrator, audited
// with what was deleted. Nothing past the draft, and nothing ever frozen for signature, can go.
import "server-only";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { assertCan, can, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, on, type InTx } from "../db";
import { getConvention } from "./get-convention";

export async function deleteConventionDraft(agent: AgentLike, id: string, version: number, { tx: outer }: InTx = {}) {
  const convention = await getConvention(agent, id, { tx: outer }); // scoped: not found otherwise
  assertCan(agent, "convention.modifier");
  const createur = (await on(outer).convention.findUniqueOrThrow({ where: { id }, select: { createdById: true } })).createdById;
  if (createur !== agent.id && !can(agent, "utilisateur.gerer"))
    throw new ErreurMetier("ACCES_REFUSE", "Seul le rédacteur qui a créé ce projet, ou un administrateur, peut le supprimer.");
  if (convention.statut !== "BROUILLON")
    throw new ErreurMetier(
      "CONVENTION_NON_BROUILLON",
      "Seul un projet en brouillon peut être supprimé ; un document signé ne l'est jamais.",
    );
  if (await on(outer).versionFigee.count({ where: { conventionId: id } }))
    throw new ErreurMetier(
      "DEJA_FIGE",
      "Ce projet a déjà été figé pour signature : sa version figée est gardée, il ne peut plus être supprimé. Modifiez-le plutôt.",
    );
  if (convention.avenants.length)
    throw new ErreurMetier("CONVENTION_AVEC_AVENANTS", "Cette convention a des avenants : elle ne peut pas être supprimée.");
  return inTransaction(outer, async (tx) => {
    const { count } = await tx.convention.deleteMany({ where: { id, version, statut: "BROUILLON" } });
    if (count === 0)
      throw new ErreurMetier(
        "CONFLIT_VERSION",
        "Ce projet a changé depuis que vous l'avez ouvert (modifié ou soumis) : rechargez la page avant de le supprimer.",
      );
    await recordAudit(tx, {
      userId: agent.id,
      type: "CONVENTION_SUPPRIMEE",
      entite: "Convention",
      entiteId: id,
      conventionId: null,
      avant: convention,
    });
    return { reference: convention.reference };
  });
}
