// The light markup of article bodies, preambles and annex cells — one format rendered both in
// the browser and in the PDF, always as text (never as HTML). See docs/adr/002-texte-balise.md.
//   a line                → a paragraph
//   "- item" lines        → a bulleted list
//   "### title"           → a sub-heading inside an article
//   "[[echeancier]]"      → where a structured table is printed (see TABLEAUX)
//   **bold**, *italic*    → emphasis

/** What a model or a printout writes where a value is still missing. */
export const A_COMPLETER = "[à compléter]";

// The placeholders people leave in templates: « [à compléter] », « [date de fin à compléter] »,
// « [à préciser] », « [XXX] », « […] », « <à renseigner> », « (à compléter) ».
const TROU =
  /[[<(]\s*[^\][<>()\n]{0,60}?(?:compl[ée]ter|pr[ée]ciser|renseigner|d[ée]finir|indiquer|saisir)\s*[\]>)]|\[\s*(?:…|\.{2,}|x{2,}|_{2,})\s*\]/giu;

/** The placeholders a text still holds (each as written), none when it is complete. */
export function trousDuTexte(texte: string | null | undefined): string[] {
  return [...(texte ?? "").matchAll(TROU)].map((m) => m[0]);
}

export const TABLEAUX = ["echeancier", "imputation", "parametrage", "cofinancement"] as const;
export type NomTableau = (typeof TABLEAUX)[number];

export type Segment = { texte: string; gras?: boolean; italique?: boolean };
export type Bloc =
  | { type: "paragraphe"; segments: Segment[] }
  | { type: "sous-titre"; segments: Segment[] }
  | { type: "liste"; items: Segment[][] }
  | { type: "tableau"; nom: NomTableau };

// Emphasis markers only count at word boundaries, so a footnote asterisk ("les textes*,") stays text.
const INLINE = /(?<![\p{L}\p{N}*])(\*\*([^*]+)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*)(?![\p{L}\p{N}*])/gu;

export function parseSegments(line: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of line.matchAll(INLINE)) {
    if (match.index > last) segments.push({ texte: line.slice(last, match.index) });
    if (match[2] !== undefined) segments.push({ texte: match[2], gras: true });
    else segments.push({ texte: match[3]!, italique: true });
    last = match.index + match[0].length;
  }
  if (last < line.length) segments.push({ texte: line.slice(last) });
  return segments;
}

export function parseTexte(source: string): Bloc[] {
  const blocs: Bloc[] = [];
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const tableau = /^\[\[([a-z]+)\]\]$/.exec(line);
    if (tableau && (TABLEAUX as readonly string[]).includes(tableau[1]!)) {
      blocs.push({ type: "tableau", nom: tableau[1] as NomTableau });
      continue;
    }
    const item = /^[-•●]\s+(.*)$/.exec(line);
    if (item) {
      const last = blocs[blocs.length - 1];
      const segments = parseSegments(item[1]!);
      if (last?.type === "liste") last.items.push(segments);
      else blocs.push({ type: "liste", items: [segments] });
      continue;
    }
    const heading = /^###\s+(.*)$/.exec(line);
    if (heading) blocs.push({ type: "sous-titre", segments: parseSegments(heading[1]!) });
    else blocs.push({ type: "paragraphe", segments: parseSegments(line) });
  }
  return blocs;
}

/** The plain text of a body, markup removed (search, summaries). */
export function texteBrut(source: string): string {
  return parseTexte(source)
    .map((bloc) => {
      switch (bloc.type) {
        case "tableau":
          return "";
        case "liste":
          return bloc.items.map((item) => item.map((s) => s.texte).join("")).join("\n");
        case "paragraphe":
        case "sous-titre":
          return bloc.segments.map((s) => s.texte).join("");
      }
    })
    .filter(Boolean)
    .join("\n");
}
