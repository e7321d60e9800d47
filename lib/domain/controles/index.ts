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
export { reglesParties, regiParDecret2004 } from "./parties";

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

/** The checks that read a text, on an avenant's own context and articles: cited texts that do not
 *  exist, amounts in words against figures and against the ceilings it leaves. Prefixed with the
 *  avenant, at its fields. */
export function controlerTexteAvenant(
  a: { numero: number; contexte: string | null; articles: readonly { numero: string; titre: string; corps: string }[] },
  plafonds: { plafondAe: bigint | null; plafondCp: bigint | null },
  textes: readonly TexteConnu[],
): Constat[] {
  const texte: ConventionAControler = {
    type: "DELEGATION_GESTION",
    objet: "",
    ...plafonds,
    dateDebut: null,
    dateFin: null,
    regleDuree: "DATE_FIXE",
    preambule: a.contexte,
    parties: [],
    basesLegales: a.contexte ? [{ texte: a.contexte }] : [], // its citations are checked there
    articles: [...a.articles],
    echeancier: [],
  };
  return [...controlerMontantsEnLettres(texte), ...controlerReferences(texte, textes).filter((c) => c.code === "TEXTE_INCONNU")].map(
    (c) => ({
      ...c,
      champ: c.champ === "preambule" || c.champ === "basesLegales.0" ? "contexte" : c.champ,
      message: `Avenant n° ${a.numero} : ${c.message}`,
    }),
  );
}
