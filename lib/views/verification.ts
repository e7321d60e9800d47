// What « Vérifier un PDF » tells of a file (lib/server/signature/verify-pdf.ts).
import type { NiveauSignature } from "@/lib/domain/signature";

export type SignatureLue = {
  signataire: string;
  /** When the signature says it was made (an instant), to show in Paris time. */
  horodatage: Date | null;
  intacte: boolean;
  certificatReconnu: boolean;
  couvreToutLeDocument: boolean;
  detail: string;
};

export type Verification = {
  nom: string;
  sha256: string;
  taille: number;
  signatures: SignatureLue[];
  /** What the application knows the file to be: its frozen version, a signed PDF it made, a scan it keeps — or nothing. */
  reconnu: "figee" | "signe" | "scan" | null;
  document: string | null;
  chemin: string | null;
  versionFigee: number | null;
  figeeLe: Date | null;
  rang: number;
  historique: { partie: string; signataire: string | null; date: Date | null; niveau: NiveauSignature | null; dansCeFichier: boolean }[];
};

/** What « Vérifier une publication » (no session) tells of a file: whether it is a document the app
 *  published (its SHA-256 among the published files only), which, its signatures, where it is published. */
export type VerificationPublique = {
  nom: string;
  sha256: string;
  taille: number;
  signatures: SignatureLue[];
  publie: boolean;
  document: string | null;
  datePublication: string | null;
  publications: { canal: string; nor: string | null; numero: string | null; date: string | null; url: string | null }[];
};
