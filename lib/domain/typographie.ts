// French typography for display (detail page and PDF), on the spaces already typed only — the
// wording of the legal text is never altered:
//   before « : », « € », « % » and inside « … »     → no-break space (U+00A0)
//   before « ; », « ! », « ? », inside thousands groups → narrow no-break space (U+202F)
//   after « n° »                                      → no-break space
// so that a line never starts with a sign and an amount or a text number is never split.
import { NBSP, NNBSP } from "./money";

export function espacesInsecables(texte: string): string {
  return texte
    .replace(/[ \u00a0\u202f]+(?=[:€%»])/g, NBSP)
    .replace(/[ \u00a0\u202f]+(?=[;!?])/g, NNBSP)
    .replace(/«[ \u00a0\u202f]+/g, `«${NBSP}`)
    .replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, `$1${NNBSP}`)
    .replace(/(?<![\p{L}\p{N}])([nN]°) +/gu, `$1${NBSP}`);
}
