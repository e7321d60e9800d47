import { makeRoute } from "@/lib/actions/route";
import { fichierPdf } from "@/lib/server/pdf/pdf-response";
import { certificatDeSignature } from "@/lib/server/signature/certificat";

export const dynamic = "force-dynamic";

export const GET = makeRoute<{ id: string; numero: string }>("convention.exporter", async (agent, { params }) =>
  fichierPdf(await certificatDeSignature(agent, { conventionId: params.id, numero: Number(params.numero) })),
);
