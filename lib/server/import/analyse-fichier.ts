// One file, read as far as it goes without the database: its bytes' SHA-256, its format, its text
// (OCR for scanned pages and images), the structured document with confidences and sources, and
// the findings — what the review screen shows and what `npm run import` prints (docs/import.md).
import "server-only";
import { createHash } from "node:crypto";
import type { Constat } from "@/lib/domain/controles";
import { extraireDocument, lignesDeLExtraction, type ContexteImport } from "@/lib/domain/import";
import type { AnalyseFichier } from "@/lib/views/import";
import { lignesDesPages } from "@/lib/domain/import/mise-en-page";
import { ocrImage, ocrPdf, type ProgresOcr } from "./ocr";
import { readDocument } from "./read-document";

export type { AnalyseFichier };

export type OptionsAnalyse = { ocr?: boolean; progres?: ProgresOcr };

export async function analyserFichier(octets: Uint8Array, contexte: ContexteImport, options: OptionsAnalyse = {}): Promise<AnalyseFichier> {
  const sha256 = createHash("sha256").update(octets).digest("hex");
  const brut = await readDocument(octets);
  const constats: Constat[] = brut.remarques.map((r) => ({
    code: r.code,
    gravite: "avertissement",
    champ: "document",
    message: r.message,
  }));
  let lignes = brut.lignes;
  let pagesLuesParOcr: number[] = [];
  let dimensions = (brut.pagesPositionnees ?? []).map((p) => ({ largeur: p.largeur, hauteur: p.hauteur }));
  const aLire = brut.pagesSansTexte;
  if (aLire.length && options.ocr !== false) {
    const lu = brut.format === "IMAGE" ? await ocrImage(octets, options.progres) : await ocrPdf(octets, aLire, options.progres);
    pagesLuesParOcr = lu.pages.map((p) => p.numero);
    if (brut.format === "IMAGE") dimensions = lu.pages.map((p) => ({ largeur: p.largeur, hauteur: p.hauteur }));
    const pages =
      brut.format === "IMAGE"
        ? lu.pages
        : [...(brut.pagesPositionnees ?? []).filter((p) => !lu.pages.some((o) => o.numero === p.numero)), ...lu.pages].sort(
            (a, b) => a.numero - b.numero,
          );
    lignes = lignesDesPages(pages);
    for (const e of lu.echecs)
      constats.push({ code: "PAGE_ILLISIBLE", gravite: "avertissement", champ: `pages.${e.page}`, message: e.message });
    if (lu.pages.length && lu.pages.every((p) => p.mots.length === 0))
      constats.push({
        code: "AUCUN_TEXTE",
        gravite: "erreur",
        champ: "document",
        message: "Aucun texte n'a été reconnu sur ce document : est-ce bien une page écrite, assez nette (200 dpi au moins) ?",
      });
  } else if (aLire.length) {
    constats.push({
      code: "OCR_NON_FAIT",
      gravite: "avertissement",
      champ: "document",
      message: `${aLire.length} page(s) sans texte n'ont pas été lues (lecture des images désactivée).`,
    });
  }
  const resultat = extraireDocument(lignes, contexte);
  return {
    ...resultat,
    constats: [
      ...constats,
      ...resultat.constats.filter((c) => !(c.code === "PAS_UNE_CONVENTION" && constats.some((x) => x.code === "AUCUN_TEXTE"))),
    ],
    fichier: {
      sha256,
      octets: octets.byteLength,
      format: brut.format,
      pages: brut.pages,
      pagesLuesParOcr,
      dimensions,
      // a Word or text file has no pages to show: the review shows its lines instead
      lignes: brut.format === "DOCX" || brut.format === "TEXTE" ? lignesDeLExtraction(lignes).map((l) => l.texte) : undefined,
    },
  };
}
