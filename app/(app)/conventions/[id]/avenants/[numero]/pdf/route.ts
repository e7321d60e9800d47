import { getAvenant } from "@/lib/server/avenants/get-avenant";
import { buildAvenantPdfData } from "@/lib/server/pdf/build-other-pdf-data";
import { pdfResponse } from "@/lib/server/pdf/pdf-response";
import { pdfFige } from "@/lib/server/revue/version-figee";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; numero: string }> }) {
  const { id, numero } = await params;
  return pdfResponse(async (agent) => {
    const detail = await getAvenant(agent, id, Number(numero));
    const data = buildAvenantPdfData(detail);
    return (await pdfFige(detail.avenant, data.meta.fileName)) ?? data;
  });
}
