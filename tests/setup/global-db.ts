// Integration tests run against a real PostgreSQL: a fresh database per run, built from zero by
// the migrations (embedded server unless DATABASE_URL names one), dropped at the end.
// TEST_DATABASE_NAME=x keeps one named database instead (migrated and seeded if needed, never
// dropped): running the suite twice on it shows that the tests make their own data.
// Both integration projects (vitest.config.mts) call this setup in the same process: they share
// one database, made by the first, dropped by the last to finish.
import type { TestProject } from "vitest/node";
import { resolveDatabase, dropDatabase, migrate } from "../../scripts/lib/database";
import { seed } from "../../prisma/seed";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

type Base = Awaited<ReturnType<typeof resolveDatabase>>;
const PARTAGE = Symbol.for("conventions.tests.base-d-integration");
type Partage = { base: Promise<Base>; projets: number };

async function preparer(): Promise<Base> {
  const kept = process.env.TEST_DATABASE_NAME;
  const name = kept ?? `conventions_test_${Date.now()}_${process.pid}`;
  const database = await resolveDatabase({ database: name, log: () => {} });
  if (!kept) await dropDatabase(database.url);
  migrate(database.url);
  await seed(database.url, { demoUsers: false, log: () => {} });
  return database;
}

export default async function setup(project: TestProject) {
  const global = globalThis as { [PARTAGE]?: Partage };
  const partage = (global[PARTAGE] ??= { base: preparer(), projets: 0 });
  partage.projets++;
  const database = await partage.base;
  project.provide("databaseUrl", database.url);
  return async () => {
    if (--partage.projets > 0) return;
    delete global[PARTAGE];
    if (!process.env.TEST_DATABASE_NAME) await dropDatabase(database.url).catch(() => {});
    await database.server?.stop();
  };
}
