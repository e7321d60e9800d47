// A background job, typed: its name, the zod schema of its payload, how many times it is tried, and
// what it does (docs/adr/006-file-de-taches.md). One file per job, in the folder of the capability it
// serves (`*.job.ts`); the registry (`lib/server/taches.ts`) lists them for the worker. A job is
// added **in the transaction of the change** that calls for it (graphile-worker keeps its queue in
// the same PostgreSQL): a change rolled back adds nothing, a change never goes without its job.
import "server-only";
import type { JobHelpers, Task, TaskList } from "graphile-worker";
import type { z } from "zod";
import type { Tx } from "../db";

export type Job<S extends z.ZodType = z.ZodType> = {
  /** The name in the queue (stable: jobs already queued carry it). */
  nom: string;
  /** What the job is given; checked when added and again when run. */
  charge: S;
  /** Attempts before giving up, each after a growing delay (graphile-worker: exp(attempts) seconds). */
  tentatives: number;
  /** Safe to run twice: a crash between the work and its acknowledgement runs it again. */
  executer(charge: z.output<S>, aide: JobHelpers): Promise<void>;
};

export const defineJob = <S extends z.ZodType>(job: Job<S>): Job<S> => job;

/** Adds `job` in the transaction `tx`: rolled back with it. `cle`: one job queued per key (a second
 *  add replaces the first while it waits). */
export async function addJob<S extends z.ZodType>(tx: Tx, job: Job<S>, charge: z.input<S>, { cle }: { cle?: string } = {}) {
  const lue = job.charge.parse(charge);
  await tx.$executeRaw`SELECT graphile_worker.add_job(${job.nom}::text, ${JSON.stringify(lue)}::json,
    max_attempts => ${job.tentatives}::int, job_key => ${cle ?? null}::text)`;
}

/** The worker's task list: each payload read by its job's schema before it runs (one that does not
 *  match is logged and dropped — retrying it would never make it match). */
export function taskList(jobs: readonly Job[]): TaskList {
  const liste: Record<string, Task> = {};
  for (const job of jobs) {
    if (liste[job.nom]) throw new Error(`Deux tâches portent le nom « ${job.nom} ».`);
    liste[job.nom] = async (charge, aide) => {
      const lue = job.charge.safeParse(charge ?? {});
      if (!lue.success) {
        aide.logger.error(`Tâche ${job.nom} ignorée : charge invalide (${lue.error.issues.map((i) => i.message).join(", ")}).`);
        return;
      }
      await job.executer(lue.data, aide);
    };
  }
  return liste;
}

/** A crontab line of graphile-worker for a periodic job: run at `quand` (cron syntax, server time),
 *  once more at start when a run was missed within a day (unless `rattrapage: false`: a frequent
 *  job's next run does it), never twice queued. */
export const planifier = (job: Job, quand: string, { rattrapage = true } = {}) =>
  `${quand} ${job.nom} ?${rattrapage ? "fill=1d&" : ""}jobKey=${job.nom}&max=${job.tentatives}`;
