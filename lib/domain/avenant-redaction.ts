// The articles of an avenant, written from the changes it makes, in the usual wording
// (« L'article 8 de la convention initiale du … est modifié comme suit : »), then editable.
import { formatDateLongue } from "./dates";
import { formatMontant } from "./money";
import { montantEnLettres } from "./montant-en-lettres";
import type { Changement } from "./avenant";

export type ConventionInitiale = {
  titre: string;
  date: string | null;
  articles: { numero: string; titre: string }[];
  /** What the avenant's articles are checked against, beside its changes. */
  regleDuree?: "DATE_FIXE" | "JUSQU_AU_REGLEMENT";
  centreFinancier?: string | null;
};

const chercher = (c: ConventionInitiale, motif: RegExp) => c.articles.find((a) => motif.test(a.titre));
const enLettres = (cents: bigint) => `${montantEnLettres(cents)} (${formatMontant(cents)})`;

/** An avenant's title when none is typed: « Avenant n° 1 à la convention de délégation de gestion du
 *  1er septembre 2024 » (stored with it, printed, shown on its page). */
export function titreAvenantParDefaut(numero: number, c: Pick<ConventionInitiale, "titre" | "date">): string {
  return `Avenant n° ${numero} à la ${c.titre.charAt(0).toLowerCase()}${c.titre.slice(1)}${c.date ? ` du ${formatDateLongue(c.date)}` : ""}`;
}

export function designation(c: ConventionInitiale): string {
  return `la convention initiale${c.date ? ` du ${formatDateLongue(c.date)}` : ""}`;
}

/** The usual opening sentence of an avenant, from the convention it amends (editable afterwards):
 *  « Le présent avenant vient modifier les termes de la convention de délégation de gestion du 1er
 *  septembre 2024 (référence …), conclue le … entre …, en application du décret n° 2004-1085 … ». */
export function introductionAvenant(c: {
  titre: string;
  reference: string;
  dateConvention: string | null;
  dateSignature: string | null;
  parties: readonly string[];
  regiParDecret2004: boolean;
}): string {
  const parties = c.parties.filter(Boolean);
  const entre = parties.length > 1 ? ` entre ${parties.slice(0, -1).join(", ")} et ${parties.at(-1)}` : "";
  return [
    `Le présent avenant vient modifier les termes de la ${c.titre.charAt(0).toLowerCase()}${c.titre.slice(1)}`,
    c.dateConvention ? ` du ${formatDateLongue(c.dateConvention)}` : "",
    ` (référence ${c.reference})`,
    c.dateSignature ? `, conclue le ${formatDateLongue(c.dateSignature)}${entre}` : entre ? `, conclue${entre}` : "",
    c.regiParDecret2004
      ? ", en application du décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion dans les services de l'État"
      : "",
    ".",
  ].join("");
}

export function redigerArticlesAvenant(
  c: ConventionInitiale,
  changements: readonly Changement[],
): { numero: string; titre: string; corps: string }[] {
  const initiale = designation(c);
  const corps: { titre: string; corps: string }[] = [];
  for (const ch of changements) {
    switch (ch.type) {
      case "PROLONGATION": {
        const article = chercher(c, /dur[ée]e/i);
        corps.push({
          titre: "Prolongation de la durée",
          corps: `${article ? `L'article ${article.numero} de ${initiale} est modifié comme suit` : `La durée de ${initiale} est modifiée comme suit`} : « La convention prendra fin au ${formatDateLongue(ch.nouvelleDateFin)}. »`,
        });
        break;
      }
      case "PLAFONDS": {
        const parts = [
          ch.nouveauPlafondAe !== null ? `${enLettres(ch.nouveauPlafondAe)} en autorisations d'engagement (AE)` : null,
          ch.nouveauPlafondCp !== null ? `${enLettres(ch.nouveauPlafondCp)} en crédits de paiement (CP)` : null,
        ].filter(Boolean);
        corps.push({
          titre: "Montant des crédits délégués",
          corps: `Le montant maximum des crédits mis à disposition au titre de ${initiale} est porté à ${parts.join(" et à ")}.`,
        });
        break;
      }
      case "ECHEANCIER": {
        const article = chercher(c, /financi|cr[ée]dits/i);
        corps.push({
          titre: "Échéancier",
          corps: `L'échéancier prévisionnel${article ? ` figurant à l'article ${article.numero}` : ""} de ${initiale} est remplacé, à compter de l'année ${ch.aPartirDe}, par l'échéancier suivant :\n[[echeancier]]`,
        });
        break;
      }
      case "SUCCESSION_ORGANISATION": {
        const ancienne = ch.remplacee.sigle ? `${ch.remplacee.nom} » (${ch.remplacee.sigle})` : `${ch.remplacee.nom} »`;
        const nouvelle = ch.successeur.sigle ? `${ch.successeur.nom} » (${ch.successeur.sigle})` : `${ch.successeur.nom} »`;
        corps.push({
          titre: `Remplacement de la ${ch.remplacee.sigle ?? ch.remplacee.nom} par la ${ch.successeur.sigle ?? ch.successeur.nom}`,
          corps: `La référence à la « ${ancienne} est remplacée par la référence à la « ${nouvelle} dans ${initiale}.`,
        });
        break;
      }
      case "MODIFICATION_ARTICLE":
        corps.push({
          titre: `Modification de l'article ${ch.numero}`,
          corps: `L'article ${ch.numero} de ${initiale} est modifié comme suit :\n${ch.corps}`,
        });
        break;
      case "RELIQUAT": {
        const parts = [
          ch.reliquatAe !== null ? `${enLettres(ch.reliquatAe)} en AE` : null,
          ch.reliquatCp !== null ? `${enLettres(ch.reliquatCp)} en CP` : null,
        ].filter(Boolean);
        corps.push({
          titre: "Crédits non consommés",
          corps: `Les parties constatent que ${parts.join(" et ")} ne seront pas consommés au titre de ${initiale}.`,
        });
        break;
      }
    }
  }
  corps.push({
    titre: "Autres stipulations",
    corps: `Les autres stipulations de ${initiale} demeurent inchangées.\nLe présent avenant prend effet à compter de sa signature par les parties.`,
  });
  return corps.map((a, i) => ({ numero: String(i + 1), ...a }));
}
