// Creates a Prisma client on the pg driver adapter (Rust-free client, Prisma 6.19), from a
// DATABASE_URL. The app gets its one client from lib/server/db.ts; the seed, the scripts and the
// tests make their own here. Nothing under app/ or components/ may import this (eslint.config.mjs).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { parseDatabaseUrl } from "./database-url";

export { parseDatabaseUrl, withDatabase } from "./database-url";

export function createPrismaClient(url: string, options: { poolSize?: number } = {}) {
  const adapter = new PrismaPg({
    ...parseDatabaseUrl(url),
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}
