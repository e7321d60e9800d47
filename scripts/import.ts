// npm run -s import -- FICHIER… [--dir DOSSIER] [--json] [--sans-ocr] [--save [--signe] [--agent EMAIL] [--convention REFERENCE]]
// Reads conventions and avenants (PDF, scan, image, .docx, text) into structured documents
// (docs/import.md). With --json: one JSON object per file on stdout, one per line (progress on
// stderr). --save creates drafts in the app's database, --signe signed historical records keeping
// the file as their signed copy (idempotent by SHA-256), on behalf of --agent (else an
// administrator); an avenant is attached to --convention, else to the convention its text names
// without doubt. The referential is the app's database's when DATABASE_URL is set or --save is
// given, else the demo referential.
import fs from "node:fs/promises";
import path from "node:path";
import { ErreurMetier } from "../lib/domain/erreurs";
import { SEUIL_CONFIANCE } from "../lib/domain/import";
import { analyserFichier, type AnalyseFichier } from "../lib/server/import/analyse-fichier";
import { CONTEXTE_DEMO } from "../prisma/seed/contexte-import";
import { loadEnvFiles } from "./lib/env-files";

const EXTENSIONS = /\.(pdf|png|jpe?g|tiff?|docx|txt|text|md)$/i;
const dire = (texte: string) => process.stderr.write(`${texte}\n`);

function lireArguments(argv: string[]) {
  const fichiers: string[] = [];
  const dossiers: string[] = [];
  const options = {
    json: false,
    save: false,
    signe: false,
    ocr: true,
    agent: undefined as string | undefined,
    convention: undefined as string | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") options.json = true;
    else if (a === "--save") options.save = true;
    else if (a === "--signe") options.signe = true;
    else if (a === "--agent") options.agent = argv[++i];
    else if (a === "--convention") options.convention = argv[++i];
    else if (a === "--sans-ocr") options.ocr = false;
    else if (a === "--dir") dossiers.push(argv[++i] ?? "");
    else if (a === "--help" || a === "-h") {
      dire(
        "Usage : npm run -s import -- FICHIER… [--dir DOSSIER] [--json] [--sans-ocr] [--save [--signe] [--agent EMAIL] [--convention REFERENCE]]",
      );
      process.exit(0);
    } else if (a.startsWith("--")) throw new Error(`Option inconnue : ${a}`);
    else fichiers.push(a);
  }
  return { fichiers, dossiers, options };
}

/** The JSON the command prints for a file (docs/import.md). */
export function sortieJson(fichier: string, a: AnalyseFichier) {
  return {
    fichier,
    sha256: a.fichier.sha256,
    format: a.fichier.format,
    pages: a.fichier.pages,
    pagesLuesParOcr: a.fichier.pagesLuesParOcr,
    nature: a.document.nature,
    document: a.document,
    confiance: a.confiance,
    champsAVerifier: Object.entries(a.confiance)
      .filter(([, c]) => c < SEUIL_CONFIANCE)
      .map(([champ]) => champ),
    sources: a.sources,
    constats: a.constats,
  };
}

async function main() {
  loadEnvFiles();
  const { fichiers, dossiers, options } = lireArguments(process.argv.slice(2));
  for (const d of dossiers) {
    const entrees = await fs.readdir(d, { withFileTypes: true });
    fichiers.push(
      ...entrees
        .filter((e) => e.isFile() && EXTENSIONS.test(e.name))
        .map((e) => path.join(d, e.name))
        .sort(),
    );
  }
  if (!fichiers.length) throw new Error("Indiquez au moins un fichier (ou --dir DOSSIER).");
  let enregistrer: ((a: AnalyseFichier, octets: Uint8Array, nom: string) => Promise<string>) | null = null;
  if (options.signe && !options.save) throw new Error("--signe va avec --save.");
  let fermer = async () => {};
  let contexte = CONTEXTE_DEMO;
  if (options.save || process.env.DATABASE_URL) {
    const { ouvrirBase } = await import("./lib/import-base");
    const base = await ouvrirBase({ agent: options.agent, convention: options.convention });
    contexte = base.contexte;
    fermer = base.fermer;
    if (options.save) enregistrer = (a, octets, nom) => base.enregistrer(a, octets, nom, options.signe ? "SIGNE" : "BROUILLON");
  }
  let echecs = 0;
  try {
    for (const [k, fichier] of fichiers.entries()) {
      const prefixe = `[${k + 1}/${fichiers.length}] ${path.basename(fichier)}`;
      dire(`${prefixe} : lecture…`);
      try {
        const octets = new Uint8Array(await fs.readFile(fichier));
        const debut = performance.now();
        const analyse = await analyserFichier(octets, contexte, {
          ocr: options.ocr,
          progres: (fait, total, page) => {
            dire(`${prefixe} : lecture des images, page ${page} (${fait}/${total})`);
          },
        });
        const duree = Math.round(performance.now() - debut);
        // a document that cannot be saved is still printed, with why under « enregistre »
        let enregistre: string | null = null;
        if (enregistrer)
          try {
            enregistre = await enregistrer(analyse, octets, path.basename(fichier));
          } catch (e) {
            echecs++;
            enregistre = `non enregistré : ${e instanceof Error ? e.message : String(e)}`;
          }
        if (options.json) ecrire(`${JSON.stringify({ ...sortieJson(fichier, analyse), ...(enregistre ? { enregistre } : {}) })}\n`);
        else {
          const d = analyse.document;
          ecrire(
            `${fichier} — ${d.nature === "AVENANT" ? `Avenant n° ${d.avenant?.numero ?? "?"}` : d.titre} : ${d.parties.length} partie(s), ${d.articles.length} article(s), ${analyse.constats.length} constat(s)${enregistre ? ` — ${enregistre}` : ""}\n`,
          );
          for (const c of analyse.constats) ecrire(`  ${c.gravite === "erreur" ? "✗" : "!"} ${c.message}\n`);
        }
        dire(`${prefixe} : fait en ${duree} ms`);
      } catch (e) {
        echecs++;
        const erreur =
          e instanceof ErreurMetier
            ? { code: e.code, message: e.message }
            : { code: "ERREUR", message: e instanceof Error ? e.message : String(e) };
        if (options.json) ecrire(`${JSON.stringify({ fichier, erreur })}\n`);
        else ecrire(`${fichier} — ✗ ${erreur.message}\n`);
        dire(`${prefixe} : ✗ ${erreur.message}`);
      }
    }
  } finally {
    await fermer();
  }
  // stdout piped is written asynchronously: every line out before the process ends (a JSON object of
  // more than the pipe's 64 KiB was cut short otherwise)
  await ecrits;
  process.exit(echecs ? 1 : 0);
}

let ecrits: Promise<unknown> = Promise.resolve();
function ecrire(texte: string) {
  const fait = new Promise((r) => process.stdout.write(texte, r));
  ecrits = ecrits.then(() => fait);
}

main().catch((e) => {
  dire(`✖ ${e instanceof Error ? e.message : e}`);
  process.exit(2);
});
