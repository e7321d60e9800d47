import { checkReadiness } from "@/lib/server/health";

export const dynamic = "force-dynamic";

// Readiness: 200 when the database answers, the migrations are applied and a worker was seen in the
// last minute; 503 otherwise, saying which (nothing secret: no address, no name of a database).
export async function GET() {
  const preparation = await checkReadiness();
  return Response.json(
    { status: preparation.pret ? "ok" : "non prêt", ...preparation },
    { status: preparation.pret ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
