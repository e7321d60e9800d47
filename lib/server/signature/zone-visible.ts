// The visible part of an in-app signature: in the party's block of the frozen PDF, in the room left
// to sign, « Signé électroniquement par … », the signatory's title, the date and time. The block's
// room is marked by a link to « #ancre » in the PDF itself (lib/pdf/ConventionPdf.tsx); the
// text is drawn in the signatory's own incremental update, just before the signature that covers
// it, with an embedded font (DejaVu Sans: every accent, and no unembedded font in the file).
// A version frozen before the rooms had anchors gets no visible mention: the signature itself is
// the same.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PdfArray, PdfDict, PdfNumber, PdfRef, PdfString, rgb, type PDF, type PdfObject } from "@libpdf/core";

/** Where the room of a block is: page index, top-left corner (PDF points, origin bottom-left). */
export type ZoneSignature = { page: number; x: number; y: number; largeur: number; hauteur: number };

/** The room of the block named `ancre` — the rectangle of the PDF's link to « #ancre » — or null
 *  when the PDF has none (a version frozen before the rooms had one). */
export function trouverZone(pdf: PDF, ancre: string): ZoneSignature | null {
  const resolve = (o: PdfObject | undefined) => (o instanceof PdfRef ? (pdf.getObject(o) ?? undefined) : o);
  const pages = pdf.getPages();
  for (let index = 0; index < pages.length; index++) {
    const annotations = resolve(pages[index]!.dict.get("Annots"));
    if (!(annotations instanceof PdfArray)) continue;
    for (let i = 0; i < annotations.length; i++) {
      const annotation = resolve(annotations.at(i));
      if (!(annotation instanceof PdfDict) || annotation.getName("Subtype")?.value !== "Link") continue;
      const action = resolve(annotation.get("A"));
      const cible = action instanceof PdfDict ? resolve(action.get("D")) : resolve(annotation.get("Dest"));
      if (!(cible instanceof PdfString) || cible.asString() !== ancre) continue;
      const rect = resolve(annotation.get("Rect"));
      if (!(rect instanceof PdfArray) || rect.length !== 4) return null;
      const [x1, y1, x2, y2] = [0, 1, 2, 3].map((k) => (resolve(rect.at(k)) as PdfNumber).value) as [number, number, number, number];
      return { page: index, x: Math.min(x1, x2), y: Math.max(y1, y2), largeur: Math.abs(x2 - x1), hauteur: Math.abs(y2 - y1) };
    }
  }
  return null;
}

let police: Uint8Array | null = null;
const DEJAVU = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf");

/** Draws the visible mention in the block's room; false when the PDF has no room for this block. */
export function apposerMention(pdf: PDF, ancre: string, lignes: readonly string[]): boolean {
  const zone = trouverZone(pdf, ancre);
  if (!zone) return false;
  const page = pdf.getPage(zone.page)!;
  police ??= new Uint8Array(readFileSync(DEJAVU));
  const font = pdf.embedFont(police);
  const bleu = rgb(0, 0, 145 / 255); // the DSFR's « bleu France »
  page.drawRectangle({
    x: zone.x,
    y: zone.y - zone.hauteur,
    width: zone.largeur,
    height: zone.hauteur,
    borderColor: bleu,
    borderWidth: 0.75,
  });
  // Four lines fit at 7.5 pt; a fifth (a successor signing for its predecessor) at 6.5 pt.
  const visibles = lignes.slice(0, 5);
  const taille = visibles.length > 4 ? 6.5 : 7.5;
  visibles.forEach((ligne, i) => {
    const max = taille < 7.5 ? 74 : 64;
    page.drawText(ligne.length > max ? `${ligne.slice(0, max - 1)}…` : ligne, {
      x: zone.x + 5,
      y: zone.y - 11 - i * (taille * 1.35),
      font,
      size: taille,
      color: bleu,
    });
  });
  return true;
}
