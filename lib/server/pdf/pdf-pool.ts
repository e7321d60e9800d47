// Renders PDFs in worker threads (piscina) so that a 100–300 ms render never blocks the server's
// event loop and exports use every core. Workers run the bundle made by scripts/build-pdf-worker.ts
// at `npm run build`; without it (next dev, tests before the build) or with PDF_WORKERS=0, the
// render happens in this thread. One worker stays warm: fonts and shaping cache loaded.
import "server-only";
import { avecXmp } from "./xmp";
import fs from "node:fs";
import os from "node:os";
import { Piscina } from "piscina";
import type { PdfConvention } from "@/lib/pdf/data";
import { articlesModeleDinum, BASES_LEGALES_DINUM } from "@/lib/domain/modele-dinum";
import { PDF_WORKER_FILE } from "@/lib/pdf/worker-file";
import { titreArticle } from "./build-convention-pdf-data";
import { environnement } from "../environnement";
import { journal } from "../journal";
import { metriques } from "../metriques";

// One per core, at most 4 by default (each holds react-pdf, the fonts and their caches: ~200 MiB).
const DEFAULT_THREADS = Math.min(4, os.availableParallelism());

function sansConditions(args: readonly string[]): string[] {
  const gardes: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--conditions" || args[i] === "-C") i++;
    else if (!args[i]!.startsWith("--conditions=")) gardes.push(args[i]!);
  }
  return gardes;
}

export function createPdfPool(filename: string, threads = environnement().PDF_WORKERS ?? DEFAULT_THREADS): Piscina {
  // PDF_WORKER_HEAP_MB bounds each worker's heap if set (react-pdf and its caches need ~150 MiB, and
  // grow between recycles: a bound too tight makes a worker fail mid-render).
  const heap = environnement().PDF_WORKER_HEAP_MB;
  return new Piscina({
    filename,
    // Threads of a process started with `--conditions=react-server` (the job worker, under tsx) would
    // resolve React to its server build, which react-pdf's reconciler cannot use.
    execArgv: sansConditions(process.execArgv),
    minThreads: 1,
    maxThreads: Math.max(1, threads),
    idleTimeout: 10 * 60_000,
    ...(heap > 0 ? { resourceLimits: { maxOldGenerationSizeMb: heap } } : {}),
  });
}

// The server's resident memory grew by ~75 MiB per 250 exports and never came back (npm run
// bench:memory; without exports it levels off): a pool's workers are replaced by fresh ones every
// `recycleAfter` renders (PDF_WORKER_RECYCLE) — the old workers finish what they run, then end.
export class PoolRecycle {
  private pool: Piscina;
  private rendus = 0;
  private readonly enCours = new Map<Piscina, number>();
  private readonly retires = new Set<Piscina>();
  constructor(
    private readonly filename: string,
    private readonly threads = environnement().PDF_WORKERS ?? DEFAULT_THREADS,
    private readonly recycleAfter = environnement().PDF_WORKER_RECYCLE,
    private readonly onRecycle: () => void = () => {},
  ) {
    this.pool = createPdfPool(filename, threads);
  }
  get maxThreads() {
    return this.pool.options.maxThreads;
  }
  /** The worker threads now serving (to see them replaced). */
  get threadIds(): number[] {
    return this.pool.threads.map((t) => t.threadId);
  }
  async run(data: PdfConvention): Promise<Uint8Array> {
    if (this.recycleAfter > 0 && ++this.rendus > this.recycleAfter) {
      this.rendus = 1;
      const ancien = this.pool;
      this.pool = createPdfPool(this.filename, this.threads);
      this.retires.add(ancien);
      if (!this.enCours.get(ancien)) this.fermer(ancien);
      this.onRecycle();
    }
    // The pool a render was sent to ends only once none of its renders is left.
    const pool = this.pool;
    this.enCours.set(pool, (this.enCours.get(pool) ?? 0) + 1);
    try {
      return await pool.run(data);
    } finally {
      const restants = this.enCours.get(pool)! - 1;
      this.enCours.set(pool, restants);
      if (restants === 0 && this.retires.has(pool)) this.fermer(pool);
    }
  }
  private fermer(pool: Piscina) {
    this.retires.delete(pool);
    this.enCours.delete(pool);
    void pool.destroy().catch(() => {});
  }
  async destroy() {
    await Promise.all([this.pool, ...this.retires].map((p) => p.destroy()));
  }
}

let pool: PoolRecycle | null | undefined;

function sharedPool(): PoolRecycle | null {
  if (pool === undefined) {
    pool =
      environnement().PDF_WORKERS !== 0 && fs.existsSync(PDF_WORKER_FILE)
        ? new PoolRecycle(PDF_WORKER_FILE, undefined, undefined, () => warmPdfPool())
        : null;
    journal().info(
      pool
        ? `Export PDF : jusqu'à ${pool.maxThreads} worker(s)`
        : "Export PDF : rendu dans le thread du serveur (worker non construit ou PDF_WORKERS=0)",
    );
  }
  return pool;
}

/** The PDF of a document: in a worker thread when the worker is built, here otherwise. */
export async function renderPdf(data: PdfConvention, on: Piscina | PoolRecycle | null = sharedPool()): Promise<Buffer> {
  try {
    const pdf = await rendre(data, on);
    metriques().rendusPdf.inc({ resultat: "succes" });
    return pdf;
  } catch (error) {
    metriques().rendusPdf.inc({ resultat: "echec" });
    throw error;
  }
}

async function rendre(data: PdfConvention, on: Piscina | PoolRecycle | null): Promise<Buffer> {
  if (!on) {
    // Loaded only here: the job worker (tsx) cannot load react-pdf's modules itself and renders in
    // the built worker threads.
    const { renderConventionPdf } = await import("./render-convention-pdf");
    return avecXmp(await renderConventionPdf(data), data.meta);
  }
  const bytes: Uint8Array = await on.run(data);
  return avecXmp(bytes, data.meta);
}

// Rendered once per worker at server start: every kind of block, and the DINUM model's wording,
// which most conventions start from, so that its words are already in the shaping cache.
export const PRECHAUFFAGE: PdfConvention = {
  meta: { title: "Préchauffage", subject: "", author: "", fileName: "prechauffage.pdf" },
  reference: "PRECHAUFFAGE",
  signee: false,
  titre: "Convention de délégation de gestion du 1er janvier 2026",
  parties: [
    {
      libelle: "La Direction interministérielle du numérique (DINUM)",
      adresse: "20 avenue de Ségur, 75007 Paris",
      representation: "Représentée par sa directrice",
      denomination: "Ci-après dénommée « DINUM »",
    },
  ],
  visas: BASES_LEGALES_DINUM.map((v) => `Vu ${v} ;`),
  preambule: { titre: "Préambule", texte: "Le délégant confie au délégataire **la gestion** de crédits ; *montant* : 120 000 €." },
  formuleAccord: "Il a été convenu ce qui suit :",
  articles: [
    { titre: "Article 0 : Blocs", corps: "### Engagements\n- un point ;\n- un autre.\n[[echeancier]]", notes: ["Une note."] },
    ...articlesModeleDinum({
      delegataire: { denomination: "la DINUM" },
      objet: "la délégation de gestion des crédits du service numérique",
      centreFinancier: "0129-CDIN-DINU",
      plafondAe: 12_000_000n, // cents
      plafondCp: 12_000_000n,
      dateFin: "2026-12-31",
      regleDuree: "JUSQU_AU_REGLEMENT",
      pointDepart: "NOTIFICATION",
      preavisMois: 3,
      bulletinOfficiel: "du ministère de l'Éducation nationale",
    }).map((a) => ({ titre: titreArticle(a.numero, a.titre), corps: a.corps, notes: [] })),
  ],
  tableaux: {
    echeancier: { colonnes: ["Année", "AE", "CP"], lignes: [["2026", "120 000 €", "60 000 €"]], total: ["Total", "120 000 €", "60 000 €"] },
  },
  faitA: "Fait à Paris, le 1er janvier 2026",
  signatures: [{ mention: "Pour la DINUM,", nom: "Prénom Nom", qualite: "directrice", date: null }],
  annexes: [
    {
      titre: "Annexe 1 : Tableau",
      texte: null,
      tableau: { colonnes: ["Rubrique", "Délégant", "Délégataire"], lignes: [["Sécurité", "Oui", "Non"]] },
    },
  ],
};

/** Starts every worker and renders one small document in each (errors are only logged). */
export function warmPdfPool() {
  const on = sharedPool();
  if (!on) return;
  void Promise.all(Array.from({ length: on.maxThreads }, () => renderPdf(PRECHAUFFAGE, on))).catch((error) =>
    journal().error({ err: error }, "Préchauffage de l'export PDF en échec"),
  );
}
