// docs/domaine.md, « Contrôles »: legal references name texts that exist (typos in decree numbers happen in signed
// documents), and internal references point at the right article.
import type { Constat, ConventionAControler, TexteConnu } from "./types";

const NATURES: Record<string, TexteConnu["nature"]> = {
  loi: "LOI",
  ordonnance: "ORDONNANCE",
  décret: "DECRET",
  decret: "DECRET",
  arrêté: "ARRETE",
  arrete: "ARRETE",
};
const REFERENCE = /\b(loi|ordonnance|d[ée]cret|arr[êe]t[ée])\s+(?:n\s*°?\s*|no\s+)?(\d{2,4}-\d{1,5})\b/giu;

export type ReferenceTexte = { nature: TexteConnu["nature"]; numero: string; citation: string };

export function referencesCitees(texte: string): ReferenceTexte[] {
  return [...texte.matchAll(REFERENCE)].map((m) => ({ nature: NATURES[m[1]!.toLowerCase()]!, numero: m[2]!, citation: m[0] }));
}

/** The text of the referential that a reference names (same nature, same number), if any. */
export function texteDuReferentiel<T extends TexteConnu>(
  ref: Pick<ReferenceTexte, "nature" | "numero">,
  textes: readonly T[],
): T | undefined {
  return textes.find((t) => t.nature === ref.nature && t.numero === ref.numero);
}

/** The known text a legal basis (« le décret n° 2004-1085 du … ») cites first, if any. */
export function texteVise<T extends TexteConnu>(visa: string, textes: readonly T[]): T | undefined {
  for (const ref of referencesCitees(visa)) {
    const texte = texteDuReferentiel(ref, textes);
    if (texte) return texte;
  }
  return undefined;
}

// Two numbers one typo apart: same length and one substitution, or two swapped digits.
function procheDe(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].map((ch, i) => (ch === b[i] ? -1 : i)).filter((i) => i >= 0);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

export function controlerReferences(c: ConventionAControler, textes: readonly TexteConnu[]): Constat[] {
  const constats: Constat[] = [];
  const sources = [
    ...c.basesLegales.map((b, i) => ({ champ: `basesLegales.${i}`, texte: b.texte })),
    ...c.articles.map((a, i) => ({ champ: `articles.${i}`, texte: a.corps })),
  ];
  const dejaSignale = new Set<string>();
  for (const { champ, texte } of sources) {
    for (const ref of referencesCitees(texte)) {
      const connu = texteDuReferentiel(ref, textes) !== undefined;
      const cle = `${ref.nature} ${ref.numero}`;
      if (connu || dejaSignale.has(cle)) continue;
      dejaSignale.add(cle);
      const voisin = textes.find((t) => t.nature === ref.nature && procheDe(t.numero, ref.numero));
      constats.push({
        code: "TEXTE_INCONNU",
        gravite: "avertissement",
        champ,
        message: `« ${ref.citation} » ne correspond à aucun texte du référentiel${voisin ? ` : s'agit-il du n° ${voisin.numero} ?` : " : vérifiez le numéro."}`,
      });
    }
  }

  return [...constats, ...controlerRenvois(c.articles, c.articles)];
}

type ArticleCite = { numero: string; titre: string };
const numeroArticle = (n: string) => n.replace(/\s*(?:er|ère|re)$/i, "");

/** Internal references: « au terme de la période fixée à l'article N » must point at the duration
 *  article of `cibles` (the document's own articles, or for an avenant the convention's). `sources`
 *  are the articles read, at their index; `libelle` names them (« L'article 5 »). */
export function controlerRenvois(
  sources: readonly { numero: string; corps: string }[],
  cibles: readonly ArticleCite[],
  { champ = (i: number) => `articles.${i}`, libelle = (n: string) => `L'article ${n}`, cibleDe = "" } = {},
): Constat[] {
  const constats: Constat[] = [];
  const trouver = (n: string) => cibles.find((a) => numeroArticle(a.numero) === n);
  sources.forEach((article, i) => {
    for (const m of article.corps.matchAll(/p[ée]riode fix[ée]e [àa] l['’]article (\d+)/giu)) {
      const cible = trouver(m[1]!);
      if (!cible || !/dur[ée]e/i.test(cible.titre)) {
        const duree = cibles.find((a) => /dur[ée]e/i.test(a.titre));
        constats.push({
          code: "RENVOI_ARTICLE_DUREE",
          gravite: "avertissement",
          champ: champ(i),
          message: `${libelle(article.numero)} renvoie à « la période fixée à l'article ${m[1]} », mais l'article ${m[1]}${cibleDe} ${cible ? `porte sur « ${cible.titre} »` : "n'existe pas"}${duree ? ` ; la durée est fixée à l'article ${duree.numero}` : ""}.`,
        });
      }
    }
  });
  return constats;
}

/** An avenant's references to the convention's articles (« l'article 7 de la convention est
 *  remplacé par … ») name articles that exist in it. */
export function controlerRenvoisConvention(
  sources: readonly { champ: string; libelle: string; texte: string }[],
  articlesConvention: readonly ArticleCite[],
): Constat[] {
  const connus = new Set(articlesConvention.map((a) => numeroArticle(a.numero)));
  const dejaSignale = new Set<string>();
  return sources.flatMap(({ champ, libelle, texte }) =>
    // « l'article 7 de la convention », « l'article 7 « Durée » de la convention »
    [
      ...texte.matchAll(
        /(?<!\p{L})l['’]article\s+(\d+)(?:\s*(?:er|ère|re))?(?:\s+[«"“][^»"”]{1,120}[»"”])?\s+de\s+la\s+convention(?!\p{L})/giu,
      ),
    ].flatMap((m) => {
      const n = m[1]!;
      if (connus.has(n) || dejaSignale.has(`${champ}:${n}`)) return [];
      dejaSignale.add(`${champ}:${n}`);
      return [
        {
          code: "RENVOI_ARTICLE_INCONNU",
          gravite: "avertissement" as const,
          champ,
          message: `${libelle} renvoie à l'article ${n} de la convention, qui n'existe pas (articles ${[...connus].join(", ") || "aucun"}).`,
        },
      ];
    }),
  );
}

export type TexteCite = { citation: string; nature: TexteConnu["nature"]; numero: string; connu: boolean };

/** Every text the convention cites (visas and articles), once each, and whether it is known. */
export function textesCites(c: ConventionAControler, textes: readonly TexteConnu[]): TexteCite[] {
  const vus = new Map<string, TexteCite>();
  for (const texte of [...c.basesLegales.map((b) => b.texte), ...c.articles.map((a) => a.corps)]) {
    for (const ref of referencesCitees(texte)) {
      const cle = `${ref.nature} ${ref.numero}`;
      if (!vus.has(cle))
        vus.set(cle, {
          citation: ref.citation,
          nature: ref.nature,
          numero: ref.numero,
          connu: texteDuReferentiel(ref, textes) !== undefined,
        });
    }
  }
  return [...vus.values()];
}
