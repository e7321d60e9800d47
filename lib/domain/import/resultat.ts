// What an import reads from a document: the fields the app stores, in the documented JSON shape of
// docs/import.md (amounts in euros as numbers, dates « YYYY-MM-DD », names as strings), with a
// confidence and a source (page and boxes) per field, and the consistency findings of the result.
import type { Constat } from "../controles/types";
import type { Source } from "./lignes";

export type RolePartie = "DELEGANT" | "DELEGATAIRE" | "PARTENAIRE";
export type TypeConvention = "DELEGATION_GESTION" | "CONVENTION_SERVICE" | "CONVENTION_PARTENARIAT";
export type Canal = Exclude<import("../publication").Canal, "AUTRE">;

export type PartieLue = {
  role: RolePartie;
  libelle: string;
  /** The referential's organisation (its sigle) the text names, predecessors included; null: unknown. */
  organisation: string | null;
  /** The sigle written in the text (« (MENJ) »), to propose a new organisation when unknown. */
  sigleLu: string | null;
  adresse: string | null;
  representantNom: string | null;
  qualite: string | null;
  mentionRole: string | null;
  denominations: string[];
};

export type SignatureLue = {
  partie: number;
  mention: string;
  signataireNom: string | null;
  qualite: string | null;
  dateSignature: string | null;
  lieu: string | null;
};

export type ArticleLu = { numero: string; titre: string; corps: string; notes?: string[] };
export type AnnexeLue = { numero: string; titre: string; texte?: string; tableau?: { colonnes: string[]; lignes: string[][] } };
export type LigneEcheancierLue = { annee: number; ae: number; cp: number };

export type ChangementLu =
  | { type: "PROLONGATION"; nouvelleDateFin: string }
  | { type: "PLAFONDS"; nouveauPlafondAe: number | null; nouveauPlafondCp: number | null }
  | { type: "ECHEANCIER"; aPartirDe: number; lignes: LigneEcheancierLue[] }
  | { type: "SUCCESSION_ORGANISATION"; remplacee: string; successeur: string }
  | { type: "MODIFICATION_ARTICLE"; numero: string; titre: string | null; corps: string }
  | { type: "RELIQUAT"; reliquatAe: number | null; reliquatCp: number | null };

export type AvenantLu = {
  numero: number | null;
  /** The convention it amends, as the text names it: to be found among the app's conventions. */
  convention: { titre: string | null; date: string | null; objet: string | null; reference: string | null };
  changements: ChangementLu[];
};

export type DocumentLu = {
  nature: "CONVENTION" | "AVENANT";
  type: TypeConvention;
  titre: string;
  dateConvention: string | null;
  objet: string | null;
  parties: PartieLue[];
  basesLegales: { texte: string }[];
  titrePreambule: string | null;
  preambule: string | null;
  formuleAccord: string | null;
  articles: ArticleLu[];
  plafondAe: number | null;
  plafondCp: number | null;
  echeancier: LigneEcheancierLue[];
  imputation: Record<string, string>;
  parametrage: Record<string, string>;
  cofinancements: { financeur: string | null; fonds: string | null; montant: number }[];
  pointDepart: "SIGNATURE" | "NOTIFICATION" | "PUBLICATION" | "DATE_EFFET";
  /** The start the text states, ISO (with DATE_EFFET). */
  dateEffet: string | null;
  regleDuree: "DATE_FIXE" | "JUSQU_AU_REGLEMENT";
  dateFin: string | null;
  preavisMois: number | null;
  publication: Canal[];
  lieuSignature: string | null;
  signatures: SignatureLue[];
  annexes: AnnexeLue[];
  avenant: AvenantLu | null;
};

export type ResultatImport = {
  document: DocumentLu;
  /** Per field path (« titre », « parties.0.libelle », « articles.3 », « plafondAe »…), 0 to 1. */
  confiance: Record<string, number>;
  sources: Record<string, Source>;
  constats: Constat[];
};

/** Below it a field is flagged first for review. */
export const SEUIL_CONFIANCE = 0.8;

/** cents (the app's money) to euros as the JSON gives them, and back: exact to the cent. */
export const enEuros = (cents: bigint): number => Number(cents) / 100;
export const enEurosOuNull = (cents: bigint | null): number | null => (cents === null ? null : enEuros(cents));
export const enCents = (euros: number): bigint => BigInt(Math.round(euros * 100));

/** Whether a signature date was read: a signed historical record needs one. */
export const signatureDatee = (d: Pick<DocumentLu, "signatures">): boolean => d.signatures.some((s) => Boolean(s.dateSignature));
