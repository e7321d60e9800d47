// npm run bench:load — many agents working at once, as they work. Starts the production server and
// its job worker (two processes) on a throwaway database with the demo data, then runs BENCH_RUNS
// times BENCH_USERS agents for BENCH_SECONDS each, and prints per run the requests served per
// second, p50/p95/p99 by kind of request and overall, the errors, and the resident memory of each
// process (peak during the run, then at rest). Journeys, by share of the agents:
//   - readers (40 %): the list, a search, a convention, its history, its PDF;
//   - drafters (30 %): their own draft's form, then « Enregistrer » (the server action, as the page
//     sends it), the convention again;
//   - DINUM finance (20 %): the dashboard (by year, then by UO), a convention's execution page, a
//     comment on a convention under review (server action), the deadlines view;
//   - importers (10 %): a document uploaded to « Importer un document », then its review page once
//     the worker has read it.
// Signing is not in the mix (each signature needs its own frozen document; `npm run bench:sign`
// measures it). BENCH_JOURNAL=fichier keeps the processes' log lines. Loopback only; bounded in count
// and time; stops what it started.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { resolveDatabase } from "../lib/database";
import { demarrerServeur, rssMiB, SessionHttp } from "./charge-http";

const PORT = Number(process.env.BENCH_PORT ?? 3310);
const BASE = `http://127.0.0.1:${PORT}`;
const USERS = Number(process.env.BENCH_USERS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REST = Number(process.env.BENCH_REST ?? 15);
const DATABASE_NAME = "conventions_bench_charge";
const PASSWORD = process.env.DEMO_PASSWORD || "Conventions-demo-2026";
const LECTEUR = "lecteur@demo.education.gouv.fr";
const REDACTEUR = "redacteur@demo.education.gouv.fr";
const FINANCE = "relecteur@demo.numerique.gouv.fr";
// A document of this genre to import: the plain text of a signed convention (shared seeds).
const A_IMPORTER = path.resolve("../shared/seeds/004_4089475481e85089.txt");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const PROCESSUS = { serveur: `conventions-serveur ${PORT}`, worker: "scripts/worker.ts" };

/** The ids of the server actions of the build, by exported name (Next sends them in `Next-Action`). */
function actions(): Map<string, string> {
  const manifeste = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string; filename: string }>;
  };
  return new Map(Object.entries(manifeste.node).map(([id, a]) => [`${a.filename}#${a.exportedName}`, id]));
}

type Mesure = { sorte: string; ms: number; ok: boolean };

class Agent extends SessionHttp {
  constructor(private mesures: Mesure[]) {
    super(BASE);
  }
  async requete(sorte: string, chemin: string, init: RequestInit = {}, attendu = (s: number) => s < 400): Promise<string> {
    const debut = performance.now();
    let texte = "";
    let ok = false;
    try {
      const response = await fetch(BASE + chemin, {
        ...init,
        headers: { cookie: this.header(), origin: BASE, ...(init.headers ?? {}) },
        redirect: "manual",
      });
      this.keep(response);
      texte = await response.text();
      ok = attendu(response.status);
      if (!ok) console.error(`  ${sorte} ${chemin.replace(/[a-z0-9]{20,}/g, ":id")} → ${response.status}`);
    } catch (error) {
      console.error(`  ${sorte} ${chemin.replace(/[a-z0-9]{20,}/g, ":id")} → pas de réponse (${(error as Error).message})`);
    }
    this.mesures.push({ sorte, ms: performance.now() - debut, ok });
    return texte;
  }
  /** A server action as the page calls it: POST on the page, its id in `Next-Action`, its arguments
   *  encoded as React encodes plain values (JSON). Its result is in the answer's RSC payload. */
  async action(sorte: string, page: string, id: string, args: unknown[]): Promise<string> {
    const texte = await this.requete(sorte, page, {
      method: "POST",
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      body: JSON.stringify(args),
    });
    if (!texte.includes('"ok":true')) {
      console.error(`  ${sorte} : refusée (${/"message":"([^"]*)"/.exec(texte)?.[1] ?? texte.slice(0, 200)})`);
      this.mesures[this.mesures.length - 1]!.ok = false;
    }
    return texte;
  }
}

const centile = (valeurs: number[], p: number) => {
  const tries = [...valeurs].sort((a, b) => a - b);
  return tries[Math.min(tries.length - 1, Math.floor((p / 100) * tries.length))] ?? 0;
};

/** What the journeys need, made before the load through the use cases (as a drafter would have):
 *  one draft per drafter, one convention under review for the comments, the signed conventions. */
async function preparer(nbRedacteurs: number) {
  const database = await resolveDatabase({ database: DATABASE_NAME, log: () => {} });
  process.env.DATABASE_URL = database.url;
  const { db } = await import("../../lib/server/db");
  const { createConvention } = await import("../../lib/server/conventions/save-convention");
  const { getConvention } = await import("../../lib/server/conventions/get-convention");
  const { transitionDocument } = await import("../../lib/server/cycle/transition");
  const { conventionToInput } = await import("../../lib/schemas/convention-form");
  const { conventionSchema } = await import("../../lib/schemas/convention");
  const user = await db.user.findUniqueOrThrow({ where: { email: REDACTEUR } });
  const redacteur = { id: user.id, roles: user.roles, organisationId: user.organisationId };
  const signees = await db.convention.findMany({ where: { statut: "SIGNEE" }, select: { id: true }, orderBy: { reference: "asc" } });
  const modele = await getConvention(redacteur, signees[0]!.id);
  const brouillons: { id: string; input: ReturnType<typeof conventionToInput> }[] = [];
  const suffixe = Date.now().toString(36).toUpperCase();
  for (let i = 0; i <= nbRedacteurs; i++) {
    const input = { ...conventionToInput(modele), reference: `BENCH-${suffixe}-${i + 1}` };
    const { id } = await createConvention(redacteur, conventionSchema.parse(input));
    brouillons.push({ id, input: conventionToInput(await getConvention(redacteur, id)) });
  }
  // The last one goes to review: finance comments on it.
  const enRevue = brouillons.pop()!;
  await transitionDocument(redacteur, { conventionId: enRevue.id, evenement: "SOUMETTRE", version: enRevue.input.version! });
  await db.$disconnect();
  await database.server?.stop().catch(() => {});
  return { brouillons, enRevue: enRevue.id, signees: signees.map((s) => s.id) };
}

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("Pas de build de production : lancez d'abord `npm run build`.");
  const ids = actions();
  const idAction = (fichier: string, nom: string) => {
    const id = ids.get(`${fichier}#${nom}`);
    if (!id) throw new Error(`Action ${nom} introuvable dans le build.`);
    return id;
  };
  const ENREGISTRER = idAction("app/(app)/conventions/actions.ts", "updateConventionAction");
  const COMMENTER = idAction("app/(app)/conventions/cycle/actions.ts", "openFilAction");
  const stop = await demarrerServeur({
    port: PORT,
    env: { DATABASE_NAME, NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: "bench-charge-0123456789abcdef0123456789", LOG_LEVEL: "warn" },
    sante: "/api/health/ready", // (the server and its worker)
    // BENCH_JOURNAL=fichier: the server's and the worker's JSON log lines, to see why a request failed.
    stdout: process.env.BENCH_JOURNAL ? fs.openSync(process.env.BENCH_JOURNAL, "w") : "ignore",
  });
  try {
    const nb = { lecteurs: Math.round(USERS * 0.4), redacteurs: Math.round(USERS * 0.3), finance: Math.round(USERS * 0.2) };
    const importeurs = Math.max(0, USERS - nb.lecteurs - nb.redacteurs - nb.finance);
    const donnees = await preparer(nb.redacteurs);
    const texteAImporter = fs.readFileSync(A_IMPORTER);
    await sleep(REST * 1000);
    console.log(
      `Prêts ; au repos avant toute charge : serveur ${rssMiB(PROCESSUS.serveur)} Mio, worker ${rssMiB(PROCESSUS.worker)} Mio. ` +
        `${USERS} agents (${nb.lecteurs} lecteurs, ${nb.redacteurs} rédacteurs, ${nb.finance} DINUM finance, ${importeurs} imports), ${SECONDS} s × ${RUNS} passes.`,
    );

    // Logged in once for every pass (as agents stay logged in; the sign-in throttle would refuse
    // the same 50 logins again a minute later).
    const mesures: Mesure[] = [];
    const agents = await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        const agent = new Agent(mesures);
        const role =
          i < nb.lecteurs ? "lecteur" : i < nb.lecteurs + nb.redacteurs ? "redacteur" : i < USERS - importeurs ? "finance" : "import";
        await agent.login(role === "finance" ? FINANCE : role === "lecteur" ? LECTEUR : REDACTEUR, PASSWORD);
        return { agent, role, i };
      }),
    );
    for (let passe = 1; passe <= RUNS; passe++) {
      mesures.length = 0; // (each pass its own figures)
      const pic = { serveur: 0, worker: 0 };
      const echantillons = setInterval(() => {
        pic.serveur = Math.max(pic.serveur, rssMiB(PROCESSUS.serveur));
        pic.worker = Math.max(pic.worker, rssMiB(PROCESSUS.worker));
      }, 1000);
      const fin = performance.now() + SECONDS * 1000;
      const t0 = performance.now();
      await Promise.all(
        agents.map(async ({ agent, role, i }) => {
          let tour = i;
          const brouillon = donnees.brouillons[(i - nb.lecteurs) % donnees.brouillons.length];
          while (performance.now() < fin) {
            const signee = donnees.signees[tour++ % donnees.signees.length]!;
            if (role === "lecteur") {
              await agent.requete("liste", `/conventions?page=${(tour % 3) + 1}`);
              await agent.requete("recherche", `/conventions?q=${["webinaire", "visioconf", "DINUM", "Audran"][tour % 4]}`);
              await agent.requete("convention", `/conventions/${signee}`);
              await agent.requete("historique", `/conventions/${signee}/historique`);
              await agent.requete("pdf", `/conventions/${signee}/pdf`);
            } else if (role === "redacteur" && brouillon) {
              await agent.requete("formulaire", `/conventions/${brouillon.id}/modifier`);
              const objet = `Bench de charge, passe ${passe}, tour ${tour}.`;
              const reponse = await agent.action("enregistrer", `/conventions/${brouillon.id}/modifier`, ENREGISTRER, [
                brouillon.id,
                { ...brouillon.input, objet },
              ]);
              const version = /"version":(\d+)/.exec(reponse)?.[1];
              if (version) brouillon.input = { ...brouillon.input, objet, version: Number(version) };
              await agent.requete("convention", `/conventions/${brouillon.id}`);
            } else if (role === "finance") {
              await agent.requete("tableau de bord", `/finances`);
              await agent.requete("tableau de bord", `/finances?par=uo`);
              await agent.requete("exécution", `/conventions/${signee}/execution`);
              await agent.action("commenter", `/conventions/${donnees.enRevue}`, COMMENTER, [
                { conventionId: donnees.enRevue, section: "echeancier", texte: `Question de charge ${passe}-${tour}.` },
              ]);
              await agent.requete("échéances", `/echeances`);
            } else {
              const form = new FormData();
              form.set("fichier", new Blob([texteAImporter], { type: "text/plain" }), `bench-${passe}-${tour}.txt`);
              const lignes = await agent.requete("import (envoi)", "/televersement/document", { method: "POST", body: form });
              const travail = /"travailId":"([^"]+)"/.exec(lignes)?.[1];
              if (!travail) continue;
              // The review page, once the worker has read the document (as the page's poll does).
              for (let essai = 0; essai < 30 && performance.now() < fin; essai++) {
                const page = await agent.requete("import (revue)", `/conventions/importer/${travail}`);
                if (!page.includes("en cours.</strong>")) break;
                await sleep(1000);
              }
            }
          }
        }),
      );
      const duree = (performance.now() - t0) / 1000;
      clearInterval(echantillons);
      await sleep(REST * 1000);
      const tout = mesures.map((m) => m.ms);
      const erreurs = mesures.filter((m) => !m.ok).length;
      console.log(
        `\nPasse ${passe} : ${mesures.length} requêtes en ${duree.toFixed(0)} s — ${(mesures.length / duree).toFixed(1)} requêtes/s, ` +
          `p50 ${centile(tout, 50).toFixed(0)} ms, p95 ${centile(tout, 95).toFixed(0)} ms, p99 ${centile(tout, 99).toFixed(0)} ms, ${erreurs} en erreur`,
      );
      const sortes = [...new Set(mesures.map((m) => m.sorte))];
      for (const sorte of sortes) {
        const v = mesures.filter((m) => m.sorte === sorte).map((m) => m.ms);
        console.log(
          `  ${sorte.padEnd(16)} ${String(v.length).padStart(6)} · p50 ${centile(v, 50).toFixed(0).padStart(5)} · p95 ${centile(v, 95).toFixed(0).padStart(5)} · p99 ${centile(v, 99).toFixed(0).padStart(5)} ms`,
        );
      }
      console.log(
        `  mémoire résidente (Mio) : serveur pic ${pic.serveur}, au repos ${rssMiB(PROCESSUS.serveur)} · worker pic ${pic.worker}, au repos ${rssMiB(PROCESSUS.worker)}`,
      );
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
