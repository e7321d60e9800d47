// Liveness and readiness of the app: whether the database answers, and how fast.
import "server-only";
import { db } from "./db";

export async function checkHealth(): Promise<{ ok: true; latenceMs: number } | { ok: false }> {
  const started = Date.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, latenceMs: Date.now() - started };
  } catch {
    return { ok: false };
  }
}
