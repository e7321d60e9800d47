// Sending an account's invitation again (administrators): the previous link stops working.
import "server-only";
import { inTransaction, type InTx } from "../db";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { charger } from "./update-compte";
import { createInvitation } from "./invitation";
import { ErreurMetier } from "@/lib/domain/erreurs";

/** A new invitation link (the previous ones no longer work), e-mailed when SMTP is configured. */
export async function resendInvitation(agent: AgentLike, input: { id: string }, { tx: outer }: InTx = {}) {
  assertCan(agent, "utilisateur.gerer");
  return inTransaction(outer, async (tx) => {
    const user = await charger(tx, input.id);
    if (!user.actif) throw new ErreurMetier("COMPTE_INACTIF", "Ce compte est désactivé : réactivez-le avant d'envoyer une invitation.");
    const invitation = await createInvitation(tx, user.id);
    await recordAudit(tx, { userId: agent.id, type: "INVITATION_ENVOYEE", entite: "User", entiteId: user.id });
    return { id: user.id, nom: user.nom, ...invitation };
  });
}
