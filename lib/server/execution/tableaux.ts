// The tables of a convention's « Exécution financière » page as data: the page shows them and
// « Exporter » downloads each as CSV or XLSX (amounts as numbers in euros, dates as dates) from the
// same definition. Lines entered by hand keep their id, for the page to offer their removal.
import "server-only";
import { toCalendarDate } from "@/lib/domain/dates";
import { LIBELLES_NATURE, TYPES_MONTANT } from "@/lib/domain/execution/extrait";
import type { Feuille } from "@/lib/views/tableur";
import { COLONNES_FINANCE, valeursFinance } from "@/lib/domain/execution/tableau";
import type { Execution } from "./get-execution";
import { isEnteredByHand } from "./record-mouvement";

export const TABLEAUX_EXECUTION = [
  "synthese",
  "engagements",
  "lignes-engagements",
  "mises-a-disposition",
  "paiements",
  "fichiers",
] as const;
export type CleTableau = (typeof TABLEAUX_EXECUTION)[number];

type Ligne = Execution["paiements"][number];
const origine = (l: Ligne) =>
  l.import ? `Extrait « ${l.import.nomFichier} »` : isEnteredByHand(l) ? `Saisie${l.saisiPar ? ` par ${l.saisiPar.nom}` : ""}` : null;
/** The id of a line entered by hand (removable), else null. */
const saisie = (l: Ligne) => (isEnteredByHand(l) ? l.id : null);

export function tableauxExecution(e: Execution): Record<CleTableau, Feuille & { saisies?: (string | null)[] }> {
  const t = e.synthese.total;
  // The figures of each year as every finance table reads them, and what was carried over.
  const annee = (l: typeof t) => [...valeursFinance(l), l.aeReporte];
  return {
    synthese: {
      titre: "Échéancier et exécution, par année",
      onglet: "Par année",
      enTeteDeLigne: true,
      colonnes: [
        { entete: "Année" },
        ...[...COLONNES_FINANCE.map((c) => c.libelle), "AE reportées"].map((entete) => ({ entete, type: "montant" as const })),
      ],
      lignes: e.synthese.annees.map((l) => [l.annee, ...annee(l)]),
      total: ["Total", ...annee(t)],
      vide: "Ni échéancier ni exécution.",
    },
    engagements: {
      titre: "Engagements juridiques (EJ)",
      enTeteDeLigne: true,
      colonnes: [
        { entete: "N° EJ" },
        { entete: "Premier mouvement", type: "date" },
        { entete: "Fournisseur" },
        { entete: "Montant engagé", type: "montant" },
        { entete: "Payé", type: "montant" },
        { entete: "Reste à payer", type: "montant" },
      ],
      lignes: e.engagements.map((ej) => [ej.numero, ej.premiereDate, ej.fournisseur, ej.engage, ej.paye, ej.engage - ej.paye]),
      total: e.engagements.length
        ? [
            "Total",
            null,
            null,
            ...(["engage", "paye"] as const).map((k) => e.engagements.reduce((s, x) => s + x[k], 0n)),
            e.engagements.reduce((s, x) => s + x.engage - x.paye, 0n),
          ]
        : undefined,
      vide: "Aucun engagement.",
    },
    "lignes-engagements": {
      titre: "Mouvements des engagements",
      colonnes: [
        { entete: "N° EJ" },
        { entete: "Poste" },
        { entete: "Type" },
        { entete: "Date", type: "date" },
        { entete: "Exercice" },
        { entete: "Montant", type: "montant" },
        { entete: "Fournisseur" },
        { entete: "Imputation (centre financier / domaine fonctionnel / activité)", largeur: 36 },
        { entete: "Origine", largeur: 30 },
      ],
      lignes: e.lignesEngagements.map((l) => [
        l.numeroEj,
        l.posteEj,
        l.typeMontant ? `${l.typeMontant}${TYPES_MONTANT[l.typeMontant] ? ` — ${TYPES_MONTANT[l.typeMontant]!.libelle}` : ""}` : null,
        toCalendarDate(l.date),
        l.annee,
        l.ae,
        l.fournisseur,
        [l.centreFinancier, l.domaineFonctionnel, l.activite].filter(Boolean).join(" / ") || null,
        origine(l),
      ]),
      saisies: e.lignesEngagements.map(saisie),
      vide: "Aucun mouvement d'engagement.",
    },
    "mises-a-disposition": {
      titre: "Crédits mis à disposition",
      colonnes: [
        { entete: "Date", type: "date" },
        { entete: "Exercice" },
        { entete: "Centre financier (UO)" },
        { entete: "AE", type: "montant" },
        { entete: "CP", type: "montant" },
        { entete: "Origine", largeur: 30 },
      ],
      lignes: e.misesADisposition.map((x) => [toCalendarDate(x.date), x.annee, x.centreFinancier, x.ae, x.cp, origine(x)]),
      total: e.misesADisposition.length
        ? [
            "Total",
            null,
            null,
            e.misesADisposition.reduce((s, x) => s + x.ae, 0n),
            e.misesADisposition.reduce((s, x) => s + x.cp, 0n),
            null,
          ]
        : undefined,
      saisies: e.misesADisposition.map(saisie),
      vide: "Aucune mise à disposition.",
    },
    paiements: {
      titre: "Demandes de paiement (DP)",
      enTeteDeLigne: true,
      colonnes: [
        { entete: "N° DP" },
        { entete: "Date", type: "date" },
        { entete: "Exercice" },
        { entete: "EJ payé" },
        { entete: "Fournisseur" },
        { entete: "Montant", type: "montant" },
        { entete: "Origine", largeur: 30 },
      ],
      lignes: e.paiements.map((p) => [p.numeroDp, toCalendarDate(p.date), p.annee, p.numeroEj, p.fournisseur, p.cp, origine(p)]),
      total: e.paiements.length ? ["Total", null, null, null, null, e.paiements.reduce((s, x) => s + x.cp, 0n), null] : undefined,
      saisies: e.paiements.map(saisie),
      vide: "Aucun paiement.",
    },
    fichiers: {
      titre: "Fichiers importés",
      enTeteDeLigne: true,
      colonnes: [
        { entete: "Fichier", largeur: 30 },
        { entete: "Contenu" },
        { entete: "Importé le" },
        { entete: "Par" },
        { entete: "Lignes nouvelles", type: "nombre" },
        { entete: "Empreinte SHA-256", largeur: 66 },
      ],
      lignes: e.imports.map((i) => [
        i.nom,
        LIBELLES_NATURE[i.nature],
        i.le.toLocaleString("fr-FR", { timeZone: "Europe/Paris" }),
        i.par,
        i.importees,
        i.sha256,
      ]),
      vide: "Aucun fichier importé.",
    },
  };
}
