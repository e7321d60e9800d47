// The clauses the genre always has, read from the articles' text: the ceilings in AE and CP, the
// duration (starting point, end date or « jusqu'au règlement total »), the notice, the publication
// channels, co-funding, the purpose.
import { datesLues, montantsDuTexte, petitNombre, type MontantLu } from "./valeurs";

export type Trouve<T> = { valeur: T; index: number; certain: boolean };

/** The sentences of a text and where each starts: one ends at « . » or « ; » followed by a space
 *  (not inside « 1.234 » nor « data.gouv.fr »), or at the end of its line. */
export function phrases(texte: string): { texte: string; index: number }[] {
  const out: { texte: string; index: number }[] = [];
  for (const m of texte.matchAll(/(?:[^\n.;]|[.;](?!\s|$))+[.;]?/g)) if (m[0].trim()) out.push({ texte: m[0], index: m.index });
  return out;
}
const AE = /\bAE\b|autorisations?\s+d['’]\s*engagements?/gi;
const CP = /\bCP\b|cr[ée]dits?\s+de\s+paiements?/gi;
const PLAFOND = /montant|plafond|maximum|maximal|s['’][ée]l[èe]ve|fix[ée]|port[ée]|limite|enveloppe|hauteur|total|budget/i;

/** Which amounts of a sentence are AE and which CP: each amount goes to the next marker, an amount
 *  followed by both (« 50 000 € en AE et en CP ») to both. */
export function aeCpDeLaPhrase(texte: string): { ae: bigint | null; cp: bigint | null } | null {
  const montants = montantsDuTexte(texte);
  if (!montants.length) return null;
  const marques = [
    ...[...texte.matchAll(AE)].map((m) => ({ q: "ae" as const, i: m.index })),
    ...[...texte.matchAll(CP)].map((m) => ({ q: "cp" as const, i: m.index })),
  ].sort((a, b) => a.i - b.i);
  if (!marques.some((m) => m.q === "ae") && !marques.some((m) => m.q === "cp")) return null;
  let ae: bigint | null = null;
  let cp: bigint | null = null;
  montants.forEach((m: MontantLu, k) => {
    const suivant = montants[k + 1]?.index ?? Infinity;
    const apres = marques.filter((q) => q.i > m.index && q.i < suivant);
    const avant = marques.filter((q) => q.i < m.index && q.i > (montants[k - 1]?.fin ?? -1));
    const cibles = apres.length ? apres : avant.slice(-1);
    for (const c of cibles) {
      if (c.q === "ae" && ae === null) ae = m.cents;
      if (c.q === "cp" && cp === null) cp = m.cents;
    }
  });
  return ae === null && cp === null ? null : { ae, cp };
}

/** The ceilings a text states, from the first sentence that gives an amount for AE or CP. */
export function plafondsDuTexte(texte: string, motsDeChangement?: RegExp): Trouve<{ ae: bigint | null; cp: bigint | null }> | null {
  for (const p of phrases(texte)) {
    if (!PLAFOND.test(p.texte) || (motsDeChangement && !motsDeChangement.test(p.texte))) continue;
    if (/reliquat|non consomm|ne (?:sera|seront) pas/i.test(p.texte)) continue;
    const lu = aeCpDeLaPhrase(p.texte);
    if (lu) return { valeur: lu, index: p.index, certain: lu.ae !== null && lu.cp !== null };
  }
  return null;
}

export type Duree = {
  pointDepart: Trouve<"SIGNATURE" | "NOTIFICATION" | "PUBLICATION" | "DATE_EFFET"> | null;
  /** The start the text states (« prend effet le 1er janvier 2025 »), with DATE_EFFET. */
  dateEffet: Trouve<string> | null;
  regleDuree: Trouve<"DATE_FIXE" | "JUSQU_AU_REGLEMENT">;
  dateFin: Trouve<string> | null;
  preavisMois: Trouve<number> | null;
};

const NOTIFICATION =
  /(?:compter de|partir de|date de|d[èe]s) (?:la date de )?(?:sa |la |leur )?notification|notifi[ée]e? (?:aux|à) (?:chacune des )?parties/i;
const SIGNATURE =
  /(?:compter de|partir de|date de|lors de|d[èe]s|jour de) (?:la date de )?(?:sa |la |leur )?(?:derni[èe]re )?signature|sign[ée]e? par (?:les|l'ensemble des|toutes les|chacune des) (?:deux )?parties|signature des (?:deux )?parties/i;
const PUBLICATION = /(?:compter de|partir de|date de|d[èe]s) (?:la date de )?(?:sa |la |leur )?publication/i;
// A start stated as a date: « prend effet à compter du 1er janvier 2025 », « entre en vigueur le … »,
// « est applicable à partir du … » (the date follows at once).
const EFFET_DATE =
  /(?:prend(?:ra)?\s+effet|entre(?:ra)?\s+en\s+vigueur|(?:est|sera)\s+applicable|s['’]applique(?:ra)?|court)\s+(?:r[ée]troactivement\s+)?(?:à\s+compter\s+du|à\s+partir\s+du|à\s+la\s+date\s+du|au|le|dès\s+le|du)\s+/gi;

/** The first start stated as a date, where the date is what follows the words. */
function effetDate(texte: string): (Trouve<string> & { fin: number }) | null {
  for (const m of texte.matchAll(EFFET_DATE)) {
    const suite = texte.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const d = datesLues(suite).find((x) => x.index === 0 && x.jourConnu);
    if (d) return { valeur: d.date, index: m.index, certain: true, fin: m.index + m[0].length };
  }
  return null;
}
const REGLEMENT =
  /jusqu['’](?:au|à la|à l['’])\s*(?:date (?:du|de l['’]))?\s*(?:r[èe]glement|apurement|ach[èe]vement|cl[ôo]ture|solde)\s*(?:total|d[ée]finitif|complet|int[ée]gral)?/i;
const FIN = /prendr?a? fin|prend fin|jusqu['’]au|expire|[ée]ch[ée]ance|terme|conclue?\s+pour|valable|durée|fin (?:le|au)/i;

export function dureeDuTexte(texte: string): Duree {
  // The first start the text names: its notification, its signature or its publication.
  const trouves = (
    [
      ["NOTIFICATION", NOTIFICATION.exec(texte)],
      ["SIGNATURE", SIGNATURE.exec(texte)],
      ["PUBLICATION", PUBLICATION.exec(texte)],
    ] as const
  )
    .filter((x): x is readonly [(typeof x)[0], RegExpExecArray] => x[1] !== null)
    .sort((a, b) => a[1].index - b[1].index);
  const premier = trouves[0];
  const date = effetDate(texte);
  // a stated date wins unless an event is named first (« à compter de sa signature et au plus tôt le … »)
  const pointDepart =
    date && (!premier || date.index < premier[1].index)
      ? { valeur: "DATE_EFFET" as const, index: date.index, certain: true }
      : premier
        ? { valeur: premier[0], index: premier[1].index, certain: true }
        : null;
  const dateEffet = pointDepart?.valeur === "DATE_EFFET" && date ? { valeur: date.valeur, index: date.index, certain: true } : null;
  const r = REGLEMENT.exec(texte);
  const regleDuree = r
    ? { valeur: "JUSQU_AU_REGLEMENT" as const, index: r.index, certain: true }
    : { valeur: "DATE_FIXE" as const, index: 0, certain: false };
  let dateFin: Trouve<string> | null = null;
  for (const p of phrases(texte)) {
    if (!FIN.test(p.texte) || (/pr[ée]avis/i.test(p.texte) && !/jusqu/i.test(p.texte))) continue;
    // (not a legal text's date, nor the start the sentence states)
    const debut = effetDate(p.texte);
    const dates = datesLues(p.texte, true).filter(
      (d) => !/décret|ordonnance|loi|arrêté/i.test(p.texte.slice(Math.max(0, d.index - 40), d.index)) && d.index !== debut?.fin,
    );
    if (dates.length) {
      const d = dates[dates.length - 1]!;
      dateFin = { valeur: d.date, index: p.index + d.index, certain: d.jourConnu };
      break;
    }
  }
  const pm = /pr[ée]avis\s+(?:\p{L}+\s+){0,2}?(?:de\s+|d['’]\s*)([\p{L}\d-]+(?:\s*\(\d+\))?)\s+mois/iu.exec(texte);
  const mois = pm ? petitNombre(pm[1]!.replace(/\s*\(\d+\)/, "")) : null;
  return {
    pointDepart,
    dateEffet,
    regleDuree,
    dateFin,
    preavisMois: pm && mois ? { valeur: mois, index: pm.index, certain: true } : null,
  };
}

/** The channels a publication clause names: the publication rule, read here too. */
export { canauxDuTexte } from "../publication";

export type CofinancementTrouve = { sujet: string; fonds: string | null; cents: bigint; index: number };

/** « Le délégataire co-finance le service … à hauteur de 50 000 euros au titre du Fonds … (FAST). » */
export function cofinancementsDuTexte(texte: string): CofinancementTrouve[] {
  const trouves: CofinancementTrouve[] = [];
  for (const p of phrases(texte)) {
    const m = /^\s*(.{2,80}?)\s+(?:co-?financ\w*|participe (?:au|à hauteur)|contribue)\b/i.exec(p.texte);
    if (!m) continue;
    const montant = montantsDuTexte(p.texte)[0];
    if (!montant) continue;
    const titre = /au titre (?:du|de la|de l['’]|des)\s+(.+?)\s*[.;]?\s*$/i.exec(p.texte.slice(montant.fin));
    trouves.push({ sujet: m[1]!.trim(), fonds: titre ? titre[1]!.trim() : null, cents: montant.cents, index: p.index });
  }
  return trouves;
}

/** The purpose, from an « Objet » article: « La présente convention a pour objet de … » → « … ». */
export function objetDuTexte(corps: string): string | null {
  const premiere = corps.split("\n").find((l) => l.trim() && !l.startsWith("[["));
  if (!premiere) return null;
  const m = /a pour objet\s+(?:de\s+|d['’]\s*)?(.*)$/i.exec(premiere);
  const texte = (m ? m[1]! : premiere)
    .replace(/\*\*/g, "")
    .replace(/^(?:la|le|les|l['’])\s*/i, "")
    .trim();
  return texte ? texte[0]!.toUpperCase() + texte.slice(1) : null;
}
