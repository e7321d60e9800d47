// Every consistency check of docs/domaine.md (« Contrôles »), in one call. Pure: used by the detail page, the forms
// (live, next to the field), the PDF and the server alike.
import { controlerEcheancier } from "./echeancier";
import { controlerParties } from "./parties";
import { controlerReferences } from "./references";
import { controlerCompletude } from "./completude";
import { controlerMontantsEnLettres } from "./lettres";
import type { Constat, ConventionAControler, TexteConnu } from "./types";

export type { Constat, ConventionAControler, TexteConnu };
export { exigencesArticle2 } from "./completude";
export { textesCites, texteVise, type TexteCite } from "./references";
export { reglesParties } from "./parties";

export function controlerConvention(c: ConventionAControler, textes: readonly TexteConnu[]): Constat[] {
  const constats = [
    ...controlerParties(c),
    ...controlerEcheancier(c),
    ...controlerMontantsEnLettres(c),
    ...controlerReferences(c, textes),
    ...controlerCompletude(c),
  ];
  return constats.sort((a, b) => (a.gravite === b.gravite ? 0 : a.gravite === "erreur" ? -1 : 1));
}
