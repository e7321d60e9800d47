import { makeRoute } from "@/lib/actions/route";
import { compteRenduPdf } from "@/lib/server/execution/compte-rendu";
import { fichierPdf } from "@/lib/server/pdf/pdf-response";

export const dynamic = "force-dynamic";

// The « compte rendu de gestion » of a convention, as PDF.
export const GET = makeRoute<{ id: string }>("convention.exporter", async (agent, { params }) =>
  fichierPdf(await compteRenduPdf(agent, params.id)),
);
