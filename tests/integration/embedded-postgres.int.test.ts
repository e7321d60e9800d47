// The embedded database gets its own random password per data directory, kept in it; a directory
// made with the old fixed « postgres » password gets one at its next start.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { LEGACY_PASSWORD, PASSWORD_FILE, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

const dir = fs.mkdtempSync(path.join(os.tmpdir() === "/tmp" ? "/var/tmp" : os.tmpdir(), "conventions-pg-test-"));
fs.chmodSync(dir, 0o755); // as root, the server runs as `postgres`, who must reach the data directory
const dataDir = path.join(dir, "data");
const previous = process.env.EMBEDDED_PG_DIR;
process.env.EMBEDDED_PG_DIR = dataDir;
afterAll(() => {
  if (previous === undefined) delete process.env.EMBEDDED_PG_DIR;
  else process.env.EMBEDDED_PG_DIR = previous;
  fs.rmSync(dir, { recursive: true, force: true });
});

async function connects(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: "postgres",
    password,
    database: "postgres",
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch (error) {
    expect(String(error)).toMatch(/password authentication failed/);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const portOf = (url: string) => Number(new URL(url).port);
const passwordOf = (url: string) => decodeURIComponent(new URL(url).password);

describe("embedded PostgreSQL password", () => {
  it("is random per data directory, kept in it (0600), the only one accepted, and the same at the next start", async () => {
    const first = await startEmbeddedPostgres({ port: 55_491, log: () => {} });
    const url = first.url("postgres");
    const file = path.join(dataDir, PASSWORD_FILE);
    try {
      expect(fs.readFileSync(file, "utf8")).toBe(passwordOf(url));
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(passwordOf(url)).not.toBe(LEGACY_PASSWORD);
      expect(passwordOf(url).length).toBeGreaterThanOrEqual(32);
      expect(await connects(portOf(url), passwordOf(url))).toBe(true);
      expect(await connects(portOf(url), LEGACY_PASSWORD)).toBe(false);
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres({ port: 55_491, log: () => {} });
    try {
      expect(passwordOf(second.url("postgres"))).toBe(passwordOf(url));
      // A directory of before: the fixed password, no file.
      const client = new pg.Client({ host: "127.0.0.1", port: 55_491, user: "postgres", password: passwordOf(url), database: "postgres" });
      await client.connect();
      await client.query(`ALTER ROLE postgres PASSWORD '${LEGACY_PASSWORD}'`);
      await client.end();
    } finally {
      await second.stop();
    }
    fs.rmSync(file);
    const upgraded = await startEmbeddedPostgres({ port: 55_491, log: () => {} });
    try {
      const password = passwordOf(upgraded.url("postgres"));
      expect(password).not.toBe(LEGACY_PASSWORD);
      expect(fs.readFileSync(file, "utf8")).toBe(password);
      expect(await connects(55_491, password)).toBe(true);
      expect(await connects(55_491, LEGACY_PASSWORD)).toBe(false);
    } finally {
      await upgraded.stop();
    }
  }, 120_000);
});
