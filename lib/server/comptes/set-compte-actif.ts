// Deactivating or reactivating an account (administrators): a deactivation ends the agent's sessions at
// once (the trigger on User), nothing they wrote is deleted; nobody deactivates their own account, and
// the last active administrator stays active (lib/domain/comptes.ts). Audited.
import "server-only";
import { inTransaction, type InTx } from "../db";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { autresAdministrateursActifs, charger } from "./update-compte";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { verifierDernierAdministrateur } from "@/lib/domain/comptes";

export async function setCompteActif(
  agent: AgentLike,
  input: { id: string; version: number; actif: boolean },
  { tx: outer }: InTx = {},
): Promise<{ id: string; nom: string; actif: boolean }> {
  assertCan(agent, "utilisateur.gerer");
  return inTransaction(outer, async (tx) => {
    const avant = await charger(tx, input.id, input.version);
    if (avant.actif === input.actif) return { id: avant.id, nom: avant.nom, actif: avant.actif };
    if (!input.actif && avant.id === agent.id)
      throw new ErreurMetier("ACCES_REFUSE", "Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur.");
    verifierDernierAdministrateur(avant, { roles: avant.roles, actif: input.actif }, await autresAdministrateursActifs(tx, avant.id));
    await tx.user.update({ where: { id: avant.id }, data: { actif: input.actif, version: input.version + 1 } });
    await recordAudit(tx, {
      userId: agent.id,
      type: input.actif ? "COMPTE_REACTIVE" : "COMPTE_DESACTIVE",
      entite: "User",
      entiteId: avant.id,
      avant: { actif: avant.actif },
      apres: { actif: input.actif },
    });
    return { id: avant.id, nom: avant.nom, actif: input.actif };
  });
}
