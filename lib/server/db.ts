import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "./prisma-client";

// One client per process (Next's dev server reloads modules: keep it on globalThis).
const globalForDb = globalThis as unknown as { db?: PrismaClient };

function client(): PrismaClient {
  if (globalForDb.db) return globalForDb.db;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL n'est pas défini : démarrez l'application avec `npm run demo` ou `npm start`.");
  globalForDb.db = createPrismaClient(url, { poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return globalForDb.db;
}

// Lazy: importing this module (e.g. during `next build`) opens no connection.
export const db = new Proxy({} as PrismaClient, {
  get: (_target, property) => Reflect.get(client(), property),
});
export type { Tx } from "./db-types";
