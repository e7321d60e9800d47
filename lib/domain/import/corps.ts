// An article's body in the app's light markup (docs/adr/002-texte-balise.md): paragraphs, « - »
// lists, « ### » sub-headings, [[echeancier]] / [[imputation]] / [[parametrage]] where a structured
// table stood; footnotes taken out into notes.
import { nettoyerTexte, type Ligne } from "./lignes";

export type TableauPlace = { nom: "echeancier" | "imputation" | "parametrage" | "cofinancement"; plage: [number, number] };

const PUCE = /^(?:[-•●▪◦–—]|\*(?=\s)|o(?=\s{1,3}\p{Ll}))\s*/u;
const NOTE = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(\S.*)$/u;

/** A short line that titles what follows: a few words, a capital, no closing punctuation. */
export function estSousTitre(texte: string, suivante: string | undefined): boolean {
  const t = texte.trim();
  if (!suivante || t.length > 70 || !/^\p{Lu}/u.test(t) || /[.;:,!?]$/.test(t)) return false;
  if (t.split(/\s+/).length > 8 || /\d{3}/.test(t) || t.includes("\t")) return false;
  return suivante.trim().length > t.length;
}

export type CorpsLu = { corps: string; notes: { marque: string; texte: string }[] };

export function corpsDe(lignes: readonly Ligne[], [debut, fin]: [number, number], tableaux: readonly TableauPlace[]): CorpsLu {
  const sortie: string[] = [];
  const lues: boolean[] = []; // (each output line: read by an OCR)
  const notes: CorpsLu["notes"] = [];
  for (let i = debut; i <= fin; i++) {
    const tableau = tableaux.find((t) => i >= t.plage[0] && i <= t.plage[1]);
    if (tableau) {
      if (i === tableau.plage[0]) sortie.push(`[[${tableau.nom}]]`);
      continue;
    }
    const texte = lignes[i]!.texte.replace(/\t+/g, " ").trim();
    if (!texte) continue;
    // a line an OCR read that is only signs (« . », « , »): a speck
    if (lignes[i]!.confiance !== undefined && /^[\p{P}\s]+$/u.test(texte)) continue;
    const note = NOTE.exec(texte);
    if (note) {
      notes.push({ marque: note[1]!, texte: nettoyerTexte(note[2]!).trim() });
      continue;
    }
    lues[sortie.length] = lignes[i]!.confiance !== undefined;
    if (PUCE.test(texte) && texte.replace(PUCE, "").length > 1) sortie.push(`- ${texte.replace(PUCE, "")}`);
    else if (estSousTitre(texte, lignes[i + 1]?.texte) && i < fin) sortie.push(`### ${texte}`);
    else sortie.push(texte);
  }
  // what an OCR lost or misread, mended in this order on the lines it read
  const mendees = [finAnnoncee, pointsParasites, majusculesPerdues, tiretsPerdus].reduce((l, regle) => regle(l, lues), sortie);
  return { corps: mendees.join("\n"), notes };
}

/** An article that ends on a colon announces nothing after it: on a line an OCR read, its last full
 *  stop read as « : » (« … un compte-rendu de gestion : » at the article's end) is a full stop. */
function finAnnoncee(sortie: readonly string[], lues: readonly boolean[]): string[] {
  const j = sortie.length - 1;
  if (j < 0 || !lues[j] || !/\p{L}\s?:$/u.test(sortie[j]!)) return [...sortie];
  return [...sortie.slice(0, j), sortie[j]!.replace(/\s?:$/, ".")];
}

/** Abbreviations of four letters or more a lower-case word may follow. */
const ABREVIATIONS = /^(?:suiv|resp|ibid|précit|infra|supra|approx|notamm)$/i;
/**
 * A speck an OCR read as a full stop where its line wrapped (« à fournir. en temps utile »): inside a
 * paragraph it read, a full stop after a word of four letters or more, no abbreviation, or after an
 * article or a preposition that ends no sentence (« les. constatations »), before a word in lower
 * case — French opens no sentence so.
 */
function pointsParasites(sortie: readonly string[], lues: readonly boolean[]): string[] {
  return sortie.map((ligne, j) =>
    lues[j]
      ? ligne.replace(/(?<![\p{L}'’])(\p{L}{4,}|les|des|aux|une|par|pour|sur|dans)\. (?=\p{Ll}{2}|à )/gu, (tout, mot: string) =>
          ABREVIATIONS.test(mot) ? tout : `${mot} `,
        )
      : ligne,
  );
}

/**
 * The dash of a list item an OCR did not see (a thin short stroke at the margin): in a list whose
 * other items it read, a line it read that starts in lower case right after the list's lead-in
 * (« … : ») or an item (« … ; ») is an item too — a new line of a paragraph never starts so, the
 * layout joins those. Only where one item at least kept its dash, and only lines an OCR read.
 */
function tiretsPerdus(sortie: readonly string[], lues: readonly boolean[]): string[] {
  const lignes = [...sortie];
  if (!lignes.some((l) => l.startsWith("- "))) return lignes;
  for (let j = 1; j < lignes.length; j++) {
    const avant = lignes[j - 1]!;
    if (!lues[j] || !/^\p{Ll}/u.test(lignes[j]!) || !/[;:]$/.test(avant)) continue;
    const dansLaListe = avant.startsWith("- ") || lignes[j + 1]?.startsWith("- ");
    if (dansLaListe) lignes[j] = `- ${lignes[j]}`;
  }
  return lignes;
}

/** A paragraph an OCR read that opens a sentence takes its capital back: « il peut être mis fin… »
 *  after « … 2021. » is « Il ». */
function majusculesPerdues(sortie: readonly string[], lues: readonly boolean[]): string[] {
  return sortie.map((ligne, j) => {
    const avant = sortie[j - 1];
    if (!lues[j] || avant === undefined || !/[.!?]$/.test(avant) || /\betc\.$/i.test(avant) || !/^\p{Ll}/u.test(ligne)) return ligne;
    return ligne.charAt(0).toUpperCase() + ligne.slice(1);
  });
}
