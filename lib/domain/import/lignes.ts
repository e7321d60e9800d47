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
  return texte
    .replace(/\^\{([^}]*)\}/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/<\/?(?:i|em)>/gi, "*")
    .replace(/<\/?(?:b|strong)>/gi, "**")
    .replace(/<[^>]{1,200}>/g, " ")
    .replace(/[’ʼ]/g, "'")
    .replace(/\u00ad/g, "")
    .replace(/[ \u00a0\u202f]+$/g, "")
    .replace(/^[ \u00a0\u202f]+/g, "")
    .replace(/ {2,}/g, " ");
}

const FIN_DE_PHRASE = /[.;:!?»)]$|^\S+$/;
// What opens a new block of the genre whatever comes before: a list item, a heading, a visa, the
// close, a party's name, address or representative. A capital « Pour » opens a signature block; a
// lower-case one continues a sentence.
const DEBUT_DE_BLOC =
  /^(?:[-•●▪–]\s|\d+[.)]\s|article\b|annexe\b|vu\b|fait\b|et$|entre\b|repr[ée]sent[ée]|ci-?apr[èe]s|adresse\b|si[èe]ge\b|sis\b|pr[ée]ambule|contexte)/i;
const POUR = /^Pour\b/;

/** Whether a line opens a block of its own (never joined to the line before). */
export const ouvreUnBloc = (texte: string) => DEBUT_DE_BLOC.test(texte) || POUR.test(texte);

/**
 * Logical lines from plain text: one per non-empty line, cells split on tabs; a line cut by the
 * converter (a hard wrap, a word hyphenated at the margin) is joined to the next when the next starts
 * in lower case and the first does not end a sentence.
 */
export function lignesDuTexte(texte: string): Ligne[] {
  const brutes = texte.replace(/\r\n?/g, "\n").replace(/\f/g, "\n").split("\n");
  const lignes: Ligne[] = [];
  let precedenteVide = true;
  for (const ligneBrute of brutes) {
    // Columns laid out with spaces (a converter's or a typist's table): two spaces or more not after
    // a sentence's end separate cells.
    const brute = ligneBrute.replace(/(^|[^.;:!?\s])[ \u00a0]{2,}(?=\S)/g, "$1\t");
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
