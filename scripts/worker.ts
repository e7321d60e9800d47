// The job worker (graphile-worker): runs the jobs the app adds to its PostgreSQL queue (the
// registry: lib/server/taches.ts — notification e-mails; each night the finance figures whose alerts
// depend on the date and the purge of unused files), retrying a failed one with a growing delay.
// Started by scripts/start.ts beside the app, on the same database (tsx --conditions=react-server:
// it loads lib/server).
import { run } from "graphile-worker";
import { AU_DEMARRAGE, CRONTAB, TACHES } from "../lib/server/taches";

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
  for (const { job, charge } of AU_DEMARRAGE)
    await runner.addJob(job.nom, job.charge.parse(charge), { jobKey: job.nom, maxAttempts: job.tentatives });
  await runner.promise;
}

main().catch((error) => {
  console.error(`✖ Worker : ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
