// Invitation links (« Définir votre mot de passe »): a random token sent by e-mail, of which only the
// SHA-256 is kept; single use, valid VALIDITE_INVITATION_H hours; a new one replaces the unused ones.
// The token travels in the e-mail job's payload, which the queue deletes once the mail is sent.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "../db";
import { addJob } from "../jobs/job";
import { courrielActif, ADRESSE_APP } from "../notifications/courriel";
import { invitationJob } from "./invitation.job";
import { cheminInvitation, VALIDITE_INVITATION_H } from "@/lib/domain/comptes";

export const empreinte = (jeton: string) => createHash("sha256").update(jeton, "utf8").digest("hex");

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

/** The invitation of a token, with its account. */
export async function trouver(tx: Tx | undefined, jeton: string) {
  return (tx ?? db).invitation.findUnique({ where: { jetonSha256: empreinte(jeton) }, include: { user: true } });
}
