import { inject, afterAll } from "vitest";
import { createPrismaClient } from "@/prisma/client";

/** A client on this run's fresh test database, closed after the file. */
export function testDb() {
  const db = createPrismaClient(inject("databaseUrl"), { poolSize: 4 });
  afterAll(() => db.$disconnect());
  return db;
}

/** A row naming its bytes in the file store, with those bytes (read through the store, checked). */
export async function avecOctets<T extends { sha256: string }>(ligne: T): Promise<T & { pdf: Buffer }> {
  const { getFichier } = await import("@/lib/server/fichiers/fichiers");
  return { ...ligne, pdf: await getFichier(ligne.sha256) };
}
