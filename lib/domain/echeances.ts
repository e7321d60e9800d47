// The life of a document after signature, computed (issue 22): when it enters into force (from what
// its duration article says: signature or notification), when it ends (its end date — prolonged by
// avenants —, or the notice given by a party plus the notice period, or its closure once every
// operation is settled), the last day to give notice before a fixed end, which statut today's date
// gives it, and which reminders are due. Pure: the daily job, the document's page, the « Échéances »
// view and the open-data index read it.
import { calendarDateOrNull, formatDateLongue, type CalendarDate } from "./dates";
import type { Statut } from "./statut";

/** Where a duration article starts the document: its last signature, its notification to the
 *  parties, its publication, or a date it states. */
export const POINTS_DEPART = ["SIGNATURE", "NOTIFICATION", "PUBLICATION", "DATE_EFFET"] as const;
export type PointDepart = (typeof POINTS_DEPART)[number];

/** « à compter de … », as the form offers it and the texts say it. */
export const LIBELLES_POINT_DEPART: Record<PointDepart, string> = {
  SIGNATURE: "la signature",
  NOTIFICATION: "la notification",
  PUBLICATION: "la publication",
  DATE_EFFET: "une date stipulée",
};
export type RegleDuree = "DATE_FIXE" | "JUSQU_AU_REGLEMENT";

export type VieDocument = {
  pointDepart: PointDepart;
  regleDuree: RegleDuree;
  dateSignature: CalendarDate | null;
  dateNotification: CalendarDate | null;
  datePublication: CalendarDate | null;
  /** The start the text states, for « à compter du [date] ». */
  dateEffet?: CalendarDate | null;
  /** The end date, as the last signed avenant that prolonged it says, else the convention. */
  dateFin: CalendarDate | null;
  preavisMois: number | null;
  dateDenonciation: CalendarDate | null;
  dateCloture: CalendarDate | null;
};

/** A document's life from what is stored of it (dates as the database gives them); `dateFinProlongee`:
 *  the end as the last signed avenant that prolonged it says. */
export function vieDe(
  c: {
    pointDepart: PointDepart;
    regleDuree: RegleDuree;
    dateSignature: Date | null;
    dateNotification?: Date | null;
    datePublication: Date | null;
    dateEffet?: Date | null;
    dateFin: Date | null;
    preavisMois: number | null;
    dateDenonciation?: Date | null;
    dateCloture?: Date | null;
  },
  dateFinProlongee: Date | null = null,
): VieDocument {
  const jour = calendarDateOrNull;
  return {
    pointDepart: c.pointDepart,
    regleDuree: c.regleDuree,
    dateSignature: jour(c.dateSignature),
    dateNotification: jour(c.dateNotification),
    datePublication: jour(c.datePublication),
    dateEffet: jour(c.dateEffet),
    dateFin: jour(dateFinProlongee ?? c.dateFin),
    preavisMois: c.preavisMois,
    dateDenonciation: jour(c.dateDenonciation),
    dateCloture: jour(c.dateCloture),
  };
}

/** AE made available and not committed, year by year (cents): what an ended convention leaves unspent. */
export const creditsNonConsommes = (annees: readonly { aeDisponible: bigint; aeEngage: bigint }[]): bigint =>
  annees.reduce((s, a) => s + (a.aeDisponible > a.aeEngage ? a.aeDisponible - a.aeEngage : 0n), 0n);

/** The notice period when the text states none: three months, the usual term (décret n° 2004-1085, art. 5, leaves it to the parties). */
export const PREAVIS_PAR_DEFAUT_MOIS = 3;

/** `jour` plus `mois` months, on the same day of the month or the last one (31 January + 1 month = 28 or 29 February). */
export function ajouterMois(jour: CalendarDate, mois: number): CalendarDate {
  const [a, m, j] = jour.split("-").map(Number) as [number, number, number];
  const total = a * 12 + (m - 1) + mois;
  const annee = Math.floor(total / 12);
  const moisCible = (total % 12) + 1;
  const dernier = new Date(Date.UTC(annee, moisCible, 0)).getUTCDate();
  return `${String(annee).padStart(4, "0")}-${String(moisCible).padStart(2, "0")}-${String(Math.min(j, dernier)).padStart(2, "0")}`;
}

export function ajouterJours(jour: CalendarDate, jours: number): CalendarDate {
  const d = new Date(`${jour}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + jours);
  return d.toISOString().slice(0, 10);
}

/** Days from `de` to `a` (negative when `a` is before). */
export const joursEntre = (de: CalendarDate, a: CalendarDate) =>
  Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${de}T00:00:00Z`)) / 86_400_000);

/** The date the document takes effect: its last signature, its notification to the parties or its
 *  publication once recorded, or the date its text states. */
export function dateEntreeEnVigueur(v: VieDocument): CalendarDate | null {
  switch (v.pointDepart) {
    case "SIGNATURE":
      return v.dateSignature;
    case "NOTIFICATION":
      return v.dateNotification;
    case "PUBLICATION":
      return v.datePublication;
    case "DATE_EFFET":
      return v.dateEffet ?? null;
  }
}

/** Notice given on `date`: the end is `date` plus the notice period. */
export const finParDenonciation = (date: CalendarDate, preavisMois: number | null) =>
  ajouterMois(date, preavisMois ?? PREAVIS_PAR_DEFAUT_MOIS);

/** The last day a party may give notice and still end the document before its fixed end date. */
export function dernierJourDePreavis(v: VieDocument): CalendarDate | null {
  if (!v.dateFin || v.regleDuree !== "DATE_FIXE") return null;
  return ajouterMois(v.dateFin, -(v.preavisMois ?? PREAVIS_PAR_DEFAUT_MOIS));
}

export type Fin = { date: CalendarDate; cause: "DATE_FIN" | "DENONCIATION" | "CLOTURE" };

/** When the document ends: the earliest of its closure, the end of a notice, its end date (for
 *  « jusqu'au règlement total », the default end date it states). Null while none is known. */
export function finEffective(v: VieDocument): Fin | null {
  const candidats: Fin[] = [];
  if (v.dateCloture) candidats.push({ date: v.dateCloture, cause: "CLOTURE" });
  if (v.dateDenonciation) candidats.push({ date: finParDenonciation(v.dateDenonciation, v.preavisMois), cause: "DENONCIATION" });
  if (v.dateFin) candidats.push({ date: v.dateFin, cause: "DATE_FIN" });
  return candidats.sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
}

export const LIBELLES_CAUSE_FIN: Record<Fin["cause"], string> = {
  DATE_FIN: "date de fin",
  DENONCIATION: "dénonciation et préavis",
  CLOTURE: "clôture, toutes les opérations soldées",
};

/** The statut today's date gives a published document: « en vigueur » from its entry into force,
 *  « terminée » the day after it ends (the day of its closure). A document not yet published stays as it is (it is not
 *  enforceable before: décret n° 2004-1085, art. 2); a document ended stays ended. */
export function statutDuJour(statut: Statut, v: VieDocument, aujourdhui: CalendarDate): Statut {
  if (statut !== "PUBLIEE" && statut !== "EN_VIGUEUR") return statut;
  const fin = finEffective(v);
  // Ended the day after its last day; a closure ends it the day it is recorded.
  if (fin && (fin.cause === "CLOTURE" ? fin.date <= aujourdhui : fin.date < aujourdhui)) return "TERMINEE";
  const debut = dateEntreeEnVigueur(v);
  if (statut === "PUBLIEE" && debut && debut <= aujourdhui) return "EN_VIGUEUR";
  return statut;
}

/** Why notice cannot be given, in French (null when it can). */
export function raisonDenonciationRefusee(
  statut: Statut,
  v: VieDocument,
  date: CalendarDate,
  aujourdhui: CalendarDate,
): { champ: "dateDenonciation" | "partieId" | null; message: string } | null {
  if (statut === "TERMINEE") return { champ: null, message: "Ce document est terminé : il ne peut plus être dénoncé." };
  if (!["SIGNEE", "PUBLIEE", "EN_VIGUEUR"].includes(statut))
    return { champ: null, message: "Seul un document signé par toutes les parties peut être dénoncé." };
  if (v.dateDenonciation) return { champ: null, message: `Ce document a déjà été dénoncé le ${formatDateLongue(v.dateDenonciation)}.` };
  if (date > aujourdhui)
    return {
      champ: "dateDenonciation",
      message: "La date de la dénonciation ne peut pas être à venir : enregistrez-la le jour où elle est notifiée.",
    };
  if (v.dateSignature && date < v.dateSignature)
    return {
      champ: "dateDenonciation",
      message: `La dénonciation ne peut précéder la dernière signature (${formatDateLongue(v.dateSignature)}).`,
    };
  const fin = finEffective(v);
  if (fin && date > fin.date)
    return {
      champ: "dateDenonciation",
      message: `Le document prend fin le ${formatDateLongue(fin.date)} : une dénonciation postérieure est sans effet.`,
    };
  return null;
}

export const TYPES_RAPPEL = ["FIN_PROCHE", "PREAVIS_PROCHE", "TERMINEE_AVEC_CREDITS", "PUBLICATION_EN_RETARD", "ACCUSE_ATTENDU"] as const;
export type TypeRappel = (typeof TYPES_RAPPEL)[number];

export const LIBELLES_RAPPEL: Record<TypeRappel, string> = {
  FIN_PROCHE: "Fin dans moins de 90 jours",
  PREAVIS_PROCHE: "Dernier jour pour dénoncer dans moins de 90 jours",
  TERMINEE_AVEC_CREDITS: "Terminée avec des crédits non consommés",
  PUBLICATION_EN_RETARD: "Publication non faite 30 jours après la signature",
  ACCUSE_ATTENDU: "Accusé de réception attendu depuis 15 jours",
};

/** How far ahead a deadline is announced, and after how long a publication is late. */
export const SEUIL_ECHEANCE_JOURS = 90;
export const DELAI_PUBLICATION_JOURS = 30;

export type Echeance = { type: TypeRappel; date: CalendarDate; jours: number; message: string };

/** Every deadline of the document as of `aujourdhui` (the « Échéances » view), each with the date it
 *  concerns; `creditsNonConsommes`: AE made available or planned and not committed, in cents. */
export function echeancesDu(
  statut: Statut,
  v: VieDocument,
  aujourdhui: CalendarDate,
  { creditsNonConsommes = 0n }: { creditsNonConsommes?: bigint } = {},
): Echeance[] {
  const out: Echeance[] = [];
  const fin = finEffective(v);
  const actif = statut === "SIGNEE" || statut === "PUBLIEE" || statut === "EN_VIGUEUR";
  if (actif && fin && fin.date >= aujourdhui && joursEntre(aujourdhui, fin.date) <= SEUIL_ECHEANCE_JOURS)
    out.push({
      type: "FIN_PROCHE",
      date: fin.date,
      jours: joursEntre(aujourdhui, fin.date),
      message:
        fin.cause === "DATE_FIN"
          ? `Prend fin le ${formatDateLongue(fin.date)} : un avenant de prolongation, s'il en faut un, doit être signé avant.`
          : `Prend fin le ${formatDateLongue(fin.date)} (${LIBELLES_CAUSE_FIN[fin.cause]}) : les engagements et paiements en cours sont à solder avant.`,
    });
  const preavis = dernierJourDePreavis(v);
  if (actif && !v.dateDenonciation && preavis && preavis >= aujourdhui && joursEntre(aujourdhui, preavis) <= SEUIL_ECHEANCE_JOURS)
    out.push({
      type: "PREAVIS_PROCHE",
      date: preavis,
      jours: joursEntre(aujourdhui, preavis),
      message: `Dernier jour pour dénoncer avant la fin du ${formatDateLongue(v.dateFin!)} : le ${formatDateLongue(preavis)} (préavis de ${v.preavisMois ?? PREAVIS_PAR_DEFAUT_MOIS} mois).`,
    });
  if (fin && fin.date < aujourdhui && creditsNonConsommes > 0n && statut !== "BROUILLON")
    out.push({
      type: "TERMINEE_AVEC_CREDITS",
      date: fin.date,
      jours: joursEntre(aujourdhui, fin.date),
      message: `Terminée le ${formatDateLongue(fin.date)} avec des crédits non consommés : un avenant (reliquat) ou la clôture est à faire.`,
    });
  if (statut === "SIGNEE" && v.dateSignature) {
    const limite = ajouterJours(v.dateSignature, DELAI_PUBLICATION_JOURS);
    if (limite < aujourdhui)
      out.push({
        type: "PUBLICATION_EN_RETARD",
        date: limite,
        jours: joursEntre(aujourdhui, limite),
        message: `Signée le ${formatDateLongue(v.dateSignature)} et toujours pas publiée : la délégation n'est pas opposable aux tiers tant qu'elle ne l'est pas.`,
      });
  }
  return out;
}

/** A copy sent to a controller and not acknowledged 15 days later (lib/domain/transmissions.ts). */
export function echeanceAccuse(destinataire: string, dateEnvoi: CalendarDate, aujourdhui: CalendarDate): Echeance | null {
  const limite = ajouterJours(dateEnvoi, DELAI_ACCUSE_JOURS);
  if (limite >= aujourdhui) return null;
  return {
    type: "ACCUSE_ATTENDU",
    date: limite,
    jours: joursEntre(aujourdhui, limite),
    message: `Exemplaire envoyé à ${destinataire} le ${formatDateLongue(dateEnvoi)}, sans accusé de réception : relancez, puis enregistrez l'accusé.`,
  };
}

/** An acknowledgement is awaited this long before a reminder. */
export const DELAI_ACCUSE_JOURS = 15;
