// What the load benches (bench:memory, bench:load) share: the server they start, the resident memory
// of its processes, and an agent's session over HTTP — its cookies, kept from each answer, and the
// password login of next-auth as the login page posts it.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import { performance } from "node:perf_hooks";

export class SessionHttp {
  cookies = new Map<string, string>();
  constructor(protected base: string) {}
  protected header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  protected keep(response: Response) {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  }
  async login(email: string, password: string) {
    const csrf = await fetch(`${this.base}/api/auth/csrf`);
    this.keep(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${this.base}/conventions` });
    const response = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.header() },
      body,
      redirect: "manual",
    });
    this.keep(response);
    if (![...this.cookies.keys()].some((k) => k.endsWith("session-token"))) throw new Error(`Connexion impossible pour ${email}`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts `npm run demo`'s script on a throwaway database (`--fresh`), in its own process group,
 *  and waits until `sante` answers 200 (5 minutes at most). Returns what stops it (also at exit). */
export async function demarrerServeur(options: {
  port: number;
  env: Record<string, string>;
  sante: string;
  stdout?: number | "ignore";
}): Promise<() => void> {
  const serveur = spawn("npx", ["tsx", "scripts/start.ts", "--demo", "--fresh", "--port", String(options.port)], {
    env: { ...process.env, ...options.env },
    stdio: ["ignore", options.stdout ?? "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-serveur.pid!, "SIGTERM");
    } catch {}
  };
  process.on("exit", stop);
  const debut = performance.now();
  while (
    (await fetch(`http://127.0.0.1:${options.port}${options.sante}`)
      .then((r) => r.status)
      .catch(() => 0)) !== 200
  ) {
    if (performance.now() - debut > 300_000) {
      stop();
      throw new Error(`${options.sante} n'a pas répondu 200 en 5 minutes.`);
    }
    await sleep(1000);
  }
  return stop;
}

/** The resident memory (MiB) of the processes whose command line contains `motif`. */
export function rssMiB(motif: string): number {
  let pids: string[] = [];
  try {
    pids = execFileSync("pgrep", ["-f", motif], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
  } catch {
    return 0;
  }
  let kib = 0;
  for (const pid of pids) {
    try {
      kib += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(kib / 1024);
}
