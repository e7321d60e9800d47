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
  const { INTERVALLE_BATTEMENT_MS, libererTachesNonEcrites, libererWorkersDisparus, profondeurFile, retirerWorker, signalerWorker } =
    await import("../lib/server/jobs/battement");
  const { estBaseInjoignable } = await import("../lib/server/base-injoignable");
  const log = journal();

  // The queue's connections: one dropped while idle (a database restarted, a failover) is logged and
  // replaced at the next use, never a crash.
  const pgPool = new pg.Pool({ connectionString, max: 6 });
  const perdue = (error: Error) => log.warn({ err: error }, "Connexion à la base perdue (elle sera rouverte)");
  pgPool.on("error", perdue);
  pgPool.on("connect", (client) => client.on("error", perdue)); // (graphile-worker wants both)
  // The ids this process's queue takes its jobs under, named in its heartbeat (a live worker frees
  // their jobs if it dies). graphile-worker 0.17 locks a job with its worker *pool*'s id, not with
  // the id of the worker running it (the one its logs name).
  const events = new EventEmitter() as WorkerEvents;
  const idsFile: string[] = [];
  events.on("pool:create", ({ workerPool }) => idsFile.push(workerPool.id));
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

  // The database lost as a job ends: graphile-worker cannot write its outcome, and leaves the error
  // unhandled (its failJob/completeJob are not awaited). No crash: the job stays held by this
  // worker, and is freed when the database is back (below, at the next heartbeat) to run again.
  // Any other unhandled error still stops the worker, as Node would.
  let nonEcrites = false;
  process.on("unhandledRejection", (raison) => {
    if (estBaseInjoignable(raison)) {
      nonEcrites = true;
      log.warn({ err: raison }, "Issue d'une tâche non écrite (base injoignable) : elle reprendra au retour de la base");
      return;
    }
    log.fatal({ err: raison }, "Worker : erreur non traitée");
    process.exit(1);
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
      .then(async () => {
        if (!nonEcrites) return;
        nonEcrites = false;
        const liberees = await libererTachesNonEcrites(idsFile, [...debuts.keys()]); // (the jobs running here: begun, not ended)
        if (liberees) log.warn({ taches: liberees }, "Tâches dont l'issue n'avait pu être écrite libérées : elles reprennent");
      })
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
