// The job worker (graphile-worker): runs the jobs the app adds to its PostgreSQL queue — the
// notification e-mails, and each night the finance figures whose alerts depend on the date —, retrying a failed one with a growing delay. Started by scripts/start.ts
// beside the app, on the same database (tsx --conditions=react-server: it loads lib/server).
import { run } from "graphile-worker";
import { CRONTAB, TACHES } from "../lib/server/jobs/taches";

async function main() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL manquant pour le worker.");
  const runner = await run({
    connectionString,
    concurrency: 2,
    pollInterval: 2000,
    taskList: TACHES,
    crontab: CRONTAB,
    noHandleSignals: false,
  });
  // The finance figures not yet computed, or computed before today (the alerts depend on the date).
  await runner.addJob("suiviExecution", {}, { jobKey: "suivi-execution" });
  await runner.promise;
}

main().catch((error) => {
  console.error(`✖ Worker : ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
