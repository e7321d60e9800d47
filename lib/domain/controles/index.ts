// Every consistency check of docs/domaine.md (« Contrôles »), in one call. Pure: used by the detail page, the forms
// (live, next to the field), the PDF and the server alike.
import { controlerEcheancier } from "./echeancier";
import { controlerMotsDesRoles, controlerParties, regiParDecret2004 } from "./parties";
import { controlerReferences, controlerRenvois, controlerRenvoisConvention, textesCites } from "./references";
import { controlerCompletude, exigencesArticle2 } from "./completude";
import { controlerMontantsEnLettres } from "./lettres";
import { controlerArticlesContreChamps, controlerBlocsDeSignature, controlerTrous } from "./texte-et-champs";
import type { Constat, ConventionAControler, TexteConnu } from "./types";
import { codesAbsentsDesLignes } from "../libelles";

/** The imputation table typed as printed shows every code held: else one of the two has a typo. */
function controlerImputationImprimee(c: ConventionAControler): Constat[] {
  return codesAbsentsDesLignes(c.imputation ?? {}).map(({ libelle, valeur }) => ({
    code: "IMPUTATION_IMPRIMEE_ECART",
    gravite: "avertissement" as const,
    champ: "imputation.lignesImprimees",
    message: `${libelle} « ${valeur} » n'apparaît pas dans le tableau tel qu'imprimé : corrigez le code ou la ligne imprimée.`,
  }));
}

export type { Constat, ConventionAControler, TexteConnu };
export { exigencesArticle2, regiParDecret2004, textesCites };
export { texteVise, type TexteCite } from "./references";
export { reglesParties } from "./parties";

/** Findings in the order a reader should take them: errors first, then warnings, each kind in
 *  the order the checks gave them. */
export function parGravite(constats: readonly Constat[]): Constat[] {
  return [...constats.filter((c) => c.gravite === "erreur"), ...constats.filter((c) => c.gravite !== "erreur")];
}

export function controlerConvention(c: ConventionAControler, textes: readonly TexteConnu[]): Constat[] {
  const constats = [
    ...controlerParties(c),
    ...controlerEcheancier(c),
    ...controlerMontantsEnLettres(c),
    ...controlerReferences(c, textes),
    ...controlerCompletude(c),
    ...controlerImputationImprimee(c),
    ...controlerTrous(c),
    ...controlerArticlesContreChamps(c),
    ...controlerBlocsDeSignature(c),
  ];
  return constats.sort((a, b) => (a.gravite === b.gravite ? 0 : a.gravite === "erreur" ? -1 : 1));
}

/** Everything a convention's page or form shows of its checks: the findings, the article 2
 *  checklist, the texts it cites, and whether décret n° 2004-1085 governs it. */
export function bilanControles(c: ConventionAControler, textes: readonly TexteConnu[]) {
  return {
    constats: controlerConvention(c, textes),
    exigences: exigencesArticle2(c),
    cites: textesCites(c, textes),
    regiParDecret: regiParDecret2004(c),
  };
}

/** What an avenant's own text is checked on: its introduction, context, legal bases, parties as it
 *  names them (with the convention's role of each), articles and signature blocks. */
export type AvenantAControler = {
  numero: number;
  introduction?: string | null;
  contexte: string | null;
  basesLegales: readonly { texte: string }[];
  parties: ConventionAControler["parties"];
  articles: readonly { numero: string; titre: string; corps: string }[];
  signatures?: ConventionAControler["signatures"];
};

/** The convention as the avenant leaves it: the ceilings, end date and UO its articles must state. */
export type ConventionApresAvenant = {
  plafondAe: bigint | null;
  plafondCp: bigint | null;
  articles: readonly { numero: string; titre: string }[];
  dateFin?: string | null;
  regleDuree?: ConventionAControler["regleDuree"];
  imputation?: ConventionAControler["imputation"];
  siglesConnus?: readonly string[];
};

/** The checks that read a text, on an avenant's own legal bases, context, parties and articles:
 *  cited texts that do not exist, amounts in words against figures, placeholders left, ceilings, UO
 *  or end date its articles state against those it leaves, organisations named that are no party,
 *  the words used for each party's role, references to the convention's articles, and its
 *  signature blocks. Prefixed with the avenant, at its form's fields. */
export function controlerTexteAvenant(a: AvenantAControler, convention: ConventionApresAvenant, textes: readonly TexteConnu[]): Constat[] {
  const texte: ConventionAControler = {
    type: "DELEGATION_GESTION",
    objet: "",
    plafondAe: convention.plafondAe,
    plafondCp: convention.plafondCp,
    dateDebut: null,
    dateFin: convention.dateFin ?? null,
    regleDuree: convention.regleDuree ?? "DATE_FIXE",
    preambule: a.contexte,
    parties: [...a.parties],
    // the context's citations are checked with the visas, after them
    basesLegales: [...a.basesLegales, ...(a.contexte ? [{ texte: a.contexte }] : [])],
    articles: [...a.articles],
    echeancier: [],
    imputation: convention.imputation,
    siglesConnus: convention.siglesConnus,
    signatures: a.signatures,
  };
  const champContexte = `basesLegales.${a.basesLegales.length}`;
  const sources = [
    { champ: "contexte", libelle: "Le contexte", texte: a.contexte ?? "" },
    ...a.articles.map((x, i) => ({ champ: `articles.${i}`, libelle: `L'article ${x.numero} de l'avenant`, texte: x.corps })),
  ];
  const deLAvenant = (x: { numero: string }) => `L'article ${x.numero} de l'avenant`;
  return [
    ...controlerMontantsEnLettres(texte),
    ...controlerReferences(texte, textes).filter((c) => c.code === "TEXTE_INCONNU"),
    ...controlerMotsDesRoles(a.parties),
    ...controlerRenvois(a.articles, convention.articles, {
      libelle: (n) => `L'article ${n} de l'avenant`,
      cibleDe: " de la convention",
    }),
    ...controlerRenvoisConvention(sources, convention.articles),
    ...controlerTrous({ ...texte, titre: undefined, objet: a.introduction ?? "", basesLegales: [...a.basesLegales] }).map((c) => ({
      ...c,
      champ: c.champ === "objet" ? "introduction" : c.champ,
      message: c.message
        .replace(/^L'objet/, "L'introduction")
        .replace(/^Le préambule/, "Le contexte")
        .replace(/^L'article (\S+)/, "L'article $1 de l'avenant"),
    })),
    ...controlerArticlesContreChamps(texte, { libelle: deLAvenant }),
    ...controlerBlocsDeSignature(texte),
  ].map((c) => ({
    ...c,
    champ: c.champ === "preambule" || c.champ === champContexte ? "contexte" : c.champ,
    message: `Avenant n° ${a.numero} : ${c.message}`,
  }));
}
