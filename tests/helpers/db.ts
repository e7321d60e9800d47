import { inject, afterAll } from "vitest";
import { createPrismaClient } from "@/prisma/client";

/** A client on this run's fresh test database, closed after the file. */
export function testDb() {
  const db = createPrismaClient(inject("databaseUrl"), { poolSize: 4 });
  afterAll(() => db.$disconnect());
  return db;
}
