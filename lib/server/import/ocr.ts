// Reading scanned pages and images, fully offline: tesseract.js (WebAssembly) with the French model
// shipped in @tesseract.js-data/fra, one page at a time, each under a time limit; a scanned PDF's
// pages are rendered first by poppler's pdftoppm (200 dpi, grey, isolated specks removed). Word boxes are kept, in the page's own
// units (PDF points for a PDF, pixels for an image), for the review screen's highlights.
import "server-only";
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { hauteurDesMots, motsLisibles, type Mot, type PagePositionnee } from "@/lib/domain/import/mise-en-page";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { environnement } from "../environnement";

const executer = promisify(execFile);
const DPI = 200;
const delaiOcrPageMs = () => environnement().IMPORT_OCR_DELAI_PAGE_MS;

type Travailleur = Awaited<ReturnType<(typeof import("tesseract.js"))["createWorker"]>>;

async function nouveauTravailleur(): Promise<Travailleur> {
  const { createWorker, OEM } = await import("tesseract.js");
  const langPath = path.join(process.cwd(), "node_modules/@tesseract.js-data/fra/4.0.0_best_int");
  const travailleur = await createWorker("fra", OEM.LSTM_ONLY, { langPath, cacheMethod: "none", gzip: true, logger: () => {} });
  // Tesseract's own notes (« Detected N diacritics ») go nowhere, not into the server's log
  await travailleur.setParameters({ debug_file: "/dev/null" });
  return travailleur;
}

export class OcrEchoue extends ErreurMetier {}

/** One page image to positioned words, or an error naming the page after the time limit. */
async function reconnaitre(
  image: Buffer,
  numero: number,
  echelle: number,
  largeur: number,
  hauteur: number,
  travailleur: { t: Travailleur | null },
): Promise<PagePositionnee> {
  travailleur.t ??= await nouveauTravailleur();
  const t = travailleur.t;
  let minuterie: NodeJS.Timeout | undefined;
  const delai = new Promise<never>((_, refuser) => {
    minuterie = setTimeout(
      () =>
        refuser(
          new OcrEchoue(
            "OCR_TROP_LONG",
            `La lecture de la page ${numero} a dépassé ${Math.round(delaiOcrPageMs() / 1000)} s : elle a été abandonnée.`,
          ),
        ),
      delaiOcrPageMs(),
    );
  });
  try {
    const { data } = await Promise.race([t.recognize(image, { rotateAuto: true }, { blocks: true, text: false }), delai]);
    const lignes: Mot[][] = [];
    for (const b of data.blocks ?? [])
      for (const p of b.paragraphs)
        for (const l of p.lines)
          lignes.push(
            l.words
              .filter((w) => w.text.trim())
              .map((w) => ({
                texte: w.text,
                x: w.bbox.x0 * echelle,
                y: w.bbox.y0 * echelle,
                largeur: (w.bbox.x1 - w.bbox.x0) * echelle,
                hauteur: (w.bbox.y1 - w.bbox.y0) * echelle,
                confiance: w.confidence / 100,
              })),
          );
    // each line without what specks, shading and table rules made the OCR read
    const hauteurTexte = hauteurDesMots(lignes.flat());
    return {
      numero,
      largeur,
      hauteur,
      mots: lignes.flatMap((l) => motsLisibles(l, hauteurTexte)),
      // read straightened: the highlights go back onto the slanted page as shown
      ...(data.rotateRadians ? { redressement: data.rotateRadians } : {}),
    };
  } catch (e) {
    // a stuck recognition holds the worker: it is ended, the next page gets a new one
    await t.terminate().catch(() => {});
    travailleur.t = null;
    if (e instanceof OcrEchoue) throw e;
    throw new OcrEchoue("OCR_ECHEC", `La page ${numero} n'a pas pu être lue (${(e as Error).message ?? "erreur inconnue"}).`);
  } finally {
    clearTimeout(minuterie);
  }
}

export type ProgresOcr = (fait: number, total: number, page: number) => void | Promise<void>;

/** The scanned pages of a PDF, read by OCR; a page that fails is reported, the others still read. */
export async function ocrPdf(
  octets: Uint8Array,
  pages: readonly { numero: number; largeur: number; hauteur: number }[],
  progres?: ProgresOcr,
): Promise<{ pages: PagePositionnee[]; echecs: { page: number; message: string }[] }> {
  const dossier = await fs.mkdtemp(path.join(os.tmpdir(), "import-ocr-"));
  const travailleur: { t: Travailleur | null } = { t: null };
  const lues: PagePositionnee[] = [];
  const echecs: { page: number; message: string }[] = [];
  try {
    const fichier = path.join(dossier, "document.pdf");
    await fs.writeFile(fichier, octets);
    for (const [k, p] of pages.entries()) {
      await progres?.(k, pages.length, p.numero);
      try {
        const sortie = path.join(dossier, `page-${p.numero}`);
        await executer(
          "pdftoppm",
          ["-r", String(DPI), "-gray", "-singlefile", "-f", String(p.numero), "-l", String(p.numero), fichier, sortie],
          { timeout: 60_000 },
        );
        const page = sansPoussieres(await fs.readFile(`${sortie}.pgm`));
        lues.push(await reconnaitre(page, p.numero, 72 / DPI, p.largeur, p.hauteur, travailleur));
      } catch (e) {
        echecs.push({
          page: p.numero,
          message: e instanceof ErreurMetier ? e.message : `La page ${p.numero} n'a pas pu être rendue pour la lecture.`,
        });
      }
    }
    await progres?.(pages.length, pages.length, pages[pages.length - 1]?.numero ?? 0);
    return { pages: lues, echecs };
  } finally {
    await travailleur.t?.terminate().catch(() => {});
    await fs.rm(dossier, { recursive: true, force: true });
  }
}

/** An image (PNG, JPEG, TIFF) read by OCR: one page, in pixels. */
export async function ocrImage(
  octets: Uint8Array,
  progres?: ProgresOcr,
): Promise<{ pages: PagePositionnee[]; echecs: { page: number; message: string }[] }> {
  const travailleur: { t: Travailleur | null } = { t: null };
  try {
    await progres?.(0, 1, 1);
    const { largeur, hauteur } = tailleImage(Buffer.from(octets));
    const page = await reconnaitre(Buffer.from(octets), 1, 1, largeur, hauteur, travailleur);
    await progres?.(1, 1, 1);
    return { pages: [page], echecs: [] };
  } catch (e) {
    return { pages: [], echecs: [{ page: 1, message: e instanceof ErreurMetier ? e.message : "L'image n'a pas pu être lue." }] };
  } finally {
    await travailleur.t?.terminate().catch(() => {});
  }
}

/**
 * A scanned page (PGM, grey) without its dust: a dark pixel with no dark neighbour is made white — a
 * speck the OCR would read as a comma or a quote; a letter's strokes and a hyphen stay. (Measured on
 * the round trip's scans: a little better read, and twice as fast to read.)
 */
export function sansPoussieres(pgm: Buffer): Buffer {
  const entete = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
  if (!entete) return pgm;
  const [largeur, hauteur] = [Number(entete[1]), Number(entete[2])];
  const debut = entete[0].length;
  const source = pgm.subarray(debut);
  const sortie = Buffer.from(pgm);
  const sombre = (x: number, y: number) => x >= 0 && y >= 0 && x < largeur && y < hauteur && source[y * largeur + x]! < 128;
  for (let y = 0; y < hauteur; y++)
    for (let x = 0; x < largeur; x++) {
      if (!sombre(x, y)) continue;
      let voisins = 0;
      for (let dy = -1; dy <= 1 && voisins === 0; dy++)
        for (let dx = -1; dx <= 1; dx++) if ((dx || dy) && sombre(x + dx, y + dy)) voisins++;
      if (voisins === 0) sortie[debut + y * largeur + x] = 255;
    }
  return sortie;
}

/** Width and height in pixels from a PNG's or JPEG's header (TIFF: unknown, the words tell). */
export function tailleImage(b: Buffer): { largeur: number; hauteur: number } {
  if (b[0] === 0x89 && b.length > 24) return { largeur: b.readUInt32BE(16), hauteur: b.readUInt32BE(20) };
  if (b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) break;
      const marque = b[i + 1]!;
      const longueur = b.readUInt16BE(i + 2);
      if (marque >= 0xc0 && marque <= 0xcf && marque !== 0xc4 && marque !== 0xc8 && marque !== 0xcc)
        return { hauteur: b.readUInt16BE(i + 5), largeur: b.readUInt16BE(i + 7) };
      i += 2 + longueur;
    }
  }
  return { largeur: 0, hauteur: 0 };
}
