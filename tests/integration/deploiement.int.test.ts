// Starting in production (issue 23): the migration step run by several instances at once applies
// each migration once (advisory lock); `npm start` refuses an environment without its secrets and
// says which in French; the worker is a command of its own whose heartbeat makes an instance ready,
// and which says it is gone when stopped.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { withDatabase } from "../../prisma/database-url";
import { checkReadiness } from "@/lib/server/health";
import { testDb } from "../helpers/db";

const source = process.env.DATABASE_URL!;
const neuve = withDatabase(source, `migree_${Date.now()}_${process.pid}`);
const db = testDb();
const TSX = path.resolve("node_modules/.bin/tsx");

afterAll(async () => {
  const admin = new pg.Client({ connectionString: withDatabase(source, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${new URL(neuve).pathname.slice(1)}" WITH (FORCE)`);
  await admin.end();
});

function lancer(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; sortie: string }> {
  return new Promise((resolve) => {
    const enfant = spawn(TSX, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let sortie = "";
    enfant.stdout.on("data", (d) => (sortie += d));
    enfant.stderr.on("data", (d) => (sortie += d));
    enfant.on("exit", (code) => resolve({ code: code ?? 1, sortie }));
  });
}

describe("the migration step", () => {
  it("run by two instances at once on a new database, applies each migration once", async () => {
    const resultats = await Promise.all([1, 2].map(() => lancer(["scripts/migrate.ts"], { DATABASE_URL: neuve })));
    for (const r of resultats) expect(r, r.sortie).toMatchObject({ code: 0 });
    expect(resultats.filter((r) => r.sortie.includes("Une autre instance applique les migrations")).length).toBeGreaterThanOrEqual(1);
    const client = new pg.Client({ connectionString: neuve });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; n: string }>(
        `SELECT migration_name, count(*)::text AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL GROUP BY 1`,
      );
      const attendues = fs.readdirSync("prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory());
      expect(rows).toHaveLength(attendues.length);
      expect(rows.every((r) => r.n === "1")).toBe(true);
      const { rowCount } = await client.query("SELECT 1 FROM information_schema.schemata WHERE schema_name = 'graphile_worker'");
      expect(rowCount).toBe(1);
    } finally {
      await client.end();
    }
  }, 180_000);
});

describe("npm start in production", () => {
  it("refuses to start without its secrets, naming each in French, before touching the database", () => {
    const r = spawnSync(TSX, ["scripts/start.ts", "--port", "3999"], {
      env: {
        ...process.env,
        DATABASE_URL: "postgresql://personne:rien@127.0.0.1:1/aucune",
        NEXTAUTH_SECRET: "",
        NEXTAUTH_URL: "",
        SIGNATURE_CA_P12: "",
        SIGNATURE_CLE: "",
        CONVENTIONS_DEMO: "",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Configuration incomplète ou invalide/);
    for (const nom of ["NEXTAUTH_SECRET", "NEXTAUTH_URL", "SIGNATURE_CA_P12", "SIGNATURE_CLE"])
      expect(r.stderr).toContain(`${nom} manquant`);
    expect(r.stderr).not.toMatch(/Impossible de joindre la base/);
  }, 90_000);
});

// The workers run on the new database of the first test: on the suite's own, they would take the jobs
// other test files add and count.
function demarrerWorker() {
  const worker = spawn(TSX, ["--conditions=react-server", "scripts/worker.ts"], {
    env: { ...process.env, NODE_ENV: "development", DATABASE_URL: neuve, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const sortie = { texte: "" };
  worker.stdout.on("data", (d) => (sortie.texte += d));
  worker.stderr.on("data", (d) => (sortie.texte += d));
  const arreter = async () => {
    if (worker.exitCode === null) {
      worker.kill("SIGTERM");
      await new Promise((resolve) => worker.on("exit", resolve));
    }
  };
  return { sortie, arreter };
}

async function surNeuve<T>(travail: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: neuve });
  await client.connect();
  try {
    return await travail(client);
  } finally {
    await client.end();
  }
}
const battements = () => surNeuve(async (c) => Number((await c.query('SELECT count(*) AS n FROM "BattementWorker"')).rows[0].n));

describe("the worker", () => {
  it("is a command of its own: it writes its heartbeat, logs JSON lines, and says it is gone when stopped", async () => {
    const worker = demarrerWorker();
    try {
      await expect.poll(battements, { timeout: 60_000, interval: 500 }).toBe(1);
      const demarre = worker.sortie.texte.split("\n").find((l) => l.includes("Worker démarré"));
      expect(JSON.parse(demarre!)).toMatchObject({ level: "info", role: "worker", msg: "Worker démarré" });
    } finally {
      await worker.arreter();
    }
    expect(worker.sortie.texte.slice(-1500)).toContain("Worker arrêté");
    expect(await battements()).toBe(0);
  }, 120_000);

  it("two workers on one database run each job once", async () => {
    const workers = [demarrerWorker(), demarrerWorker()];
    try {
      await expect.poll(battements, { timeout: 60_000, interval: 500 }).toBe(2);
      // E-mails of notifications that do not exist: each job is a quick no-op, its run is logged.
      await surNeuve((c) =>
        c.query(
          `SELECT graphile_worker.add_job('courriel', json_build_object('notificationId', 'absente-' || g)) FROM generate_series(1, 40) g`,
        ),
      );
      await expect
        .poll(() => surNeuve(async (c) => Number((await c.query("SELECT count(*) AS n FROM graphile_worker.jobs")).rows[0].n)), {
          timeout: 60_000,
          interval: 500,
        })
        .toBe(0);
      const faites = workers.map((w) =>
        w.sortie.texte
          .split("\n")
          .filter((l) => l.startsWith("{"))
          .map((l) => JSON.parse(l) as { msg: string; job?: string; jobId?: string })
          .filter((l) => l.msg === "Tâche faite" && l.job === "courriel")
          .map((l) => l.jobId!),
      );
      const toutes = faites.flat();
      expect(toutes).toHaveLength(40);
      expect(new Set(toutes).size).toBe(40);
      expect(faites.every((f) => f.length > 0)).toBe(true); // (both took some)
    } finally {
      await Promise.all(workers.map((w) => w.arreter()));
    }
  }, 120_000);
});

describe("a worker killed in the middle of a job", () => {
  it("leaves the job to a live worker, which frees it at once and runs it once", async () => {
    // The state a killed worker leaves: its job locked by it, its heartbeat minutes old.
    const jobId = await surNeuve(async (c) => {
      const { rows } = await c.query<{ id: string }>(
        `SELECT id::text AS id FROM graphile_worker.add_job('courriel', json_build_object('notificationId', 'tenue-par-un-worker-tue'))`,
      );
      await c.query(
        `UPDATE graphile_worker._private_jobs SET locked_at = now() - interval '2 minutes', locked_by = 'pool-tue' WHERE id = $1`,
        [rows[0]!.id],
      );
      await c.query(`INSERT INTO "BattementWorker" ("id", "hote", "pid", "demarreLe", "vuLe", "idsFile")
        VALUES ('tue', 'ailleurs', 1, now() - interval '1 hour', now() - interval '3 minutes', ARRAY['pool-tue'])`);
      return rows[0]!.id;
    });
    const worker = demarrerWorker();
    try {
      await expect
        .poll(() => surNeuve(async (c) => (await c.query("SELECT 1 FROM graphile_worker.jobs WHERE id = $1", [jobId])).rowCount), {
          timeout: 60_000,
          interval: 500,
        })
        .toBe(0);
      expect(await surNeuve(async (c) => (await c.query(`SELECT 1 FROM "BattementWorker" WHERE "id" = 'tue'`)).rowCount)).toBe(0);
      const executions = worker.sortie.texte
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as { msg: string; jobId?: string })
        .filter((l) => l.msg === "Tâche faite" && l.jobId === jobId);
      expect(executions).toHaveLength(1);
      expect(worker.sortie.texte).toContain("Tâches d'un worker disparu libérées");
    } finally {
      await worker.arreter();
    }
  }, 120_000);
});

describe("readiness", () => {
  it("wants the migrations applied and a worker seen within the last minute", async () => {
    await db.battementWorker.deleteMany({ where: { id: "test-pret" } });
    const sans = await checkReadiness();
    expect(sans).toMatchObject({ base: "ok", migrations: "ok" });
    const maintenant = new Date();
    await db.battementWorker.create({ data: { id: "test-pret", hote: "test", pid: 1, demarreLe: maintenant, vuLe: maintenant } });
    try {
      expect(await checkReadiness(new Date(maintenant.getTime() + 30_000))).toMatchObject({ pret: true, worker: "ok", workerVuIlYaS: 30 });
      expect(await checkReadiness(new Date(maintenant.getTime() + 90_000))).toMatchObject({ pret: false, worker: "absent" });
    } finally {
      await db.battementWorker.deleteMany({ where: { id: "test-pret" } });
    }
  });
});
