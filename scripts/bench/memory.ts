// npm run bench:memory — does the server's memory level off under load? Starts the production
// server on a throwaway database, runs the same load three times (BENCH_USERS agents, each for
// BENCH_SECONDS: list, search, a convention, its PDF, the referential), and prints after each run
// the server's resident memory at rest (BENCH_REST seconds after the load) and the requests served.
// Loopback only; bounded in count and time; stops what it started.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { demarrerServeur, rssMiB, SessionHttp } from "./charge-http";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const USERS = Number(process.env.BENCH_USERS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const REST = Number(process.env.BENCH_REST ?? 15);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const AVEC_PDF = process.env.BENCH_PDF !== "0"; // BENCH_PDF=0: the same load without the PDF exports
const MEMOIRE_SERVEUR = `${process.env.TMPDIR ?? "/tmp"}/bench-memoire-serveur-${process.pid}.json`;
const PASSWORD = process.env.DEMO_PASSWORD || "Conventions-demo-2026";
const EMAILS = ["redacteur@demo.education.gouv.fr", "relecteur@demo.numerique.gouv.fr", "lecteur@demo.education.gouv.fr"];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The Next server process (its PDF workers are threads inside it).
const rssServeur = () => rssMiB(`conventions-serveur ${PORT}`);

/** Where the server's resident memory is, by kind of mapping (/proc/PID/smaps): the V8 heap and
 *  malloc arenas are anonymous mappings; V8 reserves its pointer cage (4 GiB) and each WebAssembly
 *  memory (the Prisma query compiler) ≥ 8 GiB of address space, only partly resident. */
function ouEstLaMemoire(): string {
  const pid = execFileSync("pgrep", ["-f", `conventions-serveur ${PORT}`], { encoding: "utf8" })
    .trim()
    .split("\n")[0];
  if (!pid) return "";
  const sortes = new Map<string, number>();
  let sorte = "";
  for (const ligne of fs.readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    const entete = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \d+\s*(.*)$/.exec(ligne);
    if (entete) {
      const taille = (parseInt(entete[2]!, 16) - parseInt(entete[1]!, 16)) / 1024 ** 3;
      const chemin = entete[3]!.trim();
      // A reservation of ≥ 8 GiB is a WebAssembly memory (with its guard region); 4 GiB, V8's pointer cage.
      sorte = chemin
        ? chemin.startsWith("[")
          ? chemin
          : chemin.split("/").pop()!
        : taille >= 1
          ? `réservation de ${Math.round(taille)} Gio`
          : "anonyme";
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(ligne);
    if (rss) sortes.set(sorte, (sortes.get(sorte) ?? 0) + Number(rss[1]));
  }
  return [...sortes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([k, v]) => `${k} ${Math.round(v / 1024)}`)
    .join(", ");
}

class Agent extends SessionHttp {
  constructor() {
    super(BASE);
  }
  async get(path: string): Promise<number> {
    const response = await fetch(BASE + path, { headers: { cookie: this.header() }, redirect: "manual" });
    this.keep(response);
    await response.arrayBuffer();
    return response.status;
  }
}

async function ids(agent: Agent): Promise<string[]> {
  const html = await (
    await fetch(`${BASE}/conventions?tri=reference`, { headers: { cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join("; ") } })
  ).text();
  return [...new Set([...html.matchAll(/href="\/conventions\/([a-z0-9]{20,})"/g)].map((m) => m[1]!))];
}

async function load(agents: Agent[], conventions: string[]): Promise<{ requests: number; errors: number }> {
  const until = performance.now() + SECONDS * 1000;
  let requests = 0;
  let errors = 0;
  await Promise.all(
    agents.map(async (agent, u) => {
      let i = u;
      while (performance.now() < until) {
        const id = conventions[i++ % conventions.length]!;
        for (const path of [
          "/conventions",
          `/conventions?q=webinaire&page=${(i % 3) + 1}`,
          `/conventions/${id}`,
          ...(AVEC_PDF ? [`/conventions/${id}/pdf`] : []),
          "/referentiel",
        ]) {
          const status = await agent.get(path).catch(() => 0);
          requests++;
          if (status >= 400 || status === 0) {
            errors++;
            console.error(`  en erreur : ${path.replace(/[a-z0-9]{20,}/, ":id")} → ${status || "pas de réponse"}`);
          }
        }
      }
    }),
  );
  return { requests, errors };
}

async function main() {
  const stop = await demarrerServeur({
    port: PORT,
    env: {
      DATABASE_NAME: "conventions_bench_memoire",
      BENCH_MEMOIRE_FICHIER: MEMOIRE_SERVEUR,
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: "bench-memoire-0123456789abcdef0123456789",
    },
    sante: "/api/health",
  });
  try {
    await sleep(REST * 1000);
    console.log(`Serveur prêt ; mémoire résidente au repos avant toute charge : ${rssServeur()} Mio`);
    const agents = Array.from({ length: USERS }, () => new Agent());
    for (const [i, agent] of agents.entries()) await agent.login(EMAILS[i % EMAILS.length]!, PASSWORD);
    const conventions = await ids(agents[1]!);
    console.log(`${USERS} agents connectés, ${conventions.length} conventions visitées tour à tour`);
    for (let run = 1; run <= RUNS; run++) {
      const peak = { v: 0 };
      const sampler = setInterval(() => (peak.v = Math.max(peak.v, rssServeur())), 1000);
      const { requests, errors } = await load(agents, conventions);
      clearInterval(sampler);
      await sleep(REST * 1000);
      if (process.env.BENCH_SNAPSHOT) {
        // Heap snapshots of the server (NODE_OPTIONS=--heapsnapshot-signal=SIGUSR2), to compare runs.
        execFileSync("pkill", ["-USR2", "-f", `conventions-serveur ${PORT}`]);
        await sleep(30_000);
      }
      console.log(
        `Passe ${run} : ${requests} requêtes en ${SECONDS} s (${(requests / SECONDS).toFixed(1)}/s, ${errors} en erreur) · pic ${peak.v} Mio · au repos ${rssServeur()} Mio`,
      );
      console.log(`  dont (Mio) : ${ouEstLaMemoire()}`);
      try {
        const m = JSON.parse(fs.readFileSync(MEMOIRE_SERVEUR, "utf8")) as NodeJS.MemoryUsage;
        const mio = (n: number) => Math.round(n / 1024 ** 2);
        console.log(
          `  selon le serveur (Mio) : tas V8 ${mio(m.heapUsed)} utilisés / ${mio(m.heapTotal)} réservés, hors tas (Buffer, WebAssembly…) ${mio(m.external)} dont ArrayBuffer ${mio(m.arrayBuffers)}`,
        );
      } catch {
        // not written yet
      }
    }
  } finally {
    stop();
    await sleep(2000);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
