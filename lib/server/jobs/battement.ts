// The worker's heartbeat (issue 23): each worker process writes its row every INTERVALLE_BATTEMENT_MS;
// an instance is ready (/api/health/ready) when one was seen in the last BATTEMENT_RECENT_MS — else
// e-mails, validations and imports would wait in the queue without anyone saying so.
import "server-only";
import os from "node:os";
import { db } from "../db";

export const INTERVALLE_BATTEMENT_MS = 15_000;
export const BATTEMENT_RECENT_MS = 60_000;
/** This worker is alive (`id`: one per process); the rows of workers gone are removed by libererWorkersDisparus. */
export async function signalerWorker(id: string, demarreLe: Date, idsFile: string[] = []): Promise<void> {
  const maintenant = new Date();
  await db.battementWorker.upsert({
    where: { id },
    create: { id, hote: os.hostname(), pid: process.pid, demarreLe, vuLe: maintenant, idsFile },
    update: { vuLe: maintenant, idsFile },
  });
}

/** The jobs held by workers not seen for BATTEMENT_RECENT_MS × 2 (killed, their machine gone) are
 *  freed for the live ones, and their rows removed: a job is then run again, at once, by another. */
export async function libererWorkersDisparus(maintenant = new Date()): Promise<string[]> {
  const disparus = await db.battementWorker.findMany({
    where: { vuLe: { lt: new Date(maintenant.getTime() - 2 * BATTEMENT_RECENT_MS) } },
    select: { id: true, idsFile: true },
  });
  const ids = disparus.flatMap((w) => w.idsFile);
  if (ids.length) await db.$executeRaw`SELECT graphile_worker.force_unlock_workers(${ids}::text[])`;
  if (disparus.length) await db.battementWorker.deleteMany({ where: { id: { in: disparus.map((w) => w.id) } } });
  return ids;
}

/** The jobs this process's queue workers hold but no longer run: their outcome could not be
 *  written (graphile-worker records a job's end after it, and the database was lost then). Freed
 *  once it is back, they run again at once (a job runs at least once; each is written to be run
 *  again). Returns how many. */
export async function libererTachesNonEcrites(idsFile: string[], enCours: string[]): Promise<number> {
  if (!idsFile.length) return 0;
  return db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_by = NULL, locked_at = NULL
    WHERE locked_by = ANY(${idsFile}::text[]) AND NOT (id = ANY(${enCours}::bigint[]))`;
}

/** A worker stopping says so: readiness does not wait a minute to notice. */
export async function retirerWorker(id: string): Promise<void> {
  await db.battementWorker.deleteMany({ where: { id } });
}

/** When a worker was last seen, or null if none ever was. */
export async function dernierBattement(): Promise<Date | null> {
  const dernier = await db.battementWorker.findFirst({ orderBy: { vuLe: "desc" }, select: { vuLe: true } });
  return dernier?.vuLe ?? null;
}

/** Jobs waiting (to run now or later) and running, for the metrics. */
export async function profondeurFile(): Promise<{ enAttente: number; enCours: number }> {
  const [ligne] = await db.$queryRaw<{ en_attente: bigint; en_cours: bigint }[]>`
    SELECT count(*) FILTER (WHERE locked_at IS NULL) AS en_attente, count(*) FILTER (WHERE locked_at IS NOT NULL) AS en_cours
    FROM graphile_worker.jobs`;
  return { enAttente: Number(ligne?.en_attente ?? 0), enCours: Number(ligne?.en_cours ?? 0) };
}
