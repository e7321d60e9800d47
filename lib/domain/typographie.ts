// French typography for display (detail page and PDF): the spaces typed before « : ; ! ? » € % »,
// after « « », inside groups of thousands and after « n° » become no-break spaces, so that a line
// never starts with « : » or « € » and an amount or a text number is never split across lines.
// Only spaces already typed change: the wording of the legal text is never altered.
import { NBSP } from "./money";

export function espacesInsecables(texte: string): string {
  return texte
    .replace(/[ \u202f]+(?=[:;!?»€%])/g, NBSP)
    .replace(/«[ \u202f]+/g, `«${NBSP}`)
    .replace(/(\d)[ \u202f](?=\d{3}(?!\d))/g, `$1${NBSP}`)
    .replace(/(?<![\p{L}\p{N}])([nN]°) +/gu, `$1${NBSP}`);
}
