import { getConvention } from "@/lib/server/conventions/get-convention";
import { buildConventionPdfData } from "@/lib/server/pdf/build-convention-pdf-data";
import { pdfResponse } from "@/lib/server/pdf/pdf-response";
import { pdfFige } from "@/lib/server/revue/version-figee";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return pdfResponse(async (agent) => {
    const convention = await getConvention(agent, id);
    const data = buildConventionPdfData(convention);
    return (await pdfFige(convention, data.meta.fileName)) ?? data;
  });
}
