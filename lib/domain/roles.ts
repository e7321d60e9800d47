import type { Evenement } from "./statut";

// Who may do what. Pure: the server checks it in lib/server/policies.ts, the UI only hides buttons.

export const ROLES = ["REDACTEUR", "RELECTEUR_FINANCIER", "SIGNATAIRE", "GESTIONNAIRE_REFERENTIEL", "ADMINISTRATEUR", "LECTEUR"] as const;
export type Role = (typeof ROLES)[number];

export const LIBELLES_ROLE: Record<Role, string> = {
  REDACTEUR: "Rédacteur",
  RELECTEUR_FINANCIER: "Relecteur financier",
  SIGNATAIRE: "Signataire",
  GESTIONNAIRE_REFERENTIEL: "Gestionnaire du référentiel",
  ADMINISTRATEUR: "Administrateur",
  LECTEUR: "Lecteur",
};

export const ACTIONS = [
  "convention.lire",
  "convention.exporter",
  "convention.creer",
  "convention.modifier",
  "convention.soumettre",
  "convention.relire",
  "convention.valider",
  "convention.signer",
  "convention.publier",
  "avenant.creer",
  "referentiel.modifier",
  "referentiel.fusionner",
  "utilisateur.gerer",
  "audit.lire",
  "convention.toutes_lire",
  "execution.importer",
  "finance.suivre",
  "signature.deposer_pour_autrui",
  "document.importer",
  "import.lire_tous",
  "convention.denoncer",
  "convention.clore",
] as const;
export type Action = (typeof ACTIONS)[number];

const TOUS: readonly Role[] = ROLES;

export const PERMISSIONS: Record<Action, readonly Role[]> = {
  "convention.lire": TOUS,
  "convention.exporter": TOUS,
  "convention.creer": ["REDACTEUR", "ADMINISTRATEUR"],
  "convention.modifier": ["REDACTEUR", "ADMINISTRATEUR"],
  "convention.soumettre": ["REDACTEUR", "ADMINISTRATEUR"],
  "convention.relire": ["RELECTEUR_FINANCIER", "ADMINISTRATEUR"],
  "convention.valider": ["RELECTEUR_FINANCIER", "ADMINISTRATEUR"],
  "convention.signer": ["SIGNATAIRE", "ADMINISTRATEUR"],
  "convention.publier": ["REDACTEUR", "ADMINISTRATEUR"],
  "avenant.creer": ["REDACTEUR", "ADMINISTRATEUR"],
  // Organisations, successions, people and legal texts are shared by every convention: their own right.
  "referentiel.modifier": ["GESTIONNAIRE_REFERENTIEL", "ADMINISTRATEUR"],
  // A merge removes a record for good and moves agents' accounts: administrators only.
  "referentiel.fusionner": ["ADMINISTRATEUR"],
  "utilisateur.gerer": ["ADMINISTRATEUR"],
  "audit.lire": ["RELECTEUR_FINANCIER", "ADMINISTRATEUR"],
  // DINUM finance reviews schedules across all conventions; others see their own ministry's.
  "convention.toutes_lire": ["RELECTEUR_FINANCIER", "ADMINISTRATEUR"],
  // DINUM finance records what CHORUS says was made available, committed and paid.
  "execution.importer": ["RELECTEUR_FINANCIER", "ADMINISTRATEUR"],
  // The dashboard across every convention: DINUM finance and administrators.
  "finance.suivre": ["RELECTEUR_FINANCIER", "ADMINISTRATEUR"],
  // The scan of a party's paper signature, recorded by someone not of that party: administrators.
  "signature.deposer_pour_autrui": ["ADMINISTRATEUR"],
  // Bringing in the conventions a ministry already holds (drafts, or signed historical records).
  "document.importer": ["REDACTEUR", "ADMINISTRATEUR"],
  // An import under review is its author's; administrators may open anyone's.
  "import.lire_tous": ["ADMINISTRATEUR"],
  // Notice given by a party, recorded by the drafters of the délégant's or délégataire's side.
  "convention.denoncer": ["REDACTEUR", "ADMINISTRATEUR"],
  // Closed when every operation is settled: DINUM finance, who follow the spending, attest it.
  "convention.clore": ["RELECTEUR_FINANCIER", "ADMINISTRATEUR"],
};

/** Which permission each step of the life cycle needs. */
export const ACTION_DE: Record<Evenement, Action> = {
  SOUMETTRE: "convention.soumettre",
  RENVOYER: "convention.relire",
  VALIDER: "convention.valider",
  SIGNER_UNE_PARTIE: "convention.signer",
  SIGNER_DERNIERE_PARTIE: "convention.signer",
  PUBLIER: "convention.publier",
  ENTRER_EN_VIGUEUR: "convention.publier",
  TERMINER: "convention.publier",
};

export function roleCan(role: Role, action: Action): boolean {
  return PERMISSIONS[action].includes(role);
}

/** An agent holds one or more roles: a right is theirs when any of their roles has it. */
export function rolesCan(roles: readonly Role[], action: Action): boolean {
  return roles.some((role) => roleCan(role, action));
}

/** « Rédacteur, Signataire »: an agent's roles as the header and the lists say them, in the matrix's order. */
export function libelleRoles(roles: readonly Role[]): string {
  return ROLES.filter((r) => roles.includes(r))
    .map((r) => LIBELLES_ROLE[r])
    .join(", ");
}

/** Why a set of roles cannot be given, in French (null when it can): at least one; a reader reads,
 *  so « Lecteur » goes with no other role (any other already reads everything it reads). */
export function raisonRolesRefuses(roles: readonly Role[]): string | null {
  if (roles.length === 0) return "Choisissez au moins un rôle.";
  if (roles.includes("LECTEUR") && roles.length > 1)
    return "Le rôle Lecteur ne se cumule avec aucun autre : chacun des autres rôles permet déjà de lire.";
  return null;
}
