// Integration tests run against a real PostgreSQL: a fresh database per run, built from zero by
// the migrations (embedded server unless DATABASE_URL names one), dropped at the end.
import type { TestProject } from "vitest/node";
import { resolveDatabase, dropDatabase, migrate } from "../../scripts/lib/database";
import { seed } from "../../prisma/seed";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const name = `conventions_test_${Date.now()}_${process.pid}`;
  const database = await resolveDatabase({ database: name, log: () => {} });
  await dropDatabase(database.url);
  migrate(database.url);
  await seed(database.url, { demoUsers: false, log: () => {} });
  project.provide("databaseUrl", database.url);
  return async () => {
    await dropDatabase(database.url).catch(() => {});
    await database.server?.stop();
  };
}
