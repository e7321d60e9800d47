// The version of a document frozen for signature, once it is « prête à signer » or later: what its
// PDF route serves, byte for byte (the bytes the signatories sign).
import "server-only";
import { estModifiable, type Statut } from "@/lib/domain/statut";
import { on, type InTx } from "../db";
import type { PdfFige } from "../pdf/pdf-response";

export async function pdfFige(document: { id: string; statut: Statut }, fileName: string, { tx }: InTx = {}): Promise<PdfFige | null> {
  if (estModifiable(document.statut)) return null;
  const figee = await on(tx).versionFigee.findFirst({
    where: { documentId: document.id },
    orderBy: { numero: "desc" },
    select: { pdf: true },
  });
  return figee ? { octets: figee.pdf, fileName } : null;
}
