// The job queue, kept in PostgreSQL by graphile-worker (its own schema « graphile_worker », outside
// Prisma's migrations): a job is added inside the business transaction, so that a change without
// its job, or a job without its change, cannot happen. The worker (scripts/worker.ts) runs them,
// retrying with a growing delay.
import "server-only";
import type { Tx } from "../db";

export type Taches = { courriel: { notificationId: string } };

/** Adds a job in the transaction `tx`: rolled back with it. */
export async function ajouterTache<N extends keyof Taches>(tx: Tx, nom: N, charge: Taches[N], { maxTentatives = 12 } = {}) {
  await tx.$executeRaw`SELECT graphile_worker.add_job(${nom}::text, ${JSON.stringify(charge)}::json, max_attempts => ${maxTentatives}::int)`;
}
