// The public statistics' tables (lib/domain/statistiques.ts), as the page shows them
// (components/dsfr/TableauDonnees.tsx) and as their CSV writes them: one definition for both.
import type { Statistiques } from "@/lib/domain/statistiques";
import type { Colonne, Feuille } from "./tableur";

export const TABLEAUX_STATISTIQUES = ["documents", "annees", "ministeres"] as const;
export type TableauStatistique = (typeof TABLEAUX_STATISTIQUES)[number];

const MONTANTS: Colonne[] = [
  { entete: "AE programmées", type: "montant" },
  { entete: "CP programmés", type: "montant" },
];

/** A table of the statistics, and the name of its CSV file. */
export function feuilleStatistique(s: Statistiques, tableau: TableauStatistique): Feuille & { fichier: string } {
  switch (tableau) {
    case "documents":
      return {
        titre: "Conventions et avenants par année et par statut",
        fichier: "statistiques-documents",
        colonnes: [
          { entete: "Année" },
          { entete: "Statut" },
          { entete: "Conventions", type: "nombre" },
          { entete: "Avenants", type: "nombre" },
        ],
        lignes: s.documents.map((l) => [l.annee, l.libelle, l.conventions, l.avenants]),
        total: ["Total", "", s.documents.reduce((n, l) => n + l.conventions, 0), s.documents.reduce((n, l) => n + l.avenants, 0)],
        vide: "Aucune convention ni aucun avenant pour l'instant.",
        enTeteDeLigne: true,
      };
    case "annees":
      return {
        titre: "Montants délégués par année (conventions signées par toutes les parties, avenants signés compris)",
        fichier: "statistiques-montants-par-annee",
        colonnes: [{ entete: "Année" }, ...MONTANTS],
        lignes: s.montantsParAnnee.map((l) => [Number(l.cle), l.ae, l.cp]),
        total: ["Total", s.totalMontants.ae, s.totalMontants.cp],
        vide: "Aucune convention signée par toutes les parties pour l'instant.",
        enTeteDeLigne: true,
      };
    case "ministeres":
      return {
        titre: "Montants délégués par ministère délégant (toutes années)",
        fichier: "statistiques-montants-par-ministere",
        colonnes: [{ entete: "Ministère délégant" }, ...MONTANTS],
        lignes: s.montantsParMinistere.map((l) => [l.cle, l.ae, l.cp]),
        total: ["Total", s.totalMontants.ae, s.totalMontants.cp],
        vide: "Aucune convention signée par toutes les parties pour l'instant.",
        enTeteDeLigne: true,
      };
  }
}
