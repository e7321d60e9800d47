// Fonts of the PDF: Marianne (the State's font, WOFF from the DSFR package) with DejaVu Sans as
// fallback for glyphs Marianne lacks. Marianne has no U+202F: pdfText() turns it into U+00A0.
import path from "node:path";
import { Font } from "@react-pdf/renderer";

let registered = false;

export function registerFonts() {
  if (registered) return;
  registered = true;
  const dsfr = path.join(process.cwd(), "node_modules/@codegouvfr/react-dsfr/dsfr/fonts");
  const dejavu = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
  Font.register({
    family: "Marianne",
    fonts: [
      { src: path.join(dsfr, "Marianne-Regular.woff") },
      { src: path.join(dsfr, "Marianne-Bold.woff"), fontWeight: "bold" },
      { src: path.join(dsfr, "Marianne-Regular_Italic.woff"), fontStyle: "italic" },
      { src: path.join(dsfr, "Marianne-Bold_Italic.woff"), fontWeight: "bold", fontStyle: "italic" },
    ],
  });
  Font.register({
    family: "DejaVu Sans",
    fonts: [
      { src: path.join(dejavu, "DejaVuSans.ttf") },
      { src: path.join(dejavu, "DejaVuSans-Bold.ttf"), fontWeight: "bold" },
      { src: path.join(dejavu, "DejaVuSans-Oblique.ttf"), fontStyle: "italic" },
      { src: path.join(dejavu, "DejaVuSans-BoldOblique.ttf"), fontWeight: "bold", fontStyle: "italic" },
    ],
  });
  // French words must not get English hyphenation: no hyphenation at all.
  Font.registerHyphenationCallback((word) => [word]);
}

/** Text for the PDF: narrow no-break spaces become no-break spaces (Marianne has no U+202F). */
export function pdfText(text: string): string {
  return text.replace(/\u202f/g, "\u00a0");
}
