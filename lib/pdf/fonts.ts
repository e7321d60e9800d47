// Fonts of the PDF: Marianne (the State's font, WOFF from the DSFR package) with DejaVu Sans as
// fallback for glyphs Marianne lacks. Marianne has no U+202F: see pdfText().
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { espacesInsecables } from "@/lib/domain/typographie";
import { cacheShaping, type ShapingFont } from "./shape-cache";

const DSFR = path.join(process.cwd(), "node_modules/@codegouvfr/react-dsfr/dsfr/fonts");
const DEJAVU = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
type FontFile = { src: string; fontWeight: 400 | 700; fontStyle: "normal" | "italic" };

/** The fonts of the PDF, family by family, in fallback order. */
export const FONT_FILES: Record<"Marianne" | "DejaVu Sans", FontFile[]> = {
  Marianne: [
    { src: path.join(DSFR, "Marianne-Regular.woff"), fontWeight: 400, fontStyle: "normal" },
    { src: path.join(DSFR, "Marianne-Bold.woff"), fontWeight: 700, fontStyle: "normal" },
    { src: path.join(DSFR, "Marianne-Regular_Italic.woff"), fontWeight: 400, fontStyle: "italic" },
    { src: path.join(DSFR, "Marianne-Bold_Italic.woff"), fontWeight: 700, fontStyle: "italic" },
  ],
  "DejaVu Sans": [
    { src: path.join(DEJAVU, "DejaVuSans.ttf"), fontWeight: 400, fontStyle: "normal" },
    { src: path.join(DEJAVU, "DejaVuSans-Bold.ttf"), fontWeight: 700, fontStyle: "normal" },
    { src: path.join(DEJAVU, "DejaVuSans-Oblique.ttf"), fontWeight: 400, fontStyle: "italic" },
    { src: path.join(DEJAVU, "DejaVuSans-BoldOblique.ttf"), fontWeight: 700, fontStyle: "italic" },
  ],
};

let registered = false;
let prepared: Promise<void> | null = null;
const caches: ReturnType<typeof cacheShaping>[] = [];

/** Words of up to 30 characters stay whole; longer ones may break every 12 characters. */
export function coupureDesMotsLongs(word: string): string[] {
  if ([...word].length <= 30) return [word];
  return [...word].join("").match(/[\s\S]{1,12}/gu) ?? [word];
}

function registerFonts() {
  if (registered) return;
  registered = true;
  for (const [family, fonts] of Object.entries(FONT_FILES)) Font.register({ family, fonts });
  // French words must not get English hyphenation: none, except for a « word » too long for any
  // line (a title or a code typed without spaces), which may break every few characters rather
  // than run past the margin.
  Font.registerHyphenationCallback(coupureDesMotsLongs);
}

/** Registers and loads the fonts once, each with the word-level shaping cache (shape-cache.ts). */
export function prepareFonts(): Promise<void> {
  registerFonts();
  prepared ??= Promise.all(
    Object.entries(FONT_FILES).flatMap(([fontFamily, fonts]) =>
      fonts.map(async ({ fontWeight, fontStyle }) => {
        const descriptor = { fontFamily, fontWeight, fontStyle };
        await Font.load(descriptor);
        const data = Font.getFont(descriptor)?.data;
        if (data && "layout" in data) caches.push(cacheShaping(data as unknown as ShapingFont));
      }),
    ),
  ).then(
    () => undefined,
    (error: unknown) => {
      prepared = null; // try again on the next export
      throw error;
    },
  );
  return prepared;
}

/** Empties the shaping caches (benchmarks measure a render that has never seen the words). */
export function clearShapingCaches() {
  for (const cache of caches) cache.entries.clear();
}

/**
 * Text for the PDF, with French no-break spaces (espacesInsecables). Marianne has no narrow no-break
 * space (U+202F), and taking that glyph from the fallback font would open a line break there (react-pdf
 * can break where the font changes). So it becomes Marianne's thin space U+2009 (0.135 em, the
 * « espace fine »), which react-pdf never breaks at: it only breaks lines at U+0020 (tested).
 */
export function pdfText(text: string): string {
  return espacesInsecables(text).replace(/\u202f/g, "\u2009");
}
