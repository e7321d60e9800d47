// Invitation links (« Définir votre mot de passe »): a random token sent by e-mail, of which only the
// SHA-256 is kept; single use, valid VALIDITE_INVITATION_H hours; a new one replaces the unused ones.
// The token travels in the e-mail job's payload, which the queue deletes once the mail is sent.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { db, inTransaction, type InTx, type Tx } from "../db";
import { recordAudit } from "../audit";
import { addJob } from "../jobs/job";
import { courrielActif, ADRESSE_APP } from "../notifications/courriel";
import { invitationJob } from "./invitation.job";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { raisonInvitationInvalide, VALIDITE_INVITATION_H } from "@/lib/domain/comptes";

const empreinte = (jeton: string) => createHash("sha256").update(jeton, "utf8").digest("hex");

/** The path of the page an invitation's token opens. */
export const cheminInvitation = (jeton: string) => `/invitation/${jeton}`;

/** A new invitation for this account (the previous unused ones no longer work), and its e-mail when
 *  SMTP is configured. Returns the link, for an administrator to pass on when no e-mail is sent. */
export async function createInvitation(tx: Tx, userId: string, maintenant = new Date()): Promise<{ lien: string; envoyee: boolean }> {
  const jeton = randomBytes(32).toString("base64url");
  await tx.invitation.deleteMany({ where: { userId, utiliseeLe: null } });
  await tx.invitation.create({
    data: { userId, jetonSha256: empreinte(jeton), expireLe: new Date(maintenant.getTime() + VALIDITE_INVITATION_H * 3_600_000) },
  });
  const envoyee = courrielActif();
  if (envoyee) await addJob(tx, invitationJob, { userId, jeton });
  return { lien: `${ADRESSE_APP()}${cheminInvitation(jeton)}`, envoyee };
}

async function trouver(tx: Tx | undefined, jeton: string) {
  return (tx ?? db).invitation.findUnique({ where: { jetonSha256: empreinte(jeton) }, include: { user: true } });
}

/** What the invitation page shows: whose account, or why the link cannot be used. */
export async function checkInvitation(
  jeton: string,
  maintenant = new Date(),
): Promise<{ nom: string; email: string } | { raison: string }> {
  const invitation = await trouver(undefined, jeton);
  const raison = raisonInvitationInvalide(invitation && { ...invitation, compteActif: invitation.user.actif }, maintenant);
  return raison ? { raison } : { nom: invitation!.user.nom, email: invitation!.user.email };
}

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
