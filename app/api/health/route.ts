import { checkHealth } from "@/lib/server/health";

export const dynamic = "force-dynamic";

// Liveness and readiness: answers 503 while the database is unreachable.
export async function GET() {
  const health = await checkHealth();
  if (!health.ok) return Response.json({ status: "degraded", database: "unreachable" }, { status: 503 });
  return Response.json({ status: "ok", database: "ok", latenceMs: health.latenceMs });
}
