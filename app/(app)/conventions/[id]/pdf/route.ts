import { makeRoute } from "@/lib/actions/route";
import { getConvention } from "@/lib/server/conventions/get-convention";
import { buildConventionPdfData } from "@/lib/server/pdf/build-convention-pdf-data";
import { fichierPdf } from "@/lib/server/pdf/pdf-response";
import { getPdfFige } from "@/lib/server/documents/version-figee";

export const dynamic = "force-dynamic";

// The convention's PDF: the version frozen for signature (signed, when it is), else rendered now.
export const GET = makeRoute<{ id: string }>("convention.exporter", async (agent, { params }) => {
  const convention = await getConvention(agent, params.id);
  const data = buildConventionPdfData(convention);
  return fichierPdf((await getPdfFige(convention, data.meta.fileName)) ?? data);
});
