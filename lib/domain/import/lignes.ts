// The text of a document as the import reads it: logical lines (a paragraph, a heading, a table
// row), each with where it came from on the page, whatever the source (PDF text layer, OCR, Word,
// plain text). Every extracted field points back to the lines it was read from.

/** A rectangle on a page, in PDF points from the top-left corner. */
export type Boite = { page: number; x: number; y: number; largeur: number; hauteur: number };

/** A cell of a table row: its text and where it starts (left edge, in points), when known. */
export type Cellule = { texte: string; x?: number };

export type Ligne = {
  texte: string;
  /** The page rectangles the line covers (one per physical line joined into it). */
  boites: Boite[];
  /** Table rows: their cells, left to right (a row's texte joins them with tabs). */
  cellules?: Cellule[];
  /** A line laid out on the page (one physical line): its words and groups of words, where a gap
   *  wider than a space separates them — the cells of a table whose columns are close. */
  mots?: Cellule[];
  /** OCR only: the recognition's confidence for the line, 0 to 1. */
  confiance?: number;
};

/** Where a field was read: the page of its first line and the boxes to highlight. */
export type Source = { page: number; lignes: [number, number]; boites: Boite[] };

export function sourceDe(lignes: readonly Ligne[], debut: number, fin = debut): Source | undefined {
  const prises = lignes.slice(debut, fin + 1);
  if (!prises.length) return undefined;
  const boites = prises.flatMap((l) => l.boites);
  return { page: boites[0]?.page ?? 1, lignes: [debut, fin], boites };
}

/** Letters without accents nor case, apostrophes and spaces made plain: for matching words. */
export function plier(texte: string): string {
  return texte
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’ʼ`]/g, "'")
    .replace(/[\u00a0\u202f\t]/g, " ")
    .toLowerCase();
}

// What transcriptions and converters leave around the words: Markdown superscripts and links,
// HTML emphasis, curly apostrophes, odd spaces. Emphasis becomes the app's light markup.
export function nettoyerTexte(texte: string): string {
  return (
    texte
      .replace(/\^\{([^}]*)\}/g, "$1")
      .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
      .replace(/<\/?(?:i|em)>/gi, "*")
      .replace(/<\/?(?:b|strong)>/gi, "**")
      .replace(/<[^>]{1,200}>/g, " ")
      .replace(/[’ʼ]/g, "'")
      // a date whose spaces an OCR lost: « du5juillet 2023 » → « du 5 juillet 2023 »
      .replace(
        /\b(du|le|au)?(\d{1,2})(er)?(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b/giu,
        (_, avant: string | undefined, jour: string, er: string | undefined, mois: string) =>
          `${avant ? `${avant} ` : ""}${jour}${er ?? ""} ${mois}`,
      )
      // an apostrophe an OCR read as an opening quote (« L‘incubateur », « d‘engagement »)
      .replace(/(?<=\p{L})‘(?=\p{L})/gu, "'")
      // a list's dash, whatever the converter or the OCR made of it: « —la … », « – la … » → « - la … »
      .replace(/^[ \u00a0\u202f]*[—–-][ \u00a0\u202f]*(?=\p{Ll})/u, "- ")
      .replace(/\u00ad/g, "")
      .replace(/[ \u00a0\u202f]+$/g, "")
      .replace(/^[ \u00a0\u202f]+/g, "")
      .replace(/ {2,}/g, " ")
  );
}

const FIN_DE_PHRASE = /[.;:!?»)]$|^\S+$/;
// What opens a new block of the genre whatever comes before: a list item, a heading, a visa, the
// close, a party's name, address or representative. A capital « Pour » opens a signature block; a
// lower-case one continues a sentence.
const DEBUT_DE_BLOC =
  /^(?:[-•●▪–]\s|\d+[.)]\s|article\b|annexe\b|vu\b|fait\b|et$|entre\b|repr[ée]sent[ée]|ci-?apr[èe]s|adresse\b|si[èe]ge\b|sis\b|pr[ée]ambule|contexte)/i;
const POUR = /^Pour\b/;
/** A signature block's mention as a cell starts it (« Pour la DNE », « P/ le ministre », « P.O. »):
 *  side by side on one line, such cells are the blocks' columns. */
export const MENTION_DE_BLOC = /^(?:pour|p\/|p\.o\.)(?:\s|$)/i;

/** Whether a line opens a block of its own (never joined to the line before). */
export const ouvreUnBloc = (texte: string) => DEBUT_DE_BLOC.test(texte) || POUR.test(texte);

/**
 * Logical lines from plain text: one per non-empty line, cells split on tabs; a line cut by the
 * converter (a hard wrap, a word hyphenated at the margin) is joined to the next when the next starts
 * in lower case and the first does not end a sentence.
 */
export function lignesDuTexte(texte: string): Ligne[] {
  const brutes = rangeesRepliees(sansTetesNiPiedsDePage(texte.replace(/\r\n?/g, "\n").split("\n")));
  const lignes: Ligne[] = [];
  let precedenteVide = true;
  for (const ligneBrute of brutes) {
    // a letter alone far from the margin: a watermark's letter (« P R O J E T » across the page)
    if (/^\s{8,}\p{Lu}\s*$/u.test(ligneBrute)) continue;
    // Columns laid out with spaces (a converter's or a typist's table): two spaces or more separate
    // cells — three after a sentence's end (two there are a typist's habit).
    const brute = ligneBrute.replace(/(^|[^.;:!?\s])[ \u00a0]{2,}(?=\S)|([.;:!?])[ \u00a0]{3,}(?=\S)/g, "$1$2\t");
    const cellules = brute.includes("\t") ? brute.split("\t").map((c) => nettoyerTexte(c)) : undefined;
    const propre = cellules ? cellules.join("\t").replace(/\t+$/, "") : nettoyerTexte(brute);
    if (!propre.replace(/\t/g, "").trim()) {
      precedenteVide = true;
      continue;
    }
    const derniere = lignes[lignes.length - 1];
    const coupee = derniere && !derniere.cellules && !cellules && doitJoindre(derniere.texte, propre, precedenteVide);
    if (derniere && coupee) derniere.texte = joindre(derniere.texte, propre);
    else
      lignes.push({
        texte: propre,
        boites: [],
        ...(cellules ? { cellules: cellules.map((c) => ({ texte: c })) } : {}),
      });
    precedenteVide = false;
  }
  return lignes;
}

/** Where a line's cells start, laid out with spaces: [offset, text] for each run of text separated
 *  from the next by two spaces or more. */
function cellulesPlacees(l: string): [number, string][] {
  return [...l.matchAll(/\S+(?: \S+)*/g)].map((m) => [m.index!, m[0]]);
}

/**
 * A table laid out with spaces whose cells wrap (a PDF's text, a Word file converted from a PDF):
 * its rows stand apart with a blank line, and a row's later lines carry on its cells (one of them
 * leaves the first column empty, or goes on with it in lower case). Each such row becomes one line, its cells separated by
 * tabs, each cell's pieces put back in the column whose start is nearest on the left. Rows of one
 * line, and tables whose rows follow each other without a blank, are left as they are.
 */
export function rangeesRepliees(brutes: readonly string[]): string[] {
  const sortie: string[] = [];
  let precedente = ""; // the last line with text before the run
  for (let i = 0, j = 0; i < brutes.length; i = j + 1) {
    j = i;
    while (j < brutes.length && brutes[j]!.trim()) j++;
    const run = brutes.slice(i, j);
    const avantVide = i === 0 || !brutes[i - 1]!.trim();
    // (signature blocks side by side are no table: their lines are read column by column)
    const signatures = /^\s*(?:fait|sign[ée])\b.*\b(?:à|a)\s/i.test(precedente) || /^\s*pour\s.*\s{2,}pour\s/i.test(run[0] ?? "");
    const placees = run.map(cellulesPlacees);
    const replie =
      run.length >= 2 &&
      avantVide &&
      !signatures &&
      placees.some((c) => c.length >= 2) &&
      // a later line leaves the first column empty, or carries its text on (in lower case)
      placees.slice(1).some((c) => c.length > 0 && (c[0]![0] >= 10 || /^\p{Ll}/u.test(c[0]![1]))) &&
      run.every((l) => !/^\s*(?:article|annexe)\b/i.test(l));
    if (replie) {
      const debuts: number[] = [];
      for (const x of placees
        .flat()
        .map(([x]) => x)
        .sort((a, b) => a - b))
        if (!debuts.length || x - debuts[debuts.length - 1]! > 3) debuts.push(x);
      const colonnes: string[][] = debuts.map(() => []);
      for (const [x, texte] of placees.flat())
        colonnes[
          Math.max(
            0,
            debuts.findLastIndex((d) => d <= x + 3),
          )
        ]!.push(texte);
      // a cell's pieces joined as its lines are; a list's item on a line of its own (the annex's
      // table reader makes its dash the app's)
      sortie.push(
        colonnes
          .map((morceaux) =>
            morceaux.reduce((cellule, m) => (!cellule ? m : /^[-–•●]\s/.test(m) ? `${cellule}\n${m}` : joindre(cellule, m)), ""),
          )
          .map((c) => c || " ")
          .join("\t"),
      );
    } else sortie.push(...run);
    if (run.length) precedente = run[run.length - 1]!;
    if (j < brutes.length) sortie.push(brutes[j]!);
  }
  return sortie;
}

/** A page number as a document prints it: « page 2 / 7 », « 2 sur 7 », « - 3 - ». */
export const NUMERO_DE_PAGE = /^(?:page\s*)?\d{1,3}\s*(?:\/|sur|de)\s*\d{1,3}$|^-?\s*\d{1,3}\s*-?$/i;

/**
 * A text's lines without its running heads and feet: page numbers at a page's edge, and the lines
 * (a reference, a ministry's name) that come back at the same edge of most pages — pages being cut
 * by form feeds, or, in a text that lost them, by its page numbers.
 */
export function sansTetesNiPiedsDePage(brutes: readonly string[]): string[] {
  const pages: string[][] = [[]];
  for (const l of brutes)
    for (const [k, morceau] of l.split("\f").entries()) {
      if (k > 0) pages.push([]);
      pages[pages.length - 1]!.push(morceau);
    }
  const norme = (t: string) => t.trim().replace(/\s+/g, " ").replace(/\d+/g, "#");
  const estNumero = (t: string) => NUMERO_DE_PAGE.test(t.trim());
  // without form feeds, a page ends at its number
  if (pages.length === 1) {
    const seule = pages.pop()!;
    let courante: string[] = [];
    for (const l of seule) {
      courante.push(l);
      if (estNumero(l)) {
        pages.push(courante);
        courante = [];
      }
    }
    pages.push(courante);
  }
  if (pages.length < 2) return [...brutes];
  const bords = (p: string[]) => {
    const pleines = p.map((l, i) => [l, i] as const).filter(([l]) => l.trim());
    return [...pleines.slice(0, 2), ...pleines.slice(-2)];
  };
  const frequence = new Map<string, number>();
  for (const p of pages) for (const t of new Set(bords(p).map(([l]) => norme(l)))) frequence.set(t, (frequence.get(t) ?? 0) + 1);
  const seuil = Math.max(2, Math.ceil(pages.filter((p) => p.some((l) => l.trim())).length * 0.6));
  const sortie: string[] = [];
  for (const p of pages) {
    const retirees = new Set(
      bords(p)
        .filter(([l]) => estNumero(l) || ((frequence.get(norme(l)) ?? 0) >= seuil && norme(l).length <= 80))
        .map(([, i]) => i),
    );
    // the page's own lines, without the blanks at its edges: a paragraph may go on over the page
    const gardees = p.filter((_, i) => !retirees.has(i));
    while (gardees.length && !gardees[0]!.trim()) gardees.shift();
    while (gardees.length && !gardees[gardees.length - 1]!.trim()) gardees.pop();
    // …but a table does not run on like a paragraph: a page that opens indented (a row, the header
    // repeated) or that follows a page ending in a row starts a block of its own
    const enTableau = (l: string) => /^\s{2,}\S/.test(l) || /\S\s{2,}\S/.test(l.trim());
    if (sortie.length && (enTableau(gardees[0] ?? "") || enTableau(sortie[sortie.length - 1] ?? ""))) sortie.push("");
    sortie.push(...gardees);
  }
  return sortie;
}

function doitJoindre(avant: string, apres: string, separeesParUnVide: boolean): boolean {
  if (ouvreUnBloc(apres)) return false;
  if (/[\p{L}]-$/u.test(avant) && /^\p{Ll}/u.test(apres)) return true; // « visio-» / « agents »
  if (separeesParUnVide) return false;
  return !FIN_DE_PHRASE.test(avant) && /^[\p{Ll}(«"0-9]/u.test(apres);
}

export function joindre(avant: string, apres: string): string {
  return /[\p{L}]-$/u.test(avant) ? `${avant}${apres}` : `${avant} ${apres}`;
}

/** « CONVENTION DE SERVICE » → « Convention de service » (sigles kept); mixed case stays. */
export function casPhrase(t: string): string {
  if (t !== t.toUpperCase()) {
    // « AVENANT N°1 à la convention … »: the words in capitals that open it
    const tete = /^((?:[\p{Lu}\d°'’-]+\s+){2,})(?=\p{Ll})/u.exec(t);
    return tete ? `${casPhrase(tete[1]!.trimEnd())} ${t.slice(tete[1]!.length)}` : t;
  }
  return t
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/\(([^)]{2,12})\)/g, (m) => m.toUpperCase());
}

/** A word cut at a line's end (« visio- » / « agents ») joined to its next line. */
export function joindreCoupures(lignes: Ligne[]): Ligne[] {
  const sortie: Ligne[] = [];
  for (const l of lignes) {
    const derniere = sortie[sortie.length - 1];
    if (derniere && !derniere.cellules && !l.cellules && /[\p{L}]-$/u.test(derniere.texte) && /^\p{Ll}/u.test(l.texte)) {
      derniere.texte = joindre(derniere.texte, l.texte);
      derniere.boites.push(...l.boites);
    } else sortie.push(l);
  }
  return sortie;
}
