import { makeRoute } from "@/lib/actions/route";
import { fichierPdf } from "@/lib/server/pdf/pdf-response";
import { journalDuDocument } from "@/lib/server/historique/journal";

export const dynamic = "force-dynamic";

// The avenant's journal: its whole history with the files' SHA-256, a PDF apart from the signed one.
export const GET = makeRoute<{ id: string; numero: string }>("convention.exporter", async (agent, { params }) =>
  fichierPdf(await journalDuDocument(agent, { conventionId: params.id, numero: Number(params.numero) })),
);
