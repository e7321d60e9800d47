import { checkHealth } from "@/lib/server/health";
import { configurationS3 } from "@/lib/server/fichiers/s3";

export const dynamic = "force-dynamic";

// Liveness and readiness: answers 503 while the database is unreachable.
export async function GET() {
  const health = await checkHealth();
  if (!health.ok) return Response.json({ status: "degraded", database: "unreachable" }, { status: 503 });
  // Where files are kept (not the bucket's name: this answer is public).
  return Response.json({ status: "ok", database: "ok", latenceMs: health.latenceMs, fichiers: configurationS3() ? "s3" : "postgresql" });
}
