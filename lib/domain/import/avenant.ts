// An avenant of the genre: « Avenant n° 2 à la convention de délégation de gestion du 1er septembre
// 2024 [relative à …] », and articles that prolong, set new amounts or a new schedule, state a
// remainder, replace an organisation by its successor, or replace an article's text.
import { aeCpDeLaPhrase, phrases } from "./clauses";
import { enEurosOuNull, type ArticleLu, type AvenantLu, type ChangementLu, type LigneEcheancierLue } from "./resultat";
import { casPhrase, plier } from "./lignes";
import { datesLues, petitNombre } from "./valeurs";

const ORDINAUX: Record<string, number> = { premier: 1, un: 1, deuxieme: 2, second: 2, troisieme: 3, quatrieme: 4, cinquieme: 5 };

export function estUnAvenant(titre: string): boolean {
  return /^\s*(?:projet d['’])?avenant\b/i.test(titre) || /\bavenant\s+(?:n[°o]|num[ée]ro|premier|\d)/i.test(titre.slice(0, 80));
}

export function numeroAvenant(titre: string): number | null {
  const m = /avenant\s*(?:n[°o]\.?|num[ée]ro)?\s*(\d+|[\p{L}-]+)/iu.exec(titre);
  if (!m) return null;
  const mot = plier(m[1]!);
  if (/^\d+$/.test(mot)) return Number(mot);
  return ORDINAUX[mot] ?? petitNombre(mot);
}

/** The convention the title (or a visa) names: its kind, date, purpose and reference. */
export function conventionVisee(texte: string): AvenantLu["convention"] {
  const m =
    /(?:à|a)\s+la\s+(convention\s+(?:de\s+d[ée]l[ée]gation\s+de\s+gestion|de\s+service|de\s+partenariat|[\p{L}' -]{0,40}?))(?=\s|,|$)/iu.exec(
      texte,
    );
  const apres = m ? texte.slice(m.index + m[0].length) : texte;
  const date = datesLues(apres).find((d) => d.jourConnu)?.date ?? null;
  const objet =
    /\b(?:relative|portant|concernant)\s+(?:à\s+la|à\s+l['’]|aux?|à|sur)?\s*(.+?)\s*$/i.exec(apres)?.[1]?.replace(/[.;,]$/, "") ?? null;
  const reference = /\bn[°o]\s*([A-Z0-9][A-Z0-9/_.-]{3,})/i.exec(apres)?.[1] ?? null;
  return { titre: m ? casPhrase(m[1]!.trim()).replace(/^./, (c) => c.toUpperCase()) : null, date, objet, reference };
}

/** What each article of an avenant changes. */
export function changementsDesArticles(articles: readonly ArticleLu[], echeancier: LigneEcheancierLue[]): ChangementLu[] {
  const changements: ChangementLu[] = [];
  const texteArticles = articles.map((a) => a.corps);
  for (const corps of texteArticles) {
    // « L'article 5 de la convention est remplacé par les dispositions suivantes : « … » »
    const mod =
      /l['’]article\s+(\d+|premier|1er)\s*(?:«\s*([^»]+?)\s*»\s*)?(?:de la convention(?: initiale| susvis[ée]e| pr[ée]cit[ée]e)?\s+)?(?:est|sont)\s+(?:remplac[ée]|modifi[ée]|ainsi r[ée]dig[ée]|r[ée]dig[ée]|compl[ée]t[ée])[^:\n]*:?\s*/i.exec(
        corps,
      );
    if (mod) {
      const numero = /^\d+$/.test(mod[1]!) ? mod[1]! : "1";
      let texte = corps.slice(mod.index + mod[0].length).trim();
      const titre = mod[2]?.trim() ?? /intitul[ée]\s*«\s*([^»]+)»/i.exec(mod[0] + texte)?.[1]?.trim() ?? null;
      texte = texte
        .replace(/^«\s*/, "")
        .replace(/\s*»\s*\.?\s*$/, "")
        .trim();
      if (texte) changements.push({ type: "MODIFICATION_ARTICLE", numero, titre, corps: texte });
      // the new text of a duration article moves the end date too
      const fin = /prend(?:ra)? fin|jusqu['’]au|expire/i.test(texte) ? datesLues(texte, true).pop() : undefined;
      if (fin && !changements.some((c) => c.type === "PROLONGATION")) changements.push({ type: "PROLONGATION", nouvelleDateFin: fin.date });
      continue;
    }
    for (const { texte: p } of phrases(corps)) {
      const sucession =
        /r[ée]f[ée]rence\s+(?:à|au)\s+(?:la\s+|le\s+|l['’])?«?[^»()]*»?\s*\(([A-Z][A-Z0-9-]+)\)\s+est\s+remplac[ée]e\s+par\s+(?:la\s+)?r[ée]f[ée]rence\s+(?:à|au)\s+(?:la\s+|le\s+|l['’])?«?[^»()]*»?\s*\(([A-Z][A-Z0-9-]+)\)/i.exec(
          p,
        );
      if (sucession) {
        if (!changements.some((c) => c.type === "SUCCESSION_ORGANISATION" && c.remplacee === sucession[1]))
          changements.push({ type: "SUCCESSION_ORGANISATION", remplacee: sucession[1]!, successeur: sucession[2]! });
        continue;
      }
      if (/reliquat|non consomm|ne (?:sera|seront) pas (?:consomm|utilis|engag)|restant(?:s)? (?:à|a) (?:engager|payer)/i.test(p)) {
        const lu = aeCpDeLaPhrase(p);
        if (lu)
          changements.push({
            type: "RELIQUAT",
            reliquatAe: enEurosOuNull(lu.ae),
            reliquatCp: enEurosOuNull(lu.cp),
          });
        continue;
      }
      if (
        /prolong|proroge|report[ée]e?|date (?:de fin|d['’][ée]ch[ée]ance|d['’]expiration|de terme)|prendra fin|jusqu['’]au/i.test(p) &&
        !/pr[ée]avis/i.test(p)
      ) {
        const d = datesLues(p, true).filter((x) => x.jourConnu || /prendr?a? fin|jusqu/i.test(p));
        if (d.length && !changements.some((c) => c.type === "PROLONGATION")) {
          changements.push({ type: "PROLONGATION", nouvelleDateFin: d[d.length - 1]!.date });
          continue;
        }
      }
      if (/port[ée]|fix[ée]|modifi|nouveau|augment|r[ée]dui|ramen|major|minor/i.test(p)) {
        const lu = aeCpDeLaPhrase(p);
        if (lu && !changements.some((c) => c.type === "PLAFONDS"))
          changements.push({
            type: "PLAFONDS",
            nouveauPlafondAe: enEurosOuNull(lu.ae),
            nouveauPlafondCp: enEurosOuNull(lu.cp),
          });
      }
    }
  }
  if (echeancier.length)
    changements.push({ type: "ECHEANCIER", aPartirDe: Math.min(...echeancier.map((l) => l.annee)), lignes: echeancier });
  return changements;
}
