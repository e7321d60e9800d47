import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

// Liveness and readiness: answers 503 while the database is unreachable.
export async function GET() {
  const started = Date.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok", latenceMs: Date.now() - started });
  } catch {
    return Response.json({ status: "degraded", database: "unreachable" }, { status: 503 });
  }
}
