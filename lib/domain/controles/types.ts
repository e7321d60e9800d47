import type { LigneEcheancier } from "../echeancier";

/** What the checks read: plain data, from the database or from a form being edited. */
export type ConventionAControler = {
  type: "DELEGATION_GESTION" | "CONVENTION_SERVICE" | "CONVENTION_PARTENARIAT";
  objet: string;
  plafondAe: bigint | null;
  plafondCp: bigint | null;
  ecartAeCpMotif?: string | null;
  dateDebut: string | null; // signature, or date of the convention ("YYYY-MM-DD")
  dateFin: string | null;
  regleDuree: "DATE_FIXE" | "JUSQU_AU_REGLEMENT";
  preambule?: string | null;
  parties: {
    role: "DELEGANT" | "DELEGATAIRE" | "PARTENAIRE";
    libelle: string;
    mentionRole?: string | null; // « délégant, d'une part »
    denominations?: readonly string[]; // « le délégataire », « la DINUM »
    etat?: boolean | null; // a State service (ministry, direction, service); unknown when not given
  }[];
  basesLegales: { texte: string }[];
  articles: { numero: string; titre: string; corps: string }[];
  echeancier: LigneEcheancier[];
  /** The imputation codes and, when typed, the table as the document prints it. */
  imputation?: Partial<Record<string, string | null>> | null;
};

export type TexteConnu = { nature: "LOI" | "ORDONNANCE" | "DECRET" | "ARRETE" | "CIRCULAIRE"; numero: string };

/** A finding: a warning with an explanation, shown where the user edits (never a silent fix). */
export type Constat = {
  code: string;
  gravite: "erreur" | "avertissement";
  champ: string; // form field it concerns: "plafondAe", "echeancier.2024", "articles.3"…
  message: string;
};
