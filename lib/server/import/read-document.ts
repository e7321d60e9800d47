// A file as the import reads it: its format found from its bytes (never from its name), then its
// text as positioned lines — a PDF's text layer (unpdf, in process), a Word file's paragraphs and
// tables (mammoth), plain text (UTF-8 or Windows-1252). Scanned pages and images have no text: they
// are listed for OCR (lib/server/import/ocr.ts). Every refusal says why, in French.
import "server-only";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { joindreCoupures, lignesDuTexte, nettoyerTexte, type Ligne } from "@/lib/domain/import";
import { lignesDesPages, type PagePositionnee } from "@/lib/domain/import/mise-en-page";

import type { FormatImport } from "@/lib/views/import";
export type { FormatImport };

/** Limits, said before anything is read. */
export const LIMITES_IMPORT = { octets: 25 * 1024 * 1024, pages: 120 } as const;

export type DocumentBrut = {
  format: FormatImport;
  pages: number;
  lignes: Ligne[];
  /** Pages without a text layer (scans): to read by OCR, with their size in points. */
  pagesSansTexte: { numero: number; largeur: number; hauteur: number }[];
  /** A PDF's pages with their positioned words: OCR'd pages join them before the lines are made. */
  pagesPositionnees?: PagePositionnee[];
  /** What the reader noticed about the file itself (tracked changes, a page it skipped). */
  remarques: { code: string; message: string }[];
};

export class FichierIllisible extends ErreurMetier {}

export function formatDuFichier(octets: Uint8Array): FormatImport | null {
  const debut = Buffer.from(octets.subarray(0, 8));
  if (debut.subarray(0, 5).toString("latin1") === "%PDF-") return "PDF";
  if (debut[0] === 0x89 && debut.subarray(1, 4).toString("latin1") === "PNG") return "IMAGE";
  if (debut[0] === 0xff && debut[1] === 0xd8) return "IMAGE";
  if ((debut[0] === 0x49 && debut[1] === 0x49 && debut[2] === 0x2a) || (debut[0] === 0x4d && debut[1] === 0x4d && debut[2] === 0x00))
    return "IMAGE";
  if (debut[0] === 0x50 && debut[1] === 0x4b) return "DOCX"; // a zip: checked for word/document.xml when read
  // text: no NUL byte in the first kilobytes
  if (!octets.subarray(0, 4096).includes(0)) return "TEXTE";
  return null;
}

export function verifierTaille(taille: number) {
  if (taille > LIMITES_IMPORT.octets)
    throw new FichierIllisible(
      "FICHIER_TROP_GROS",
      `Ce fichier dépasse ${LIMITES_IMPORT.octets / 1024 / 1024} Mo, la taille la plus grande acceptée pour un import. Découpez-le ou compressez ses images.`,
    );
  if (taille === 0) throw new FichierIllisible("FICHIER_VIDE", "Ce fichier est vide.");
}

export async function readDocument(octets: Uint8Array): Promise<DocumentBrut> {
  verifierTaille(octets.byteLength);
  const format = formatDuFichier(octets);
  switch (format) {
    case "PDF":
      return lirePdf(octets);
    case "DOCX":
      return lireDocx(octets);
    case "TEXTE":
      return { format, pages: 1, lignes: lignesDuTexte(decoder(octets)), pagesSansTexte: [], remarques: [] };
    case "IMAGE":
      return { format, pages: 1, lignes: [], pagesSansTexte: [{ numero: 1, largeur: 0, hauteur: 0 }], remarques: [] };
    case null:
      throw new FichierIllisible(
        "FORMAT_INCONNU",
        "Ce fichier n'est ni un PDF, ni une image (PNG, JPEG, TIFF), ni un fichier Word (.docx), ni du texte : il ne peut pas être importé.",
      );
  }
}

function decoder(octets: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(octets).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(octets);
  }
}

async function lirePdf(octets: Uint8Array): Promise<DocumentBrut> {
  const { getDocumentProxy } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(octets));
  } catch (e) {
    const nom = (e as { name?: string }).name ?? "";
    if (nom === "PasswordException")
      throw new FichierIllisible(
        "PDF_PROTEGE",
        "Ce PDF est protégé par un mot de passe : enregistrez-en une copie sans protection, puis importez-la.",
      );
    throw new FichierIllisible(
      "PDF_ENDOMMAGE",
      "Ce PDF est endommagé ou incomplet : il n'a pas pu être ouvert. Essayez d'en exporter une nouvelle copie.",
    );
  }
  try {
    if (pdf.numPages > LIMITES_IMPORT.pages)
      throw new FichierIllisible(
        "TROP_DE_PAGES",
        `Ce PDF a ${pdf.numPages} pages ; une convention ou un avenant en a rarement plus de ${LIMITES_IMPORT.pages}, la limite d'un import. S'il réunit plusieurs documents, importez-les séparément.`,
      );
    const pages: PagePositionnee[] = [];
    const pagesSansTexte: DocumentBrut["pagesSansTexte"] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const contenu = await page.getTextContent();
      const styleDe = await stylesDesPolices(page);
      const mots = contenu.items
        .filter(
          (i): i is typeof i & { str: string; transform: number[]; width: number; height: number; fontName: string } =>
            // text set at an angle (a « PROJET » or « COPIE » watermark across the page) is no line
            "str" in i && Boolean(i.str.trim()) && Math.abs(i.transform[1]!) <= 0.1 * Math.abs(i.transform[0]! || 1),
        )
        .map((i) => {
          const taille = Math.hypot(i.transform[2]!, i.transform[3]!) || i.height;
          const style = styleDe(i.fontName);
          return {
            texte: i.str,
            x: i.transform[4]!,
            y: height - i.transform[5]! - (i.height || taille),
            largeur: i.width,
            hauteur: i.height || taille,
            gras: style?.gras,
            italique: style?.italique,
          };
        });
      if (mots.length < 3) pagesSansTexte.push({ numero: n, largeur: width, hauteur: height });
      pages.push({ numero: n, largeur: width, hauteur: height, mots });
    }
    return { format: "PDF", pages: pdf.numPages, lignes: lignesDesPages(pages), pagesSansTexte, pagesPositionnees: pages, remarques: [] };
  } finally {
    await pdf.destroy();
  }
}

// pdf.js transfers buffers with ArrayBuffer.prototype.transferToFixedLength, which Node 20 lacks
// (Node 21+): without it the fonts are never loaded, and bold and italic cannot be told. A copy does
// what the transfer does here.
type AvecTransfert = ArrayBuffer & { transferToFixedLength?: (n?: number) => ArrayBuffer };
const prototypeArrayBuffer = ArrayBuffer.prototype as AvecTransfert;
prototypeArrayBuffer.transferToFixedLength ??= function (this: ArrayBuffer, n?: number) {
  const copie = new ArrayBuffer(n ?? this.byteLength);
  new Uint8Array(copie).set(new Uint8Array(this, 0, Math.min(n ?? this.byteLength, this.byteLength)));
  return copie;
};

/** Bold and italic of a font of the page, from its name (« …-Bold », « …-Italic »), each font read
 *  once; nothing when the page's fonts cannot be loaded. */
async function stylesDesPolices(page: {
  getOperatorList: () => Promise<unknown>;
  commonObjs: { has: (n: string) => boolean; get: (n: string) => unknown };
}): Promise<(nom: string) => { gras: boolean; italique: boolean } | undefined> {
  try {
    await page.getOperatorList();
  } catch {
    return () => undefined;
  }
  const styles = new Map<string, { gras: boolean; italique: boolean }>();
  return (nom) => {
    if (!styles.has(nom)) {
      const police = page.commonObjs.has(nom) ? (page.commonObjs.get(nom) as { name?: string; bold?: boolean; italic?: boolean }) : null;
      const n = police?.name ?? "";
      styles.set(nom, {
        gras: Boolean(police?.bold) || /bold|black|heavy|semibold|demi/i.test(n),
        italique: Boolean(police?.italic) || /italic|oblique/i.test(n),
      });
    }
    return styles.get(nom);
  };
}

async function lireDocx(octets: Uint8Array): Promise<DocumentBrut> {
  const { default: JSZip } = await import("jszip");
  let xml: string | undefined;
  try {
    xml = await (await JSZip.loadAsync(octets)).file("word/document.xml")?.async("string");
  } catch {
    xml = undefined;
  }
  if (!xml)
    throw new FichierIllisible(
      "DOCX_ILLISIBLE",
      "Ce fichier n'est pas un document Word (.docx) lisible : ouvrez-le dans votre traitement de texte et enregistrez-le au format .docx ou PDF.",
    );
  const remarques: DocumentBrut["remarques"] = [];
  const insertions = (xml.match(/<w:ins\b/g) ?? []).length;
  const suppressions = (xml.match(/<w:del\b/g) ?? []).length;
  if (insertions || suppressions)
    remarques.push({
      code: "MODIFICATIONS_SUIVIES",
      message: `Ce document Word contient des modifications suivies (${insertions} insertion(s), ${suppressions} suppression(s)) : le texte lu les tient pour acceptées — insertions gardées, suppressions retirées. Vérifiez que c'est bien la version signée.`,
    });
  const mammoth = await import("mammoth");
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(octets) }, { ignoreEmptyParagraphs: false });
  return { format: "DOCX", pages: 1, lignes: joindreCoupures(lignesDuHtml(html)), pagesSansTexte: [], remarques };
}

const entites = (t: string) =>
  t
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
/** A paragraph's text, emphasis marked; its runs of spaces kept when asked (columns laid out with
 *  spaces), else folded. */
const enLigne = (html: string, { espaces = false } = {}) => {
  const t = entites(
    html
      .replace(/<br\s*\/?>/g, " ")
      .replace(/<\/?strong>/g, "**")
      .replace(/<\/?em>/g, "*")
      .replace(/<[^>]+>/g, ""),
  ).replace(/\*\*\s*\*\*/g, "");
  return espaces ? t.replace(/[\t\r\n]+/g, " ").replace(/\s+$/, "") : t.replace(/\s+/g, " ").trim();
};

/** Mammoth's HTML (paragraphs, headings, lists, tables) as lines: a table row is one line of cells;
 *  paragraphs go through the plain text's rules (lignesDuTexte), so that a document converted from a
 *  PDF — one paragraph per printed line, columns laid out with spaces — is read like its text. */
export function lignesDuHtml(html: string): Ligne[] {
  const morceaux: string[] = [];
  const blocs = html.match(/<table>[\s\S]*?<\/table>|<(p|h[1-6]|li)\b[^>]*>[\s\S]*?<\/\1>/g) ?? [];
  for (const bloc of blocs) {
    if (bloc.startsWith("<table")) {
      for (const tr of bloc.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
        const cellules = (tr.match(/<t[dh]\b[^>]*>[\s\S]*?<\/t[dh]>/g) ?? []).map((td) =>
          nettoyerTexte(
            (td.match(/<(p|li)\b[^>]*>[\s\S]*?<\/\1>/g) ?? [td])
              .map((p) => (p.startsWith("<li") ? `● ${enLigne(p)}` : enLigne(p)))
              .join(" "),
          ),
        );
        // a row with one cell filled stays a row: its empty cells keep it apart from the text
        if (cellules.some(Boolean)) morceaux.push(cellules.map((c) => c || " ").join("\t"));
      }
      continue;
    }
    const texte = enLigne(bloc, { espaces: true });
    // (an empty paragraph is a blank line: it ends a paragraph and parts a table's rows)
    morceaux.push(bloc.startsWith("<li") ? `- ${texte.trim()}` : texte);
  }
  return lignesDuTexte(morceaux.join("\n"));
}
