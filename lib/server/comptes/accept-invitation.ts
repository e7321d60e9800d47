// Choosing one's password through an invitation link: once, within its validity, for an active account.
import "server-only";
import bcrypt from "bcryptjs";
import { inTransaction, type InTx } from "../db";
import { recordAudit } from "../audit";
import { trouver } from "./invitation";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { raisonInvitationInvalide } from "@/lib/domain/comptes";

/** Sets the agent's password and spends the link, once: a second use, an expired or forged link is
 *  refused in French and changes nothing. */
export async function acceptInvitation(
  input: { jeton: string; motDePasse: string },
  { tx: outer, maintenant = new Date() }: InTx & { maintenant?: Date } = {},
): Promise<{ email: string }> {
  const hash = await bcrypt.hash(input.motDePasse, 10); // (before the transaction: bcrypt is slow on purpose)
  return inTransaction(outer, async (tx) => {
    const invitation = await trouver(tx, input.jeton);
    const raison = raisonInvitationInvalide(invitation && { ...invitation, compteActif: invitation.user.actif }, maintenant);
    if (raison) throw new ErreurMetier("INVITATION_INVALIDE", raison);
    // Spent at most once, even by two submissions at the same instant.
    const { count } = await tx.invitation.updateMany({ where: { id: invitation!.id, utiliseeLe: null }, data: { utiliseeLe: maintenant } });
    if (count !== 1)
      throw new ErreurMetier(
        "INVITATION_INVALIDE",
        raisonInvitationInvalide({ ...invitation!, utiliseeLe: maintenant, compteActif: true }, maintenant)!,
      );
    await tx.user.update({ where: { id: invitation!.userId }, data: { passwordHash: hash } });
    await recordAudit(tx, {
      userId: invitation!.userId,
      type: "MOT_DE_PASSE_DEFINI",
      entite: "User",
      entiteId: invitation!.userId,
      apres: { par: "invitation" },
    });
    return { email: invitation!.user.email };
  });
}
