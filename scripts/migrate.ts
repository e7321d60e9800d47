// npm run db:migrate — the migration step of a deployment: Prisma's migrations and the job queue's
// schema, applied once under a PostgreSQL advisory lock (several instances may run it together;
// each waits for the one ahead, then finds nothing left). On the embedded database when
// DATABASE_URL is unset.
import { loadEnvFiles } from "./lib/env-files";
import { migrateSousVerrou, resolveDatabase } from "./lib/database";

async function main() {
  loadEnvFiles();
  const database = await resolveDatabase();
  try {
    await migrateSousVerrou(database.url);
    console.log("Migrations à jour.");
  } finally {
    await database.server?.stop().catch(() => {});
  }
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
