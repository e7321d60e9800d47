import { makeRoute } from "@/lib/actions/route";
import { getAvenant } from "@/lib/server/avenants/get-avenant";
import { buildAvenantPdfData } from "@/lib/server/pdf/build-other-pdf-data";
import { fichierPdf } from "@/lib/server/pdf/pdf-response";
import { getPdfFige } from "@/lib/server/documents/version-figee";

export const dynamic = "force-dynamic";

// An avenant's PDF: the version frozen for signature (signed, when it is), else rendered now.
export const GET = makeRoute<{ id: string; numero: string }>("convention.exporter", async (agent, { params }) => {
  const detail = await getAvenant(agent, params.id, Number(params.numero));
  const data = buildAvenantPdfData(detail);
  return fichierPdf((await getPdfFige(detail.avenant, data.meta.fileName)) ?? data);
});
