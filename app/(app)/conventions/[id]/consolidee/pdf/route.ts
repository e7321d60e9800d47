import { makeRoute } from "@/lib/actions/route";
import { getConsolidation } from "@/lib/server/avenants/get-consolidation";
import { buildConsolidatedPdfData } from "@/lib/server/pdf/build-other-pdf-data";
import { fichierPdf } from "@/lib/server/pdf/pdf-response";

export const dynamic = "force-dynamic";

// The consolidated convention (`?projet=1`: with the avenant in progress, as a preview).
export const GET = makeRoute<{ id: string }>("convention.exporter", async (agent, { params, query }) =>
  fichierPdf(buildConsolidatedPdfData(await getConsolidation(agent, params.id, { avecProjet: query.projet === "1" }))),
);
