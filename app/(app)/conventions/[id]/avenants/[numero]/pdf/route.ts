import { db } from "@/lib/server/db";
import { getConsolidation } from "@/lib/server/avenants/get-consolidation";
import { buildAvenantPdfData } from "@/lib/server/pdf/build-other-pdf-data";
import { pdfResponse } from "@/lib/server/pdf/pdf-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; numero: string }> }) {
  const { id, numero } = await params;
  return pdfResponse(async (agent) => {
    const data = await getConsolidation(db, agent, id, { avecProjet: true });
    const avenant = data.avenants.find((a) => a.numero === Number(numero));
    if (!avenant) return null;
    const articles = await db.article.findMany({ where: { avenantId: avenant.id }, orderBy: { ordre: "asc" } });
    return buildAvenantPdfData(data, avenant, articles);
  });
}
