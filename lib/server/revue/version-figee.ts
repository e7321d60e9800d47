// The version of a document frozen for signature, once it is « prête à signer » or later: what its
// PDF route serves, byte for byte — with every signature applied in the app so far (the last signed
// PDF, each signature an incremental update over the previous bytes), else the frozen bytes.
import "server-only";
import { estModifiable, type Statut } from "@/lib/domain/statut";
import { on, type InTx } from "../db";
import { getFichier } from "../fichiers/fichiers";
import type { PdfFige } from "../pdf/pdf-response";

export async function pdfFige(document: { id: string; statut: Statut }, fileName: string, { tx }: InTx = {}): Promise<PdfFige | null> {
  if (estModifiable(document.statut)) return null;
  const figee = await on(tx).versionFigee.findFirst({
    where: { documentId: document.id },
    orderBy: { numero: "desc" },
    select: { sha256: true, pdfsSignes: { orderBy: { rang: "desc" }, take: 1, select: { sha256: true } } },
  });
  if (!figee) return null;
  const signe = figee.pdfsSignes[0];
  return {
    octets: await getFichier(signe?.sha256 ?? figee.sha256, { tx }),
    fileName: signe ? fileName.replace(/\.pdf$/, "_signe.pdf") : fileName,
  };
}
