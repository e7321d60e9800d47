// Life cycle of a convention or an avenant (docs/domaine.md, « Cycle de vie »). A signed document never
// changes again: any change is a new avenant.
import { ErreurMetier } from "./erreurs";

export const STATUTS = [
  "BROUILLON",
  "EN_REVUE",
  "PRETE_A_SIGNER",
  "SIGNEE_PARTIELLEMENT",
  "SIGNEE",
  "PUBLIEE",
  "EN_VIGUEUR",
  "TERMINEE",
] as const;
export type Statut = (typeof STATUTS)[number];

export const EVENEMENTS = [
  "SOUMETTRE",
  "RENVOYER",
  "VALIDER",
  "SIGNER_UNE_PARTIE",
  "SIGNER_DERNIERE_PARTIE",
  "PUBLIER",
  "ENTRER_EN_VIGUEUR",
  "TERMINER",
] as const;
export type Evenement = (typeof EVENEMENTS)[number];

/** Recorded party by party with the signature itself (lib/server/signature), never pressed as a step. */
export const EVENEMENTS_DE_SIGNATURE: readonly Evenement[] = ["SIGNER_UNE_PARTIE", "SIGNER_DERNIERE_PARTIE"];

/** Recorded by the app, never pressed as a step: « publiée » once every required channel of the
 *  publication tracker is (lib/server/publication), « en vigueur » and « terminée » from the computed
 *  dates, a recorded notice or closure (lib/server/vie). Why, said to whoever tries. */
export const EVENEMENTS_CONSTATES: Partial<Record<Evenement, string>> = {
  PUBLIER:
    "Une publication s'enregistre canal par canal dans « Publication » (bulletin officiel, data.gouv.fr…) : le document est publié quand chaque canal requis l'est.",
  ENTRER_EN_VIGUEUR:
    "L'entrée en vigueur se constate d'elle-même à la date que dit l'article de durée (signature ou notification, à enregistrer dans « Vie de la convention »).",
  TERMINER:
    "La fin se constate d'elle-même à la date de fin, ou s'enregistre dans « Vie de la convention » : dénonciation par une partie (avec son préavis) ou clôture une fois toutes les opérations soldées.",
};

export class TransitionInterdite extends ErreurMetier {
  constructor(
    readonly statut: Statut,
    readonly evenement: Evenement,
  ) {
    super(
      "TRANSITION_INTERDITE",
      `Action « ${LIBELLES_EVENEMENT[evenement]} » impossible : le document est « ${LIBELLES_STATUT[statut]} ».`,
    );
  }
}

export const LIBELLES_STATUT: Record<Statut, string> = {
  BROUILLON: "Brouillon",
  EN_REVUE: "En revue",
  PRETE_A_SIGNER: "Prête à signer",
  SIGNEE_PARTIELLEMENT: "Signée par une partie",
  SIGNEE: "Signée",
  PUBLIEE: "Publiée",
  EN_VIGUEUR: "En vigueur",
  TERMINEE: "Terminée",
};

export const LIBELLES_EVENEMENT: Record<Evenement, string> = {
  SOUMETTRE: "Soumettre à la revue",
  RENVOYER: "Renvoyer en rédaction",
  VALIDER: "Valider pour signature",
  SIGNER_UNE_PARTIE: "Enregistrer une signature",
  SIGNER_DERNIERE_PARTIE: "Enregistrer la dernière signature",
  PUBLIER: "Publier",
  ENTRER_EN_VIGUEUR: "Mettre en vigueur",
  TERMINER: "Terminer",
};

/** The next statut, or TransitionInterdite. Exhaustive switch, no default: a new statut must be handled. */
export function nextStatut(statut: Statut, evenement: Evenement): Statut {
  const forbid = () => {
    throw new TransitionInterdite(statut, evenement);
  };
  switch (statut) {
    case "BROUILLON":
      return evenement === "SOUMETTRE" ? "EN_REVUE" : forbid();
    case "EN_REVUE":
      if (evenement === "RENVOYER") return "BROUILLON";
      return evenement === "VALIDER" ? "PRETE_A_SIGNER" : forbid();
    case "PRETE_A_SIGNER":
      if (evenement === "RENVOYER") return "BROUILLON";
      if (evenement === "SIGNER_UNE_PARTIE") return "SIGNEE_PARTIELLEMENT";
      return evenement === "SIGNER_DERNIERE_PARTIE" ? "SIGNEE" : forbid();
    case "SIGNEE_PARTIELLEMENT":
      if (evenement === "SIGNER_UNE_PARTIE") return "SIGNEE_PARTIELLEMENT";
      return evenement === "SIGNER_DERNIERE_PARTIE" ? "SIGNEE" : forbid();
    case "SIGNEE":
      return evenement === "PUBLIER" ? "PUBLIEE" : forbid();
    case "PUBLIEE":
      if (evenement === "ENTRER_EN_VIGUEUR") return "EN_VIGUEUR";
      return evenement === "TERMINER" ? "TERMINEE" : forbid();
    case "EN_VIGUEUR":
      return evenement === "TERMINER" ? "TERMINEE" : forbid();
    case "TERMINEE":
      return forbid();
  }
}

/** Signed (by at least one party) or later: the text is frozen. */
export function estFige(statut: Statut): boolean {
  switch (statut) {
    case "BROUILLON":
    case "EN_REVUE":
    case "PRETE_A_SIGNER":
      return false;
    case "SIGNEE_PARTIELLEMENT":
    case "SIGNEE":
    case "PUBLIEE":
    case "EN_VIGUEUR":
    case "TERMINEE":
      return true;
  }
}

/** Signed by every party: what the PDF watermark and avenants look at. */
export function estSigneeParTous(statut: Statut): boolean {
  return estFige(statut) && statut !== "SIGNEE_PARTIELLEMENT";
}

/** The statuts of a document signed by every party, for queries (`estSigneeParTous` as a list). */
export const STATUTS_SIGNES_PAR_TOUS: readonly Statut[] = STATUTS.filter(estSigneeParTous);

/** The text may still be edited: a draft, or in review (editing an approved section reopens it).
 *  From « prête à signer » the version sent to signature is frozen: back to drafting first. */
export function estModifiable(statut: Statut): boolean {
  return statut === "BROUILLON" || statut === "EN_REVUE";
}

/** Why the text cannot be edited at this step, said to the user; null when it can. */
export function raisonNonModifiable(statut: Statut): string | null {
  if (estModifiable(statut)) return null;
  if (statut === "PRETE_A_SIGNER")
    return "La version envoyée à la signature est figée : renvoyez le document en rédaction pour le modifier (la version figée est gardée).";
  return "Un document signé ne change plus : toute modification passe par un avenant.";
}
