// The versions of a document frozen for signature and the PDFs signed in the app, each named in the
// file store by the SHA-256 of its bytes and written once (the database refuses any change): a
// frozen version is written at « prête à signer » (its PDF rendered and kept before the step's
// transaction), each in-app signature adds a signed PDF — an incremental update over the previous
// bytes. What the document's PDF route serves is the last of them, byte for byte.
import "server-only";
import { estModifiable, type Statut } from "@/lib/domain/statut";
import type { AgentLike } from "../policies";
import { snapshot } from "../audit";
import { on, type InTx, type Tx } from "../db";
import { getFichier, type FichierStocke } from "../fichiers/fichiers";
import type { PdfFige } from "../pdf/pdf-response";
import type { DocumentRevu } from "./document";

const VERSION = { id: true, numero: true, sha256: true, figeeLe: true } as const;

/** The last version of the document frozen for signature, if any. */
export const getVersionFigee = (documentId: string, { tx }: InTx = {}) =>
  on(tx).versionFigee.findFirst({ where: { documentId }, orderBy: { numero: "desc" }, select: VERSION });

/** Writes the frozen version of `doc` whose PDF `pdf` is in the file store. */
export async function createVersionFigee(tx: Tx, agent: AgentLike, doc: DocumentRevu, pdf: FichierStocke, version = doc.version + 1) {
  const precedente = await getVersionFigee(doc.documentId, { tx });
  return tx.versionFigee.create({
    data: {
      documentId: doc.documentId,
      conventionId: doc.conventionId,
      avenantId: doc.avenantId,
      numero: (precedente?.numero ?? 0) + 1,
      version,
      donnees: snapshot(doc.donnees),
      sha256: pdf.sha256,
      figeeParId: agent.id,
    },
    select: VERSION,
  });
}

/** The last PDF signed in the app over this frozen version (the next signature goes over it). */
export const getDernierPdfSigne = (versionFigeeId: string, { tx }: InTx = {}) =>
  on(tx).pdfSigne.findFirst({ where: { versionFigeeId }, orderBy: { rang: "desc" }, select: { rang: true, sha256: true } });

/** Records the PDF signed by the party's step `signatureId`, `rang`-th over the frozen version. */
export const createPdfSigne = (tx: Tx, data: { versionFigeeId: string; rang: number; signatureId: string; pdf: FichierStocke }) =>
  tx.pdfSigne.create({
    data: { versionFigeeId: data.versionFigeeId, rang: data.rang, signatureId: data.signatureId, sha256: data.pdf.sha256 },
  });

/** What the document's PDF route serves once it is « prête à signer » or later: the last signed PDF,
 *  else the frozen one (null while it can still change: the route renders the draft). */
export async function getPdfFige(document: { id: string; statut: Statut }, fileName: string, { tx }: InTx = {}): Promise<PdfFige | null> {
  if (estModifiable(document.statut)) return null;
  const figee = await getVersionFigee(document.id, { tx });
  if (!figee) return null;
  const signe = await getDernierPdfSigne(figee.id, { tx });
  return {
    octets: await getFichier(signe?.sha256 ?? figee.sha256, { tx }),
    fileName: signe ? fileName.replace(/\.pdf$/, "_signe.pdf") : fileName,
  };
}
