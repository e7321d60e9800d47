// Values as documents write them: amounts in figures or only in words, dates in words, in figures or
// abbreviated (« 26 JAN. 2021 »), small numbers in words (« préavis de trois mois »).
import { datesDuTexte, type CalendarDate } from "../dates";
import { lettresEnMontant, lettresEnNombre } from "../montant-en-lettres";
import { MONTANT_EN_CHIFFRES, MONTANT_EN_LETTRES } from "../controles/lettres";
import { parseMontant } from "../money";

export type MontantLu = { cents: bigint; index: number; fin: number; texte: string; enLettres: boolean };

const CHIFFRES = new RegExp(MONTANT_EN_CHIFFRES.source, "giu");
const LETTRES = new RegExp(`(?<![\\p{L}])${MONTANT_EN_LETTRES.source}`, "giu");
// « 50 k€ », « 1,2 M€ »: short forms seen in tables and summaries.
const ABREGES = /(\d+(?:,\d+)?)\s*(k|M)\s*€/g;

/** Reads « 120 000 », « 120.000 », « 1 234,56 » (thousands by spaces or dots) to cents, or null. */
export function lireChiffres(texte: string): bigint | null {
  // (a cell's figure may keep a stray sign an OCR read beside it: « 273 000 €. », « | 90 000 »)
  let t = texte
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^[|¦;:'‘’"“”]+|[|¦;:.'‘’"“”]+$/g, "")
    .replace(/[€]|euros?$/gi, "");
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(t)) t = t.replace(/\./g, "");
  if (/^\d{1,3}(,\d{3})+$/.test(t)) t = t.replace(/,/g, ""); // « 120,000 » (English layout)
  if (!/^\d+(?:[,.]\d{1,2})?$/.test(t)) return null;
  try {
    return parseMontant(t);
  } catch {
    return null;
  }
}

/** Every amount a text writes, in figures (« 120 000 € ») or only in words (« cent vingt mille
 *  euros »): an amount written both ways counts once, by its figures. */
export function montantsDuTexte(texte: string): MontantLu[] {
  const lus: MontantLu[] = [];
  for (const m of texte.matchAll(CHIFFRES)) {
    const cents = lireChiffres(m[1]!);
    if (cents !== null) lus.push({ cents, index: m.index, fin: m.index + m[0].length, texte: m[0], enLettres: false });
  }
  for (const m of texte.matchAll(ABREGES)) {
    const base = lireChiffres(m[1]!);
    if (base !== null)
      lus.push({
        cents: base * (m[2] === "k" ? 1000n : 1_000_000n),
        index: m.index,
        fin: m.index + m[0].length,
        texte: m[0],
        enLettres: false,
      });
  }
  for (const m of texte.matchAll(LETTRES)) {
    const debut = m.index + m[0].indexOf(m[1]!);
    const fin = debut + m[1]!.length;
    if (lus.some((l) => Math.abs(l.index - fin) < 6 || Math.abs(debut - l.fin) < 6 || (l.index >= debut && l.index < fin))) continue;
    try {
      lus.push({ cents: lettresEnMontant(m[1]!), index: debut, fin, texte: m[1]!, enLettres: true });
    } catch {
      // a word that only looked like a number
    }
  }
  return lus.sort((a, b) => a.index - b.index);
}

const ABREVIATIONS_MOIS: [RegExp, string][] = [
  [/\bjanv?\.?(?=\s)/gi, "janvier"],
  [/\bf[ée]vr?\.?(?=\s)/gi, "février"],
  [/\bavr\.?(?=\s)/gi, "avril"],
  [/\bjuil\.?(?=\s)/gi, "juillet"],
  [/\bsept\.(?=\s)/gi, "septembre"],
  [/\boct\.?(?=\s)/gi, "octobre"],
  [/\bnov\.?(?=\s)/gi, "novembre"],
  [/\bd[ée]c\.?(?=\s)/gi, "décembre"],
];

export type DateTrouvee = { date: CalendarDate; index: number; texte: string; jourConnu: boolean };

const iso = (a: number, m: number, j: number) => `${a}-${String(m).padStart(2, "0")}-${String(j).padStart(2, "0")}`;
const dernierJour = (a: number, m: number) => new Date(Date.UTC(a, m, 0)).getUTCDate();

/** The dates of a text, abbreviations and « 1er » included; a month alone is its last day when
 *  `finDeMois` (« prendra fin en décembre 2021 »), else its first. Positions are in the given text. */
export function datesLues(texte: string, finDeMois = false): DateTrouvee[] {
  // Positions are approximate after an abbreviation is expanded (they only order the dates).
  let developpe = texte.replace(/\b1\s*(?:er|ᵉʳ)(?=\s)/gi, "1er");
  for (const [re, mot] of ABREVIATIONS_MOIS) developpe = developpe.replace(re, mot);
  return datesDuTexte(developpe).map((d) => ({
    date: iso(d.annee, d.mois, d.jour ?? (finDeMois ? dernierJour(d.annee, d.mois) : 1)),
    index: Math.min(d.index, texte.length),
    texte: d.texte,
    jourConnu: d.jour !== null,
  }));
}

/** « trois », « 3 », « vingt-quatre » → the number, or null. */
export function petitNombre(texte: string): number | null {
  const t = texte.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  try {
    const n = Number(lettresEnNombre(t));
    return n > 0 && n < 1000 ? n : null;
  } catch {
    return null;
  }
}
