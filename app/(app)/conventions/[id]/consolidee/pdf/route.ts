import { getConsolidation } from "@/lib/server/avenants/get-consolidation";
import { buildConsolidatedPdfData } from "@/lib/server/pdf/build-other-pdf-data";
import { pdfResponse } from "@/lib/server/pdf/pdf-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const avecProjet = new URL(request.url).searchParams.get("projet") === "1";
  return pdfResponse(async (agent) => buildConsolidatedPdfData(await getConsolidation(agent, id, { avecProjet })));
}
