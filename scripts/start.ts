// The one command that starts the app: database (embedded PostgreSQL unless DATABASE_URL is set),
// migrations (under an advisory lock: several instances may start together), demo data,
// production build when needed, then the server (scripts/serveur.ts, or `next dev`).
//   tsx scripts/start.ts [--demo] [--dev] [--worker | --sans-worker] [--sans-construction] [--fresh] [--port 3000]
// --sans-construction serves the build as it is, even older than the sources: an instance added
// beside a running one must never rebuild the .next folder that one serves from.
// --demo adds the demo data (three real conventions, one account per role) and secrets made on the
// machine, and starts the job worker beside the server; without it (`npm start`) this is a
// production instance: the environment must give its secrets (lib/server/environnement.ts), only
// the migrations run, and the worker is a command of its own (`npm run worker`, or --worker here).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { loadEnvFiles } from "./lib/env-files";
import { resolveDatabase, dropDatabase, migrateSousVerrou } from "./lib/database";
import { lireEnvironnement } from "../lib/server/environnement";
import { seed, DEMO_PASSWORD } from "../prisma/seed";
import { DEMO_USERS } from "../prisma/seed/referentiel";
import { LIBELLES_ROLE } from "../lib/domain/roles";
import { needsBuild } from "./lib/build-state";
import { buildPdfWorker } from "./lib/pdf-worker-bundle";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.resolve(".data", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  loadEnvFiles();
  const started = Date.now();
  const demo = flag("demo") || flag("dev");
  // Checked before anything starts, as the server and the worker will read it.
  const configuration = lireEnvironnement({
    ...process.env,
    NODE_ENV: flag("dev") ? "development" : "production",
    CONVENTIONS_DEMO: demo ? "1" : process.env.CONVENTIONS_DEMO,
  });
  const port = Number(option("port") ?? process.env.PORT ?? 3000);
  if (!(await portIsFree(port))) {
    throw new Error(
      `Le port ${port} est déjà utilisé (une autre instance de l'application ?). Arrêtez-la ou choisissez un autre port : PORT=3001 npm run demo`,
    );
  }

  if (flag("fresh") && !process.env.DATABASE_NAME) {
    throw new Error("--fresh efface la base : il faut nommer une base jetable avec DATABASE_NAME (ex. DATABASE_NAME=conventions_e2e).");
  }
  const database = await resolveDatabase();
  let child: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  let arret = false;
  const shutdown = async (code: number) => {
    arret = true;
    child?.kill("SIGTERM");
    worker?.kill("SIGTERM");
    await database.server?.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    if (flag("fresh")) await dropDatabase(database.url);
    if (configuration.MIGRATIONS_AU_DEMARRAGE !== false) await migrateSousVerrou(database.url);
    if (flag("demo")) await seed(database.url);

    const env = {
      ...process.env,
      ...(demo ? { CONVENTIONS_DEMO: "1" } : {}),
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: configuration.production ? configuration.NEXTAUTH_SECRET : authSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      PORT: String(port),
    };
    if (!flag("dev") && !flag("sans-construction") && needsBuild()) {
      console.log("Construction de l'application (next build, une à deux minutes la première fois)…");
      execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit", env });
    }
    // The job worker renders PDFs (the version frozen at validation) in the PDF worker bundle: built
    // by `npm run build`, and here for `next dev`.
    if (flag("dev")) await buildPdfWorker();

    // The job worker, on the same database (lib/server/taches.ts); it stops with the app. In
    // production it is a command of its own (`npm run worker`): N servers, one or more workers.
    if ((demo && !flag("sans-worker")) || flag("worker")) {
      worker = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/worker.ts"], {
        stdio: ["ignore", "inherit", "inherit"],
        env: { ...env, NODE_ENV: flag("dev") ? "development" : "production" },
      });
      worker.on("exit", (code) => {
        // (Stopped with us — our own SIGTERM, or the whole process group's —: nothing to report.)
        if (code && !arret && code !== 143 && code !== 130)
          console.error(`Le worker s'est arrêté (code ${code}) : les courriels ne partent plus, les validations n'aboutissent plus.`);
      });
    }
    // The server: Next's production server behind ours (scripts/serveur.ts: request ids, logs,
    // metrics), or `next dev`. Binaries, not `npx`: npx does not pass SIGTERM on, which left servers behind.
    child = flag("dev")
      ? spawn(path.resolve("node_modules/.bin/next"), ["dev", "-p", String(port)], { stdio: ["ignore", "pipe", "inherit"], env })
      : spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/serveur.ts"], {
          stdio: ["ignore", "pipe", "inherit"],
          env: { ...env, NODE_ENV: "production", ...serverMemoryEnv(env) },
        });
    let announced = false;
    child.stdout!.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (!announced && /Ready|started server|Local:/i.test(chunk.toString())) {
        announced = true;
        banner(port, started);
      }
    });
    child.on("exit", (code) => void shutdown(code ?? 0));
  } catch (error) {
    await database.server?.stop().catch(() => {});
    throw error;
  }
}

/** Bounds the server's memory (npm run bench:memory): a V8 heap of SERVER_HEAP_MB (default 512;
 *  left to V8 it grows towards a quarter of the machine's memory before collecting hard, and the
 *  server's resident memory climbed run after run), and two malloc arenas (threads — the PDF
 *  workers, pg — each get one otherwise, and fragment them). A NODE_OPTIONS that already sets the
 *  heap wins. */
function serverMemoryEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const options = env.NODE_OPTIONS ?? "";
  const heap = Number(env.SERVER_HEAP_MB ?? 512);
  return {
    NODE_OPTIONS: /max-old-space-size/.test(options) ? options : `${options} --max-old-space-size=${heap}`.trim(),
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2",
  };
}

function banner(port: number, started: number) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n──────────────────────────────────────────────────────────────`);
  console.log(` Conventions de délégation de gestion — prêt en ${seconds} s`);
  console.log(` Ouvrez http://localhost:${port}`);
  if (flag("demo") && process.env.SEED_DEMO_USERS !== "false") {
    console.log(` Comptes de démonstration (mot de passe : ${DEMO_PASSWORD}) :`);
    for (const user of DEMO_USERS) console.log(`   ${LIBELLES_ROLE[user.role].padEnd(20)} ${user.email}`);
  }
  console.log(` Ctrl+C pour arrêter (la base intégrée s'arrête avec l'application).`);
  console.log(`──────────────────────────────────────────────────────────────\n`);
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
