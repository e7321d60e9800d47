// What finance must act on, for one convention: commitments above the AE made available or above
// the ceiling, payments above the CP made available or above their commitment, credits not made
// available a month after signature, credits that will not be used by the end at the current
// pace, and the year-end cut-offs. Each alert names the article of the convention it comes from
// (found in its text) and what to do — often an avenant.
import { formatDateLongue, type CalendarDate } from "../dates";
import { formatMontant } from "../money";
import { texteBrut } from "../texte";
import type { LigneSynthese } from "./synthese";

export type Alerte = {
  code:
    | "AE_AU_DELA_DISPONIBLE"
    | "AE_AU_DELA_PLAFOND"
    | "CP_AU_DELA_DISPONIBLE"
    | "PAIEMENT_AU_DELA_EJ"
    | "MISE_A_DISPOSITION_EN_RETARD"
    | "SOUS_CONSOMMATION"
    | "FIN_DE_GESTION";
  gravite: "erreur" | "avertissement" | "information";
  message: string;
  /** « Article 5 » of the convention, when its text says it; else null. */
  article: string | null;
  action: string;
};

export type ConventionSuivie = {
  dateSignature: CalendarDate | null;
  dateFin: CalendarDate | null;
  plafondAe: bigint | null;
  articles: readonly { numero: string; titre: string; corps: string }[];
  synthese: { annees: readonly LigneSynthese[]; total: LigneSynthese };
  engagements: readonly { numero: string; engage: bigint; paye: bigint }[];
};

const m = (c: bigint) => formatMontant(c, { alwaysCents: true });
const jours = (a: CalendarDate, b: CalendarDate) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** The article whose text says it (« Article 5 »): the first matching the first pattern that one
 *  matches (the precise clause, else the article on the credits). */
export function articleSur(articles: ConventionSuivie["articles"], ...motifs: RegExp[]): string | null {
  for (const motif of motifs) {
    const a = articles.find((x) => motif.test(`${x.titre}\n${texteBrut(x.corps)}`.normalize("NFC")));
    if (a) return `Article ${a.numero}`;
  }
  return null;
}

const INSUFFISANCE = /insuffisance des cr[ée]dits|ne pourra d[ée]passer/i;
const PLAFOND = /plafond|montant (total|maximum|allou[ée])|ne pourra d[ée]passer/i;
const NON_CONSOMMES = /enti[èe]rement consomm[ée]s|non consomm[ée]s/i;
const FINANCIER = /cr[ée]dits|dispositions financi[èe]res|ex[ée]cution financi[èe]re/i;

export function alertesExecution(c: ConventionSuivie, aujourdhui: CalendarDate): Alerte[] {
  const t = c.synthese.total;
  const alertes: Alerte[] = [];
  // Annuality: the credits made available for a year are used that year.
  for (const l of c.synthese.annees)
    if (l.aeEngage > l.aeDisponible && l.aeEngage > 0n)
      alertes.push({
        code: "AE_AU_DELA_DISPONIBLE",
        gravite: "erreur",
        message: `En ${l.annee}, les engagements (${m(l.aeEngage)}) dépassent les AE mises à disposition (${m(l.aeDisponible)}) de ${m(l.aeEngage - l.aeDisponible)}.`,
        article: articleSur(c.articles, INSUFFISANCE, FINANCIER),
        action:
          "Informez le délégant sans délai de l'insuffisance des crédits ; à défaut d'ajustement de la dotation, l'exécution de la délégation est suspendue.",
      });
  if (c.plafondAe !== null && t.aeEngage > c.plafondAe)
    alertes.push({
      code: "AE_AU_DELA_PLAFOND",
      gravite: "erreur",
      message: `Les engagements (${m(t.aeEngage)}) dépassent le plafond d'AE de la convention (${m(c.plafondAe)}).`,
      article: articleSur(c.articles, PLAFOND, FINANCIER),
      action: "Un avenant doit relever le plafond ; sinon, réduisez les engagements (mouvement de type 200 dans CHORUS).",
    });
  for (const l of c.synthese.annees)
    if (l.cpPaye > l.cpDisponible && l.cpPaye > 0n)
      alertes.push({
        code: "CP_AU_DELA_DISPONIBLE",
        gravite: "erreur",
        message: `En ${l.annee}, les paiements (${m(l.cpPaye)}) dépassent les CP mis à disposition (${m(l.cpDisponible)}) de ${m(l.cpPaye - l.cpDisponible)}.`,
        article: articleSur(c.articles, INSUFFISANCE, FINANCIER),
        action: "Demandez au délégant la mise à disposition des CP manquants avant tout nouveau paiement.",
      });
  for (const ej of c.engagements)
    if (ej.paye > ej.engage)
      alertes.push({
        code: "PAIEMENT_AU_DELA_EJ",
        gravite: "erreur",
        message: `L'EJ ${ej.numero} est payé à ${m(ej.paye)} pour ${m(ej.engage)} engagés.`,
        article: articleSur(c.articles, FINANCIER),
        action:
          "Vérifiez les demandes de paiement de cet EJ dans CHORUS ; un complément d'engagement (type 150) doit précéder tout paiement.",
      });
  if (c.dateSignature && t.aeDisponible === 0n && t.cpDisponible === 0n && jours(c.dateSignature, aujourdhui) > 30)
    alertes.push({
      code: "MISE_A_DISPOSITION_EN_RETARD",
      gravite: "avertissement",
      message: `Aucun crédit mis à disposition ${jours(c.dateSignature, aujourdhui)} jours après la signature (${formatDateLongue(c.dateSignature)}).`,
      article: articleSur(c.articles, FINANCIER),
      action: "Relancez le délégant (responsable de BOP) pour la mise à disposition des crédits sur l'UO de la convention.",
    });
  // At the pace of the payments so far, what will be left at the end.
  if (c.dateSignature && c.dateFin && aujourdhui > c.dateSignature && aujourdhui < c.dateFin && t.cpProgramme > 0n) {
    const ecoule = jours(c.dateSignature, aujourdhui);
    const duree = jours(c.dateSignature, c.dateFin);
    if (ecoule / duree >= 0.25) {
      const projete = (t.cpPaye * BigInt(duree)) / BigInt(Math.max(ecoule, 1));
      if (projete * 10n < t.cpProgramme * 8n)
        alertes.push({
          code: "SOUS_CONSOMMATION",
          gravite: "avertissement",
          message: `Au rythme des paiements (${m(t.cpPaye)} en ${ecoule} jours), ${m(t.cpProgramme - projete)} de CP ne seraient pas consommés d'ici au ${formatDateLongue(c.dateFin)}.`,
          article: articleSur(c.articles, NON_CONSOMMES, FINANCIER),
          action:
            "Informez le délégant que les crédits ne seront pas entièrement consommés ; un avenant peut réduire l'échéancier ou prolonger la convention.",
        });
    }
  }
  // DINUM's year-end cut-offs: payments about 30 November, orders about 12 December.
  const annee = Number(aujourdhui.slice(0, 4));
  if (aujourdhui >= `${annee}-11-01` && (!c.dateFin || c.dateFin >= `${annee}-01-01`)) {
    const l = c.synthese.annees.find((x) => x.annee === annee);
    const resteCp = l ? (l.cpDisponible > l.cpProgramme ? l.cpDisponible : l.cpProgramme) - l.cpPaye : 0n;
    const resteAe = l ? (l.aeDisponible > l.aeProgramme ? l.aeDisponible : l.aeProgramme) - l.aeEngage : 0n;
    // What the date leaves possible: both still open in November; orders only until 12 December.
    const echeances =
      aujourdhui <= `${annee}-11-30`
        ? "paiements jusqu'au 30 novembre environ, commandes jusqu'au 12 décembre"
        : aujourdhui <= `${annee}-12-12`
          ? "la date des paiements (30 novembre environ) est passée, commandes encore possibles jusqu'au 12 décembre environ"
          : "les dates de fin de gestion sont passées (paiements au 30 novembre, commandes au 12 décembre environ)";
    if (resteCp > 0n || resteAe > 0n)
      alertes.push({
        code: "FIN_DE_GESTION",
        gravite: aujourdhui > `${annee}-11-30` ? "avertissement" : "information",
        message: `Fin de gestion ${annee} : ${echeances} ; restent ${m(resteAe > 0n ? resteAe : 0n)} d'AE à engager et ${m(resteCp > 0n ? resteCp : 0n)} de CP à payer sur ${annee}.`,
        article: articleSur(c.articles, NON_CONSOMMES, FINANCIER),
        action:
          "Engagez et payez avant ces dates, ou informez le délégant des crédits qui ne seront pas consommés cette année (report : type 350).",
      });
  }
  return alertes;
}
