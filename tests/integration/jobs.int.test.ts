// Typed jobs (lib/server/jobs/job.ts, the registry lib/server/taches.ts) against the real queue:
// a payload is checked when added (nothing queued otherwise) and again when run (a malformed one is
// dropped, not retried forever); added in a transaction, a job goes or stays with it; the registry's
// names are unique and its crontab is one graphile-worker reads.
import { Logger, parseCrontab, runOnce } from "graphile-worker";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { unique } from "../helpers/factories";
import { db as dbApp, inTransaction } from "@/lib/server/db";
import { addJob, defineJob, planifier, taskList } from "@/lib/server/jobs/job";
import { CRONTAB, JOBS, TACHES } from "@/lib/server/taches";

const db = testDb();
const silence = new Logger(() => () => {});
const enFile = async (nom: string) =>
  (await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = ${nom}`)[0]!.n;

describe("typed jobs", () => {
  it("check their payload when added and when run; go and stay with their transaction", async () => {
    const nom = unique("essai");
    const recus: string[] = [];
    const essai = defineJob({
      nom,
      charge: z.object({ valeur: z.string().min(1) }),
      tentatives: 2,
      async executer({ valeur }) {
        recus.push(valeur);
      },
    });
    // Refused before anything is queued.
    await expect(inTransaction(undefined, (tx) => addJob(tx, essai, { valeur: "" }))).rejects.toThrow();
    expect(await enFile(nom)).toBe(0n);
    // A transaction rolled back takes its job with it.
    await expect(
      inTransaction(undefined, async (tx) => {
        await addJob(tx, essai, { valeur: "annulée" });
        throw new Error("annulation");
      }),
    ).rejects.toThrow("annulation");
    expect(await enFile(nom)).toBe(0n);
    // Committed: queued with its attempts, then run with its payload read by its schema.
    await inTransaction(undefined, (tx) => addJob(tx, essai, { valeur: "gardée" }));
    const [file] = await db.$queryRaw<
      { max_attempts: number }[]
    >`SELECT max_attempts FROM graphile_worker.jobs WHERE task_identifier = ${nom}`;
    expect(file!.max_attempts).toBe(2);
    // A malformed payload queued by hand (an older version of the job) is dropped, not retried.
    await dbApp.$executeRaw`SELECT graphile_worker.add_job(${nom}::text, '{"valeur": 3}'::json)`;
    await runOnce({ connectionString: process.env.DATABASE_URL!, taskList: taskList([essai]), logger: silence });
    expect(recus).toEqual(["gardée"]);
    expect(await enFile(nom)).toBe(0n);
  });

  it("are listed once each, with a crontab graphile-worker reads", () => {
    expect(new Set(JOBS.map((j) => j.nom)).size).toBe(JOBS.length);
    expect(Object.keys(TACHES).sort()).toEqual(JOBS.map((j) => j.nom).sort());
    const lignes = parseCrontab(CRONTAB);
    expect(lignes.map((l) => l.task).sort()).toEqual(["cumulSuivi", "purgeFichiers", "suiviExecution", "vie-apres-signature"]);
    for (const l of lignes) expect(l.options.maxAttempts).toBeGreaterThan(0);
    expect(() => taskList([JOBS[0], JOBS[0]])).toThrow(/Deux tâches/);
    expect(planifier(JOBS[0], "0 1 * * *")).toBe(`0 1 * * * ${JOBS[0].nom} ?fill=1d&jobKey=${JOBS[0].nom}&max=${JOBS[0].tentatives}`);
  });
});
