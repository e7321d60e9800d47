import { getAvenant } from "@/lib/server/avenants/get-avenant";
import { buildAvenantPdfData } from "@/lib/server/pdf/build-other-pdf-data";
import { pdfResponse } from "@/lib/server/pdf/pdf-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; numero: string }> }) {
  const { id, numero } = await params;
  return pdfResponse(async (agent) => buildAvenantPdfData(await getAvenant(agent, id, Number(numero))));
}
