import { pdfResponse } from "@/lib/server/pdf/pdf-response";
import { compteRenduPdf } from "@/lib/server/execution/compte-rendu";

export const dynamic = "force-dynamic";

// The « compte rendu de gestion » of a convention, as PDF.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return pdfResponse((agent) => compteRenduPdf(agent, id));
}
