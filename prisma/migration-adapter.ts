// The Prisma CLI's JavaScript schema engine, fed by @prisma/adapter-pg (Prisma 6.19).
// Everything specific to `engine: "js"` lives here, so moving to Prisma 7 touches one file.
// See docs/adr/001-prisma-moteur-js.md.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseDatabaseUrl } from "./database-url";

// prisma/orm#27403: the engine reads catalog columns of type `name` (oid 19) and `"char"` (18)
// that the adapter cannot deserialise; read them as text (25), and their arrays as text[] (1009).
const OID_REMAP: Record<number, number> = { 19: 25, 18: 25, 1003: 1009, 1002: 1009 };
let patched = false;
function patchCatalogTypes() {
  if (patched) return;
  patched = true;
  type Field = { dataTypeID: number };
  const proto = (pg as unknown as { Result: { prototype: { addFields(f: Field[]): void } } }).Result.prototype;
  const addFields = proto.addFields;
  proto.addFields = function (fields: Field[]) {
    for (const field of fields) field.dataTypeID = OID_REMAP[field.dataTypeID] ?? field.dataTypeID;
    return addFields.call(this, fields);
  };
}

async function adminQuery(config: pg.ClientConfig, sql: string) {
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

// The engine cannot create a missing database: do it first.
export async function ensureDatabaseExists(config: pg.ClientConfig) {
  const name = String(config.database);
  const { rowCount } = await adminQuery(config, `SELECT 1 FROM pg_database WHERE datname = '${name.replace(/'/g, "''")}'`);
  if (!rowCount) await adminQuery(config, `CREATE DATABASE "${name.replace(/"/g, '""')}"`);
}

// The adapter's executeScript splits a migration on every ";", which breaks dollar-quoted
// function bodies ("unterminated dollar-quoted string"). Send the script whole instead: the simple
// query protocol runs several statements, as one implicit transaction.
type ScriptRunner = { executeScript(script: string): Promise<void> };
function runScriptsWhole<T extends ScriptRunner>(adapter: T): T {
  const internals = adapter as unknown as { client: pg.Pool; onError(error: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

// The stock shadow database connection reuses the original connection string (which overrides
// the shadow database name) and drops the database while its own pool is still open.
class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const database = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
    await adminQuery(this.poolConfig, `CREATE DATABASE "${database}"`);
    const adapter = runScriptsWhole(await new PrismaPg({ ...this.poolConfig, database }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await adminQuery(this.poolConfig, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    };
    return adapter;
  }
}

export async function createMigrationAdapter(databaseUrl: string) {
  patchCatalogTypes();
  const config: pg.PoolConfig = { ...parseDatabaseUrl(databaseUrl), allowExitOnIdle: true, idleTimeoutMillis: 200 };
  await ensureDatabaseExists(config);
  return new MigrationAdapterFactory(config);
}
