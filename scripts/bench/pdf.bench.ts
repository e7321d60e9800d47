// npm run bench:pdf (run by vitest, which loads react-pdf as an ES module; tsx cannot here) — react-pdf export of each seed convention and of a 40-article, ~20-page convention:
// median/p95 ms, pages, bytes, throughput with 8 concurrent exports, peak memory; then the same
// documents printed by a warm headless Chromium from the app's own HTML page (page.pdf()).
// Runs with NODE_ENV=production, as the server does (React's development build is slower).
// Two react-pdf figures: as in the running app (the word-level shaping cache of lib/pdf/shape-cache.ts
// warm, as after a few exports), with that cache emptied before every render (a document whose words
// the server has never shaped: only the repetitions inside the document help), and for a document
// never exported after the other seeds (the cache holds the common words, not its own).
import { it } from "vitest";
import { spawn } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import { resolveDatabase, dropDatabase } from "../lib/database";
import { createPrismaClient } from "../../prisma/client";
import { getConvention } from "../../lib/server/conventions/get-convention";
import { buildConventionPdfData } from "../../lib/server/pdf/build-convention-pdf-data";
import { renderConventionPdf } from "../../lib/server/pdf/render-convention-pdf";
import { clearShapingCaches } from "../../lib/pdf/fonts";
import { createPdfPool, renderPdf } from "../../lib/server/pdf/pdf-pool";
import { buildPdfWorker } from "../lib/pdf-worker-bundle";
import { insertConvention } from "../../prisma/seed/insert";
import { SEED_CONVENTIONS, convention2024Webinaire } from "../../prisma/seed/index";
import type { PdfConvention } from "../../lib/pdf/data";

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const PORT = 3300;
const DATABASE = "conventions_bench_pdf";
const pages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const stat = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! };
};

/** 8 exporters at once, 10 documents each, taken in turn from `docs`: count, duration, latencies. */
async function eightConcurrentExports(docs: PdfConvention[], render: (data: PdfConvention) => Promise<Buffer>) {
  const start = performance.now();
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        await render(docs[(w + i) % docs.length]!);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { done: latencies.length, seconds: (performance.now() - start) / 1000, latencies };
}

async function main() {
  process.env.DATABASE_NAME = DATABASE;
  const database = await resolveDatabase({ database: DATABASE, log: () => {} });
  await dropDatabase(database.url);
  // The app itself, on the same throwaway database (migrations + demo data), for the Chromium side.
  // The app builds and runs as `npm run demo` does: without this process's NODE_ENV.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "NODE_ENV")) as NodeJS.ProcessEnv;
  const app = spawn("npx", ["tsx", "scripts/start.ts", "--demo", "--port", String(PORT)], {
    env: { ...env, DATABASE_NAME: DATABASE, NEXTAUTH_URL: `http://localhost:${PORT}` },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let appErrors = "";
  app.stderr.on("data", (chunk) => (appErrors += chunk));
  const stop = () => {
    try {
      process.kill(-app.pid!, "SIGTERM");
    } catch {}
  };
  try {
    for (let i = 0; ; i++) {
      const ok = await fetch(`http://localhost:${PORT}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      if (app.exitCode !== null || i === 300)
        throw new Error(`L'application ne démarre pas sur le port ${PORT} :\n${appErrors.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    process.env.DATABASE_URL = database.url; // the use cases measured take their client from lib/server/db.ts
    const db = createPrismaClient(database.url, { poolSize: 4 });
    const long = await insertConvention(db, {
      ...convention2024Webinaire,
      reference: "BENCH-PDF-40-ARTICLES",
      intitule: "Convention de 40 articles",
      articles: Array.from({ length: 40 }, (_, i) => ({
        numero: String(i + 1),
        titre: `Article de référence ${i + 1}`,
        corps: `${convention2024Webinaire.articles[i % 10]!.corps}\n${"Le délégataire rend compte au délégant de l'exécution des dépenses. ".repeat(10)}${i === 20 ? "\n[[echeancier]]\n[[imputation]]" : ""}`,
      })),
      echeancier: Array.from({ length: 12 }, (_, i) => ({ annee: 2024 + i, ae: "10000", cp: "10000" })),
      plafondAe: "120000",
      plafondCp: "120000",
    });
    const admin = { id: "bench", roles: ["ADMINISTRATEUR" as const], organisationId: null };
    const docs = [...SEED_CONVENTIONS.map((s) => s.reference), "BENCH-PDF-40-ARTICLES"];
    const ids = new Map<string, string>();
    for (const ref of docs) ids.set(ref, (await db.convention.findUniqueOrThrow({ where: { reference: ref } })).id);
    void long;

    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    console.log(`react-pdf (${RUNS} rendus par document après un rendu d'échauffement ; NODE_ENV=${process.env.NODE_ENV})`);
    const reactPdf = new Map<string, number>();
    const reactPdfCold = new Map<string, number>();
    for (const ref of docs) {
      const data = buildConventionPdfData(await getConvention(admin, ids.get(ref)!));
      clearShapingCaches();
      const first = performance.now();
      let pdf = await renderConventionPdf(data);
      const firstMs = performance.now() - first;
      const warm: number[] = [];
      const cold: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        let t = performance.now();
        pdf = await renderConventionPdf(data);
        warm.push(performance.now() - t);
        clearShapingCaches();
        t = performance.now();
        pdf = await renderConventionPdf(data);
        cold.push(performance.now() - t);
      }
      const w = stat(warm);
      const c = stat(cold);
      reactPdf.set(ref, w.median);
      reactPdfCold.set(ref, c.median);
      console.log(
        `  ${ref.padEnd(22)} médiane ${w.median.toFixed(0)} ms · p95 ${w.p95.toFixed(0)} ms · cache de mise en forme vide : médiane ${c.median.toFixed(0)} ms, p95 ${c.p95.toFixed(0)} ms · 1er rendu ${firstMs.toFixed(0)} ms · ${pages(pdf)} pages · ${(pdf.length / 1024).toFixed(0)} Kio`,
      );
    }
    const all = await Promise.all(docs.map(async (ref) => buildConventionPdfData(await getConvention(admin, ids.get(ref)!))));
    // A document the server has never exported, after the other seeds (the usual case: most words
    // of a convention are already in the cache, not those particular to it).
    console.log(`react-pdf, document jamais exporté : cache vidé puis les autres seeds rendus avant lui (${Math.min(RUNS, 15)} fois)`);
    for (const [index, ref] of docs.entries()) {
      const samples: number[] = [];
      for (let i = 0; i < Math.min(RUNS, 15); i++) {
        clearShapingCaches();
        for (const [other, seed] of all.slice(0, SEED_CONVENTIONS.length).entries()) if (other !== index) await renderConventionPdf(seed);
        const t = performance.now();
        await renderConventionPdf(all[index]!);
        samples.push(performance.now() - t);
      }
      const { median, p95 } = stat(samples);
      console.log(`  ${ref.padEnd(22)} médiane ${median.toFixed(0)} ms · p95 ${p95.toFixed(0)} ms`);
    }
    const inThread = await eightConcurrentExports(all, renderConventionPdf);
    clearInterval(sampler);
    console.log(
      `  8 exports simultanés dans le processus : ${inThread.done} PDF en ${inThread.seconds.toFixed(1)} s, soit ${(inThread.done / inThread.seconds).toFixed(1)} PDF/s ; mémoire maximale ${(peak / 1024 / 1024).toFixed(0)} Mio (RSS)`,
    );

    // As the server does it: a pool of worker threads (lib/server/pdf/pdf-pool.ts), one per core.
    const workerFile = await buildPdfWorker(path.join(process.cwd(), ".next", "pdf-worker-bench", "pdf-worker.mjs"));
    const pool = createPdfPool(workerFile);
    await Promise.all(Array.from({ length: pool.options.maxThreads }, () => renderPdf(all[0]!, pool)));
    peak = 0;
    const sampler2 = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const inWorkers = await eightConcurrentExports(all, (data) => renderPdf(data, pool));
    clearInterval(sampler2);
    const { median, p95 } = stat(inWorkers.latencies);
    console.log(
      `  8 exports simultanés dans ${pool.options.maxThreads} workers : ${inWorkers.done} PDF en ${inWorkers.seconds.toFixed(1)} s, soit ${(inWorkers.done / inWorkers.seconds).toFixed(1)} PDF/s (attente + rendu : médiane ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms) ; mémoire maximale du processus, workers compris ${(peak / 1024 / 1024).toFixed(0)} Mio (RSS)`,
    );
    await pool.destroy();

    console.log(
      `Chromium headless (page HTML de l'application, page.pdf(), navigateur chaud, ${Math.min(RUNS, 20)} impressions par document)`,
    );
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    const page = await browser.newPage();
    await page.goto(`http://localhost:${PORT}/connexion`);
    await page.getByRole("textbox", { name: /Adresse électronique/ }).fill("admin@demo.numerique.gouv.fr");
    await page.getByLabel("Mot de passe", { exact: true }).fill(process.env.DEMO_PASSWORD || "Conventions-demo-2026");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL("**/conventions");
    for (const ref of docs) {
      await page.goto(`http://localhost:${PORT}/conventions/${ids.get(ref)}`);
      await page.pdf({ format: "A4" });
      const printOnly: number[] = [];
      const withLoad: number[] = [];
      let pdf: Buffer = Buffer.alloc(0);
      for (let i = 0; i < Math.min(RUNS, 20); i++) {
        const t = performance.now();
        await page.goto(`http://localhost:${PORT}/conventions/${ids.get(ref)}`, { waitUntil: "load" });
        const t2 = performance.now();
        pdf = await page.pdf({ format: "A4" });
        printOnly.push(performance.now() - t2);
        withLoad.push(performance.now() - t);
      }
      const a = stat(printOnly);
      const b = stat(withLoad);
      const ratio = (ours: number, theirs: number) => (ours / theirs).toFixed(2);
      console.log(
        `  ${ref.padEnd(22)} page.pdf() médiane ${a.median.toFixed(0)} ms (p95 ${a.p95.toFixed(0)}) · chargement + impression ${b.median.toFixed(0)} ms · ${pages(pdf)} pages`,
      );
      console.log(
        `  ${"".padEnd(22)} ratio react-pdf / page.pdf() ${ratio(reactPdf.get(ref)!, a.median)} (cache vide ${ratio(reactPdfCold.get(ref)!, a.median)}) · react-pdf / chargement + impression ${ratio(reactPdf.get(ref)!, b.median)} (cache vide ${ratio(reactPdfCold.get(ref)!, b.median)})`,
      );
    }
    await browser.close();
    await db.$disconnect();
  } finally {
    stop();
    await new Promise((r) => setTimeout(r, 1500));
    await dropDatabase(database.url).catch(() => {});
    await database.server?.stop();
  }
}

it("bench:pdf", main, 900_000);
