// Agents' accounts: what an administrator may change, and the invitation's rules. Pure: the use cases
// in lib/server/comptes apply them inside their transaction.
import { ErreurMetier } from "./erreurs";
import { rolesCan, type Role } from "./roles";

/** How long an invitation link stays valid. */
export const VALIDITE_INVITATION_H = 72;
/** The path of the page an invitation's token opens (the e-mail's link, the link shown without SMTP). */
export const cheminInvitation = (jeton: string) => `/invitation/${jeton}`;

/** The shortest password an agent may choose (ANSSI: 12 characters for a password alone). */
export const MOT_DE_PASSE_MIN = 12;

export type EtatCompte = { roles: readonly Role[]; actif: boolean };

/** Whether the service would be left without an active administrator: refused for the change of
 *  one account from `avant` to `apres`, given how many other active administrators there are. */
export function verifierDernierAdministrateur(avant: EtatCompte, apres: EtatCompte, autresAdministrateursActifs: number): void {
  const etaitAdmin = avant.actif && avant.roles.includes("ADMINISTRATEUR");
  const resteAdmin = apres.actif && apres.roles.includes("ADMINISTRATEUR");
  if (etaitAdmin && !resteAdmin && autresAdministrateursActifs === 0)
    throw new ErreurMetier(
      "DERNIER_ADMINISTRATEUR",
      "C'est le dernier administrateur actif : donnez d'abord ce rôle à un autre agent, sinon plus personne ne pourrait gérer les comptes.",
      apres.actif ? { roles: "Le dernier administrateur actif garde ce rôle." } : undefined,
    );
}

export type EtatInvitation = { expireLe: Date; utiliseeLe: Date | null; compteActif: boolean };

/** Why an invitation link cannot be used now, in French; null when it can. */
export function raisonInvitationInvalide(invitation: EtatInvitation | null, maintenant: Date): string | null {
  if (!invitation)
    return "Ce lien d'invitation n'est pas valide. Vérifiez qu'il a été copié en entier, ou demandez-en un nouveau à votre administrateur.";
  if (invitation.utiliseeLe)
    return "Ce lien d'invitation a déjà servi. Connectez-vous avec le mot de passe choisi, ou demandez un nouveau lien à votre administrateur.";
  if (invitation.expireLe <= maintenant)
    return `Ce lien d'invitation a expiré (il est valable ${VALIDITE_INVITATION_H} heures). Demandez-en un nouveau à votre administrateur.`;
  if (!invitation.compteActif) return "Ce compte a été désactivé. Adressez-vous à votre administrateur.";
  return null;
}

/** What an agent sees, as the accounts screen says it: every convention (a role that reads them all),
 *  the organisations of their perimeter, else the ministry of their organisation, else nothing. */
export function libellePerimetre(roles: readonly Role[], organisation: string | null, perimetre: readonly string[]): string {
  if (rolesCan(roles, "convention.toutes_lire")) return "Toutes les conventions";
  if (perimetre.length) return perimetre.join(", ");
  return organisation ? `Le ministère de ${organisation}` : "Aucune convention";
}
