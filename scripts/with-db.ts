// Runs a command with DATABASE_URL pointing at the app's database (the embedded one when unset):
//   tsx scripts/with-db.ts prisma migrate dev --name add_x
import { spawn } from "node:child_process";
import { loadEnvFiles } from "./lib/env-files";
import { resolveDatabase } from "./lib/database";

async function main() {
  loadEnvFiles();
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error("Usage : tsx scripts/with-db.ts <commande> [arguments…]");
  const db = await resolveDatabase();
  const child = spawn(command === "prisma" ? "npx" : command, command === "prisma" ? ["prisma", ...args] : args, {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: db.url },
  });
  const code: number = await new Promise((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  await db.server?.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
