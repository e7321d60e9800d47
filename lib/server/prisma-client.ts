// Creates a Prisma client on the pg driver adapter (Rust-free client, Prisma 6.19).
// Used by the app (lib/server/db.ts), the seed, scripts and tests.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { parseDatabaseUrl } from "./database-url";

export function createPrismaClient(url: string, options: { poolSize?: number } = {}) {
  const adapter = new PrismaPg({
    ...parseDatabaseUrl(url),
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}
