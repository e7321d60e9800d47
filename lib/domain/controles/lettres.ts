// docs/domaine.md, « Contrôles »: the amount in words matches the amount in figures. Finds « cinquante mille euros
// (50 000 €) » and « 50 000 € (cinquante mille euros) » in the text and compares both sides.
import { lettresEnMontant, MOTS_DES_NOMBRES } from "../montant-en-lettres";
import { formatMontant, parseMontant } from "../money";
import type { Constat, ConventionAControler } from "./types";

const MOT = `(?:${MOTS_DES_NOMBRES.join("|")})`;
const NOMBRE = `${MOT}(?:(?:[-\\s]+et[-\\s]+|[-\\s]+)${MOT})*`;
const LETTRES = `(${NOMBRE}\\s+(?:d['’]\\s*)?euros?(?:\\s+et\\s+${NOMBRE}\\s+centimes?)?)`;
const CHIFFRES = `(\\d[\\d\\s\\u00a0\\u202f.]*(?:,\\d{1,2})?)\\s*(?:€|euros?)`;
const LETTRES_PUIS_CHIFFRES = new RegExp(`(?<![\\p{L}])${LETTRES}\\s*\\(\\s*${CHIFFRES}\\s*\\)`, "giu");
const CHIFFRES_PUIS_LETTRES = new RegExp(`${CHIFFRES}\\s*\\(\\s*${LETTRES}\\s*\\)`, "giu");

export type MontantDouble = { lettres: string; chiffres: string; centsLettres: bigint; centsChiffres: bigint };

export function montantsDoubles(texte: string): MontantDouble[] {
  const found: MontantDouble[] = [];
  const add = (lettres: string, chiffres: string) => {
    try {
      found.push({ lettres, chiffres, centsLettres: lettresEnMontant(lettres), centsChiffres: parseMontant(chiffres.replace(/\./g, "")) });
    } catch {
      // not an amount after all: nothing to compare
    }
  };
  for (const m of texte.matchAll(LETTRES_PUIS_CHIFFRES)) add(m[1]!, m[2]!);
  for (const m of texte.matchAll(CHIFFRES_PUIS_LETTRES)) add(m[2]!, m[1]!);
  return found;
}

/** An amount in words (« cent vingt mille euros ») and in figures (« 120 000 € »), one capture group
 *  each: what the checks of a text compose their patterns from. */
export const MONTANT_EN_LETTRES = new RegExp(LETTRES, "iu");
export const MONTANT_EN_CHIFFRES = new RegExp(CHIFFRES, "iu");

export function controlerMontantsEnLettres(c: ConventionAControler): Constat[] {
  const sources = [
    { champ: "preambule", texte: c.preambule ?? "" },
    ...c.articles.map((a, i) => ({ champ: `articles.${i}`, texte: a.corps })),
  ];
  return sources.flatMap(({ champ, texte }) =>
    montantsDoubles(texte)
      .filter((m) => m.centsLettres !== m.centsChiffres)
      .map((m) => ({
        code: "LETTRES_DIFFERENTES_DES_CHIFFRES",
        gravite: "erreur" as const,
        champ,
        message: `« ${m.lettres} » vaut ${formatMontant(m.centsLettres)}, mais le montant en chiffres indique ${formatMontant(m.centsChiffres)}.`,
      })),
  );
}
