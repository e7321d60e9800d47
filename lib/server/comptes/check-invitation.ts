// The invitation page, opened from the e-mail without a session: whose account, or why the link is refused.
import "server-only";
import { trouver } from "./invitation";
import { raisonInvitationInvalide } from "@/lib/domain/comptes";

/** What the invitation page shows: whose account, or why the link cannot be used. */
export async function checkInvitation(
  jeton: string,
  maintenant = new Date(),
): Promise<{ nom: string; email: string } | { raison: string }> {
  const invitation = await trouver(undefined, jeton);
  const raison = raisonInvitationInvalide(invitation && { ...invitation, compteActif: invitation.user.actif }, maintenant);
  return raison ? { raison } : { nom: invitation!.user.nom, email: invitation!.user.email };
}
