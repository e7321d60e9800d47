// What the PDF document prints: plain, already formatted strings (built on the server).
/** `numeriques`: the columns of amounts, right-aligned (else the usual ones of each table). */
export type PdfTableau = { titre?: string; colonnes?: string[]; lignes: string[][]; total?: string[]; numeriques?: number[] };

export type PdfConvention = {
  meta: { title: string; subject: string; author: string; fileName: string };
  reference: string;
  ministere?: string | null; // under the bloc-marque
  signee: boolean;
  filigrane?: string | null; // across every page: « PROJET » before the freeze
  bandeau?: string; // in the running header: the document's state
  informatif?: string; // consolidated version: a notice on every page
  titre: string;
  parties: { libelle: string; adresse: string | null; representation: string | null; denomination: string | null }[];
  visas: string[];
  /** An avenant's opening sentence (« Le présent avenant vient modifier les termes de … »), after the visas. */
  introduction?: string | null;
  preambule: { titre: string; texte: string } | null;
  formuleAccord: string | null;
  articles: { titre: string; corps: string; notes: string[] }[];
  tableaux: Partial<Record<"echeancier" | "imputation" | "parametrage" | "cofinancement", PdfTableau>>;
  /** « Fait à Paris, le … », or empty when each block says its own place and date (`lieuDate`). */
  faitA: string;
  /** `ancre`: the named destination of the room left to sign in the block, where an in-app signature is shown. */
  signatures: {
    lieuDate?: string | null;
    mention: string;
    nom: string | null;
    qualite: string | null;
    date: string | null;
    ancre?: string | null;
  }[];
  annexes: { titre: string; texte: string | null; tableau: PdfTableau | null }[];
};

export { A_COMPLETER } from "@/lib/domain/texte";

/** The named destination of a block's room to sign (lib/server/signature/zone-visible.ts finds it). */
export const ancreSignature = (signatureId: string) => `signature-${signatureId}`;
