// The job worker (graphile-worker), `npm run worker`: runs the jobs the app adds to its PostgreSQL
// queue (the registry: lib/server/taches.ts — e-mails, the frozen PDF at validation, imports,
// uploads to data.gouv.fr; each night the finance figures, the purge of unused files and the life of
// signed conventions), retrying a failed one with a growing delay. A command of its own (issue 23):
// N server instances and one or more workers on the same database; a job is taken by one worker
// only. `npm run demo` starts one beside the app. It writes a heartbeat (readiness), one log line per
// job, and serves its metrics on METRICS_PORT + 1 when METRICS_PORT is set.
// tsx --conditions=react-server: it loads lib/server.
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { Logger, run, type WorkerEvents } from "graphile-worker";
import pg from "pg";
import { loadEnvFiles } from "./lib/env-files";
import { lireEnvironnement } from "../lib/server/environnement";

async function main() {
  loadEnvFiles();
  process.env.CONVENTIONS_ROLE = "worker";
  const configuration = lireEnvironnement(); // before anything: a refused environment says which variable
  // Without DATABASE_URL: the embedded database (reused when the app runs it).
  // (Loaded only then: the embedded server's module stops the process on SIGTERM by itself.)
  const database = configuration.DATABASE_URL ? null : await (await import("./lib/database")).resolveDatabase();
  if (database) process.env.DATABASE_URL = database.url;
  const connectionString = process.env.DATABASE_URL!;

  const { AU_DEMARRAGE, CRONTAB, TACHES } = await import("../lib/server/taches");
  const { journal } = await import("../lib/server/journal");
  const { definirSourceFile, metriques, servirMetriques } = await import("../lib/server/metriques");
  const { INTERVALLE_BATTEMENT_MS, libererWorkersDisparus, profondeurFile, retirerWorker, signalerWorker } =
    await import("../lib/server/jobs/battement");
  const log = journal();

  // The queue's connections: one dropped while idle (a database restarted, a failover) is logged and
  // replaced at the next use, never a crash.
  const pgPool = new pg.Pool({ connectionString, max: 6 });
  const perdue = (error: Error) => log.warn({ err: error }, "Connexion à la base perdue (elle sera rouverte)");
  pgPool.on("error", perdue);
  pgPool.on("connect", (client) => client.on("error", perdue)); // (graphile-worker wants both)
  // The queue's worker ids of this process, named in its heartbeat (a live worker frees their jobs if it dies).
  const events = new EventEmitter() as WorkerEvents;
  const idsFile: string[] = [];
  events.on("worker:create", ({ worker }) => idsFile.push(worker.workerId));
  const runner = await run({
    pgPool,
    events,
    concurrency: 2,
    pollInterval: 2000,
    taskList: TACHES,
    crontab: CRONTAB,
    noHandleSignals: true,
    // graphile-worker's own messages, as JSON lines too.
    logger: new Logger(
      (scope) => (niveau, message, meta) =>
        log[niveau === "error" ? "error" : niveau === "warning" ? "warn" : niveau === "debug" ? "debug" : "info"](
          { file: scope.label, jobId: scope.jobId, job: scope.taskIdentifier, ...(meta && "error" in meta ? { err: meta.error } : {}) },
          message,
        ),
    ),
  });

  // One line per job, and its duration and outcome in the metrics.
  const debuts = new Map<string, number>();
  runner.events.on("job:start", ({ job }) => debuts.set(job.id, Date.now()));
  const fin = (
    job: { id: string; task_identifier: string; attempts: number; max_attempts: number },
    resultat: "succes" | "echec",
    error?: unknown,
  ) => {
    const debut = debuts.get(job.id);
    debuts.delete(job.id);
    const dureeMs = debut === undefined ? undefined : Date.now() - debut;
    if (dureeMs !== undefined) metriques().jobs.observe({ job: job.task_identifier, resultat }, dureeMs / 1000);
    const ligne = { job: job.task_identifier, jobId: job.id, tentative: job.attempts, tentativesMax: job.max_attempts, dureeMs };
    if (resultat === "succes") log.info(ligne, "Tâche faite");
    else {
      metriques().echecsJobs.inc({ job: job.task_identifier });
      log.error({ ...ligne, err: error }, job.attempts >= job.max_attempts ? "Tâche abandonnée" : "Tâche en échec, réessayée plus tard");
    }
  };
  runner.events.on("job:success", ({ job }) => fin(job, "succes"));
  runner.events.on("job:error", ({ job, error }) => fin(job, "echec", error));

  for (const { job, charge } of AU_DEMARRAGE)
    await runner.addJob(job.nom, job.charge.parse(charge), { jobKey: job.nom, maxAttempts: job.tentatives });

  const id = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const demarreLe = new Date();
  let battementEnCours: Promise<void> = Promise.resolve();
  const battre = () =>
    (battementEnCours = signalerWorker(id, demarreLe, idsFile)
      .then(() => libererWorkersDisparus())
      .then((liberes) => {
        if (liberes.length) log.warn({ workers: liberes }, "Tâches d'un worker disparu libérées : elles reprennent ici ou ailleurs");
      })
      .catch((error) => log.warn({ err: error }, "Battement du worker non écrit (base injoignable ?)")));
  await battre();
  const battement = setInterval(battre, INTERVALLE_BATTEMENT_MS);

  let metriquesServeur: Awaited<ReturnType<typeof servirMetriques>> | null = null;
  if (configuration.METRICS_PORT) {
    definirSourceFile(profondeurFile);
    metriquesServeur = await servirMetriques({
      port: configuration.METRICS_PORT + 1,
      hote: configuration.METRICS_HOTE,
      jeton: configuration.METRICS_TOKEN,
    });
  }
  log.info({ worker: id, metriques: configuration.METRICS_PORT ? configuration.METRICS_PORT + 1 : null }, "Worker démarré");

  // Stopped (SIGTERM from a deploy, Ctrl+C): the jobs running finish, then the worker says it is gone.
  let arret = false;
  const arreter = async (signal: string) => {
    if (arret) return;
    arret = true;
    log.info({ signal }, "Worker : arrêt demandé, les tâches en cours se terminent");
    clearInterval(battement);
    metriquesServeur?.close();
    await runner.stop().catch(() => {});
    await battementEnCours;
    await retirerWorker(id).catch((error) => log.warn({ err: error }, "Battement du worker non retiré"));
    await pgPool.end().catch(() => {});
    log.info("Worker arrêté");
    await database?.server?.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGTERM", () => void arreter("SIGTERM"));
  process.on("SIGINT", () => void arreter("SIGINT"));
  await runner.promise;
}

main().catch((error) => {
  console.error(`✖ Worker : ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
