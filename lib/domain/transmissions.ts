// Copies of a signed document sent to the controllers and accountants its text names (« Un
// exemplaire sera communiqué aux contrôleurs budgétaire et comptable ministériels des services du
// Premier ministre et du ministère de l'Éducation nationale », seed 003 art. 10): who is proposed,
// what an acknowledgement needs, when a reminder is due. Pure.
import { plier } from "./import/lignes";
import { formatDateLongue, type CalendarDate } from "./dates";

export const METHODES_TRANSMISSION = ["COURRIEL", "MAIN"] as const;
export type MethodeTransmission = (typeof METHODES_TRANSMISSION)[number];
export const LIBELLES_METHODE_TRANSMISSION: Record<MethodeTransmission, string> = {
  COURRIEL: "Courriel envoyé par l'application (PDF signé joint)",
  MAIN: "Envoi enregistré à la main (courrier, parapheur, messagerie)",
};

export const ETATS_TRANSMISSION = ["A_ENVOYER", "EN_COURS", "ENVOYEE", "ACCUSEE", "EN_ERREUR"] as const;
export type EtatTransmission = (typeof ETATS_TRANSMISSION)[number];
export const LIBELLES_ETAT_TRANSMISSION: Record<EtatTransmission, string> = {
  A_ENVOYER: "À envoyer",
  EN_COURS: "Envoi en cours",
  ENVOYEE: "Envoyée, accusé de réception attendu",
  ACCUSEE: "Réception accusée",
  EN_ERREUR: "En erreur",
};

const ENVOI = /communiqu|transmis|adress[ée]|envoy|exemplaire|copie/i;
const CONTROLEUR = /contr[ôo]leurs?\s+budg[ée]taires?\s+et\s+comptables?\s+minist[ée]riels?|\bcbcm\b/i;

/** The controllers a text names: « aux contrôleurs budgétaire et comptable ministériels des services
 *  du Premier ministre et du ministère de … » → one CBCM each, named as the text names its ministry. */
export function controleursDuTexte(texte: string): string[] {
  const out: string[] = [];
  for (const phrase of texte.split(/(?<=[.;])\s+/)) {
    const m = CONTROLEUR.exec(phrase);
    if (!m || !ENVOI.test(phrase)) continue; // named as the accountant, not as the recipient of a copy
    const suite = phrase
      .slice(m.index + m[0].length)
      .replace(/^\s*\(cbcm\)/i, "")
      .replace(/[.;]\s*$/, "");
    const ministeres = /^\s*(?:de\s+l['’]|des?\s+|du\s+)(.+)$/i.exec(suite)?.[1];
    if (!ministeres) {
      out.push("Contrôleur budgétaire et comptable ministériel");
      continue;
    }
    // « des services du Premier ministre et du ministère de … »: one per « et du / et des » (« et de la
    // Jeunesse » belongs to the ministry's name).
    for (const brut of ministeres.split(/\s+et\s+(?=(?:du|des)\s)/i)) {
      const nom = brut
        .replace(/^(?:du|des|de\s+l['’]|de\s+la)\s+/i, "")
        .replace(/\s*\(.*$/, "")
        .trim();
      if (nom) out.push(`CBCM — ${nom.charAt(0).toUpperCase()}${nom.slice(1)}`);
    }
  }
  return [...new Map(out.map((n) => [plier(n), n])).values()];
}

/** Those proposed for a document: the controllers its articles name, then its assigning accountant
 *  (imputation table) unless it is one of them. */
export function destinatairesProposes(articles: readonly { corps: string }[], comptable: string | null): string[] {
  const controleurs = articles.flatMap((a) => controleursDuTexte(a.corps));
  const tous = [...new Map(controleurs.map((n) => [plier(n), n])).values()];
  if (comptable?.trim() && !CONTROLEUR.test(comptable)) tous.push(`Comptable assignataire — ${comptable.trim()}`);
  return tous;
}

/** Why an acknowledgement is refused, at its field (null when it is accepted). */
export function raisonAccuseRefuse(envoi: CalendarDate | null, accuse: CalendarDate | null, aujourdhui: CalendarDate): string | null {
  if (!envoi) return "Enregistrez d'abord l'envoi : un accusé de réception suit un envoi.";
  if (!accuse) return "Indiquez la date de l'accusé de réception.";
  if (accuse < envoi) return `L'accusé de réception ne peut précéder l'envoi (${formatDateLongue(envoi)}).`;
  if (accuse > aujourdhui) return "La date de l'accusé de réception ne peut pas être à venir.";
  return null;
}
