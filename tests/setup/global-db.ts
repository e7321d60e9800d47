// Integration tests run against a real PostgreSQL: a fresh database per run, built from zero by
// the migrations (embedded server unless DATABASE_URL names one), dropped at the end.
// TEST_DATABASE_NAME=x keeps one named database instead (migrated and seeded if needed, never
// dropped): running the suite twice on it shows that the tests make their own data.
import type { TestProject } from "vitest/node";
import { resolveDatabase, dropDatabase, migrate } from "../../scripts/lib/database";
import { seed } from "../../prisma/seed";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const kept = process.env.TEST_DATABASE_NAME;
  const name = kept ?? `conventions_test_${Date.now()}_${process.pid}`;
  const database = await resolveDatabase({ database: name, log: () => {} });
  if (!kept) await dropDatabase(database.url);
  migrate(database.url);
  await seed(database.url, { demoUsers: false, log: () => {} });
  project.provide("databaseUrl", database.url);
  return async () => {
    if (!kept) await dropDatabase(database.url).catch(() => {});
    await database.server?.stop();
  };
}
