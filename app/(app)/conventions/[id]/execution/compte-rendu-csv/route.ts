import { makeRoute } from "@/lib/actions/route";
import { compteRenduCsv } from "@/lib/server/execution/compte-rendu";
import { TYPE_CSV } from "@/lib/server/export/tableur";

export const dynamic = "force-dynamic";

// The « compte rendu de gestion » of a convention, as CSV (`;`, UTF-8 with BOM).
export const GET = makeRoute<{ id: string }>("convention.exporter", async (agent, { params }) => {
  const { nom, csv } = await compteRenduCsv(agent, params.id);
  return { octets: csv, nom, type: TYPE_CSV };
});
