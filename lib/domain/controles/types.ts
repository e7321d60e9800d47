import type { LigneEcheancier } from "../echeancier";

/** What the checks read: plain data, from the database or from a form being edited. */
export type ConventionAControler = {
  type: "DELEGATION_GESTION" | "CONVENTION_SERVICE" | "CONVENTION_PARTENARIAT";
  titre?: string;
  objet: string;
  plafondAe: bigint | null;
  plafondCp: bigint | null;
  ecartAeCpMotif?: string | null;
  /** What signed avenants have stated will not be spent, beyond the ceilings they set (a remainder
   *  stated without a new ceiling): the schedule is to reach the ceiling less it. */
  reliquatAe?: bigint;
  reliquatCp?: bigint;
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
    adresse?: string | null;
    representantNom?: string | null;
    qualite?: string | null;
    /** The names the text may call it by: its organisation's sigle, those above it, before and after it. */
    sigles?: readonly string[];
  }[];
  /** The sigles of the referential's organisations (an article naming one that is no party is wrong). */
  siglesConnus?: readonly string[];
  /** The signature blocks (when the document is checked before signature): the party each signs
   *  for, and the signatory's power (null: not yet stated). */
  signatures?: {
    partie: number;
    mention: string;
    signataireNom?: string | null;
    qualite?: string | null;
    pourLeCompteDe?: string | null;
    autorite: "TITULAIRE" | "DELEGATION" | "INTERIM" | null;
    autoriteReference?: string | null;
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
