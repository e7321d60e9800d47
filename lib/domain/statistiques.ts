// The public statistics (/statistiques, no login): how many conventions and avenants, how much is
// delegated, how long a document takes from its first draft to its last signature. Aggregates only:
// no person, no text of any document.
import { jourDeParis, yearOf, type CalendarDate } from "./dates";
import { estSigneeParTous, LIBELLES_STATUT, STATUTS, type Statut } from "./statut";
import { sum } from "./money";

export type NatureDocument = "convention" | "avenant";

/** A convention or an avenant, as the statistics see it. */
export type DocumentStatistique = {
  nature: NatureDocument;
  statut: Statut;
  creeLe: Date;
  /** The date of its last signature, once signed by every party. */
  signeeLe: CalendarDate | null;
  /** The date its title gives (« convention du 1er septembre 2024 »), if any. */
  dateDuDocument?: CalendarDate | null;
  /** Drafted and signed in the app (it has a version frozen for signature), not an imported or
   *  historical record whose creation date is only the day it was brought in. */
  redigeDansLApplication: boolean;
};

/** The consolidated schedule of a convention signed by every party, for one year. */
export type MontantStatistique = { annee: number; ministere: string; ae: bigint; cp: bigint };

export type LigneDocuments = { annee: number; statut: Statut; libelle: string; conventions: number; avenants: number };
export type LigneMontants = { cle: string; ae: bigint; cp: bigint };
export type Statistiques = {
  documents: LigneDocuments[];
  /** Per year, every status together (the chart). */
  documentsParAnnee: { annee: number; conventions: number; avenants: number }[];
  montantsParAnnee: LigneMontants[];
  montantsParMinistere: LigneMontants[];
  totalMontants: { ae: bigint; cp: bigint };
  delai: { medianeJours: number | null; documents: number };
};

/** The year a document counts in: once signed by every party, that of its last signature (or, for a
 *  record whose signatures are undated, of the date in its title); else that of its creation (a draft
 *  of this year is this year's). */
export function anneeDuDocument(d: Pick<DocumentStatistique, "statut" | "signeeLe" | "dateDuDocument" | "creeLe">): number {
  const signee = estSigneeParTous(d.statut) ? (d.signeeLe ?? d.dateDuDocument ?? null) : null;
  return yearOf(signee ?? jourDeParis(d.creeLe));
}

const JOUR_MS = 24 * 60 * 60 * 1000;

/** Whole days from the day the draft was created (in Paris) to the date of the last signature. */
export function joursJusquALaSignature(creeLe: Date, signeeLe: CalendarDate): number {
  const debut = Date.parse(`${jourDeParis(creeLe)}T00:00:00Z`);
  return Math.max(0, Math.round((Date.parse(`${signeeLe}T00:00:00Z`) - debut) / JOUR_MS));
}

/** The median of a list of numbers (the mean of the two middle ones for an even count); null if empty. */
export function mediane(valeurs: readonly number[]): number | null {
  if (valeurs.length === 0) return null;
  const tries = [...valeurs].sort((a, b) => a - b);
  const milieu = Math.floor(tries.length / 2);
  return tries.length % 2 ? tries[milieu]! : (tries[milieu - 1]! + tries[milieu]!) / 2;
}

function parCle(montants: readonly MontantStatistique[], cle: (m: MontantStatistique) => string): LigneMontants[] {
  const groupes = new Map<string, MontantStatistique[]>();
  for (const m of montants) groupes.set(cle(m), [...(groupes.get(cle(m)) ?? []), m]);
  return [...groupes].map(([c, ms]) => ({ cle: c, ae: sum(ms.map((m) => m.ae)), cp: sum(ms.map((m) => m.cp)) }));
}

export function statistiques(documents: readonly DocumentStatistique[], montants: readonly MontantStatistique[]): Statistiques {
  const comptes = new Map<string, LigneDocuments>();
  for (const d of documents) {
    const annee = anneeDuDocument(d);
    const cle = `${annee}|${d.statut}`;
    const ligne = comptes.get(cle) ?? { annee, statut: d.statut, libelle: LIBELLES_STATUT[d.statut], conventions: 0, avenants: 0 };
    if (d.nature === "convention") ligne.conventions++;
    else ligne.avenants++;
    comptes.set(cle, ligne);
  }
  const documentsTries = [...comptes.values()].sort((a, b) => a.annee - b.annee || STATUTS.indexOf(a.statut) - STATUTS.indexOf(b.statut));
  const annees = [...new Set(documentsTries.map((l) => l.annee))];
  const documentsParAnnee = annees.map((annee) => {
    const lignes = documentsTries.filter((l) => l.annee === annee);
    return { annee, conventions: lignes.reduce((n, l) => n + l.conventions, 0), avenants: lignes.reduce((n, l) => n + l.avenants, 0) };
  });
  const delais = documents
    .filter((d) => d.redigeDansLApplication && d.signeeLe && estSigneeParTous(d.statut))
    .map((d) => joursJusquALaSignature(d.creeLe, d.signeeLe!));
  return {
    documents: documentsTries,
    documentsParAnnee,
    montantsParAnnee: parCle(montants, (m) => String(m.annee)).sort((a, b) => Number(a.cle) - Number(b.cle)),
    montantsParMinistere: parCle(montants, (m) => m.ministere).sort((a, b) =>
      b.ae > a.ae ? 1 : b.ae < a.ae ? -1 : a.cle.localeCompare(b.cle, "fr"),
    ),
    totalMontants: { ae: sum(montants.map((m) => m.ae)), cp: sum(montants.map((m) => m.cp)) },
    delai: { medianeJours: mediane(delais), documents: delais.length },
  };
}
