// npm run bench:import — the import as `npm run import` and the review screen run it
// (analyserFichier: format, text, OCR when needed, extraction, findings), per document kind:
// the three real conventions as text PDFs (printed by Chromium) and as Word files, and their pages
// scanned at 200 dpi (OCR, per page). Prints p50/p95 per document and the process's peak resident
// memory (the OCR runs in worker threads of this process, so it counts). BENCH_RUNS (10).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyserFichier } from "../../lib/server/import/analyse-fichier";
import { CONTEXTE_DEMO } from "../../prisma/seed/contexte-import";
import { docxDepuisTexte } from "../../tests/helpers/docx";
import { stats } from "./mesure";

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const DOSSIER = path.join(__dirname, "../../tests/fixtures/import");
let pic = 0;
const echantillon = setInterval(() => (pic = Math.max(pic, process.memoryUsage().rss)), 20);
const mo = (o: number) => `${Math.round(o / 1024 / 1024)} Mo`;

async function mesurer(nom: string, octets: Uint8Array, runs = RUNS) {
  const temps: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const a = await analyserFichier(octets, CONTEXTE_DEMO);
    temps.push(performance.now() - t);
    pages = a.fichier.pages;
  }
  console.log(`${nom.padEnd(44)} ${String(pages).padStart(2)} p. · ${stats(temps).replace("requêtes", "lectures")}`);
  return temps;
}

async function main() {
  const base = process.memoryUsage().rss;
  console.log(`Import — ${RUNS} lectures par document, mémoire au départ ${mo(base)}\n`);
  for (const f of readdirSync(path.join(DOSSIER, "pdf")).sort())
    await mesurer(`PDF texte ${f}`, new Uint8Array(readFileSync(path.join(DOSSIER, "pdf", f))));
  for (const f of readdirSync(DOSSIER)
    .filter((n) => n.startsWith("seed-") && n.endsWith(".txt"))
    .sort())
    await mesurer(`Word ${f.replace(".txt", ".docx")}`, await docxDepuisTexte(readFileSync(path.join(DOSSIER, f), "utf8")));
  const avantOcr = pic;
  // OCR: every page of seed 003 scanned at 200 dpi, each read once (a fresh worker per document, as in the app)
  const scans = mkdtempSync(path.join(os.tmpdir(), "bench-scan-"));
  execFileSync("pdftoppm", ["-r", "200", "-png", path.join(DOSSIER, "pdf", "seed-003-webinaire-2024.pdf"), path.join(scans, "p")]);
  const pagesScannees = readdirSync(scans).sort();
  const parPage: number[] = [];
  for (const p of pagesScannees)
    parPage.push(...(await mesurer(`OCR ${p} (200 dpi)`, new Uint8Array(readFileSync(path.join(scans, p))), 1)));
  console.log(`\nOCR par page : ${stats(parPage).replace("requêtes", "pages")}`);
  clearInterval(echantillon);
  console.log(`Mémoire résidente maximale : ${mo(avantOcr)} (PDF et Word), ${mo(pic)} (avec l'OCR) ; au départ ${mo(base)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
