// Empties the database and rebuilds it: drop, migrations from zero, demo data.
// Run through scripts/with-db.ts (npm run db:reset), which sets DATABASE_URL.
import { dropDatabase, migrate } from "./lib/database";
import { seed } from "../prisma/seed";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL n'est pas défini : lancez `npm run db:reset`.");
  await dropDatabase(url);
  migrate(url);
  await seed(url);
  console.log("Base recréée.");
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
