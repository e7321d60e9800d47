// Which database the app uses: DATABASE_URL when set (any PostgreSQL 15+), else the embedded one.
import path from "node:path";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { parseDatabaseUrl, withDatabase } from "../../prisma/database-url";
import { startEmbeddedPostgres, type RunningServer } from "./embedded-postgres";

export type Database = { url: string; server?: RunningServer };

export async function resolveDatabase(options: { database?: string; log?: (line: string) => void } = {}): Promise<Database> {
  const given = process.env.DATABASE_URL;
  const name = options.database ?? process.env.DATABASE_NAME;
  if (given) {
    const url = name ? withDatabase(given, name) : given;
    await assertReachable(url);
    return { url };
  }
  const server = await startEmbeddedPostgres({ log: options.log });
  return { url: server.url(name ?? "conventions"), server };
}

export async function assertReachable(url: string) {
  const config = parseDatabaseUrl(url);
  const client = new pg.Client({ ...config, database: "postgres", connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    const version = Number(rows[0]?.server_version_num ?? 0);
    if (version < 150000)
      throw new Error(`PostgreSQL ${Math.floor(version / 10000)} n'est pas pris en charge : il faut la version 15 ou plus.`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Impossible de joindre la base de données ${config.host}:${config.port} (utilisateur ${config.user}) : ${reason}\n` +
        `Database unreachable. Vérifiez DATABASE_URL, ou retirez-la pour utiliser la base intégrée.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export async function dropDatabase(url: string) {
  const config = parseDatabaseUrl(url);
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${config.database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The advisory lock the migration step holds (any 64-bit number; the same for every instance). */
export const VERROU_MIGRATIONS = 7_262_023_001;

/** The migrations applied once even when several instances start together: each takes a
 *  PostgreSQL advisory lock on the database (created if it does not exist yet) and waits for the
 *  one ahead to finish — Prisma's own lock gives up after 10 s, an instance could then fail to
 *  start —; the next finds nothing left to apply. */
export async function migrateSousVerrou(url: string, log: (ligne: string) => void = console.log) {
  await createDatabaseIfMissing(url);
  const client = new pg.Client({ ...parseDatabaseUrl(url) });
  await client.connect();
  try {
    const { rows } = await client.query<{ pris: boolean }>("SELECT pg_try_advisory_lock($1) AS pris", [VERROU_MIGRATIONS]);
    if (!rows[0]?.pris) {
      log("Une autre instance applique les migrations : attente de la fin…");
      await client.query("SELECT pg_advisory_lock($1)", [VERROU_MIGRATIONS]);
    }
    log("Application des migrations…");
    migrate(url);
  } finally {
    await client.query("SELECT pg_advisory_unlock_all()").catch(() => {});
    await client.end().catch(() => {});
  }
}

async function createDatabaseIfMissing(url: string) {
  const config = parseDatabaseUrl(url);
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [config.database]);
    if (!rowCount)
      await client.query(`CREATE DATABASE "${config.database.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        // Created meanwhile by another instance: « already exists », or the catalogue's unique index in a close race.
        if (error.code !== "42P04" && error.code !== "23505") throw error;
      });
  } finally {
    await client.end();
  }
}

/** Prisma's migrations, then the job queue's own schema (graphile_worker, outside Prisma's); under
 *  migrateSousVerrou when several processes may run it. */
export function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: url },
  });
  execFileSync(path.resolve("node_modules/.bin/graphile-worker"), ["--schema-only", "-c", url], {
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
  });
}
