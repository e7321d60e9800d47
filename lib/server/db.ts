// lib/server owns the database (docs/adr/005-couches.md): use cases and queries take the client
// from here, never from their caller, and accept an optional transaction client (`tx`) so that
// several of them — an import, a job, a multi-step signature — can run in one transaction.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/prisma/client";
import { environnement } from "./environnement";

/** A transaction client, as given to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** What a read runs on: the shared client, or the transaction it joins. */
export type Db = PrismaClient | Tx;
/** The options every use case takes: the transaction to join, if any. */
export type InTx = { tx?: Tx };

// One client per process (Next's dev server reloads modules: keep it on globalThis).
const globalForDb = globalThis as unknown as { db?: PrismaClient };

function client(): PrismaClient {
  if (globalForDb.db) return globalForDb.db;
  const env = environnement();
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL n'est pas défini : démarrez l'application avec `npm run demo` ou `npm start`.");
  globalForDb.db = createPrismaClient(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
  return globalForDb.db;
}

// Lazy: importing this module (e.g. during `next build`) opens no connection.
export const db = new Proxy({} as PrismaClient, {
  get: (_target, property) => Reflect.get(client(), property),
});

/** Runs `work` in the caller's transaction when there is one, else in a new one (`timeoutMs`: for
 *  the rare long one, an import of thousands of lines; Prisma's default is 5 s). */
export function inTransaction<T>(tx: Tx | undefined, work: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  return tx ? work(tx) : db.$transaction(work, { timeout: options.timeoutMs ?? DELAI_TRANSACTION_MS, maxWait: ATTENTE_CONNEXION_MS });
}

/** Prisma's defaults — 2 s to get a connection from the pool, 5 s for the whole transaction — made
 *  a save fail (« problème technique ») under load: with 50 agents at once on 2 cores
 *  (`npm run bench:load`) a few saves in a thousand waited longer than that for a connection. A
 *  busy server answers late; it must not refuse what it would have done. */
const ATTENTE_CONNEXION_MS = 10_000;
const DELAI_TRANSACTION_MS = 15_000;

/** How long a life-cycle step or a signature may hold its transaction: the PDF is rendered before it,
 *  but the finance figures are recomputed in it (a consolidation), which a busy machine can slow well
 *  past Prisma's 5 s — and a step must not fail for that. */
export const DELAI_ETAPE_MS = 30_000;

/** The client a read runs on. */
export const on = (tx?: Tx): Db => tx ?? db;
