// The open-data index of every published document (issue 22): one definition of its columns for the
// CSV, the JSON and the page that documents them. Only what the published texts carry: no signatory,
// no agent of the app.
import type { CalendarDate } from "@/lib/domain/dates";
import { montantCsv } from "@/lib/domain/money";
import type { Cellule, Colonne, Feuille } from "./tableur";

export type LigneDonneesOuvertes = {
  reference: string;
  nature: "convention" | "avenant";
  numeroAvenant: number | null;
  delegants: string;
  delegataires: string;
  objet: string;
  programme: string | null;
  dateSignature: CalendarDate | null;
  datePublication: CalendarDate | null;
  dateEntreeEnVigueur: CalendarDate | null;
  dateFin: CalendarDate | null;
  totalAe: bigint | null;
  totalCp: bigint | null;
  referencesPublication: string;
  urlFichier: string | null;
  sha256Fichier: string | null;
};

type Definition = { cle: keyof LigneDonneesOuvertes; colonne: Colonne; description: string };

export const COLONNES_DONNEES_OUVERTES: readonly Definition[] = [
  {
    cle: "reference",
    colonne: { entete: "reference" },
    description: "Référence de la convention (celle de l'avenant est la même, avec son numéro).",
  },
  { cle: "nature", colonne: { entete: "nature" }, description: "« convention » ou « avenant »." },
  {
    cle: "numeroAvenant",
    colonne: { entete: "numero_avenant", type: "nombre" },
    description: "Numéro de l'avenant ; vide pour une convention.",
  },
  { cle: "delegants", colonne: { entete: "delegants" }, description: "Délégant(s), séparés par « | »." },
  { cle: "delegataires", colonne: { entete: "delegataires" }, description: "Délégataire(s), séparés par « | »." },
  { cle: "objet", colonne: { entete: "objet" }, description: "Objet de la délégation, tel que la convention l'énonce." },
  { cle: "programme", colonne: { entete: "programme" }, description: "Programme budgétaire (et BOP) des crédits délégués." },
  { cle: "dateSignature", colonne: { entete: "date_signature", type: "date" }, description: "Date de la dernière signature." },
  {
    cle: "datePublication",
    colonne: { entete: "date_publication", type: "date" },
    description: "Date à laquelle le document est publié sur chaque canal requis (la dernière).",
  },
  {
    cle: "dateEntreeEnVigueur",
    colonne: { entete: "date_entree_en_vigueur", type: "date" },
    description: "Date d'entrée en vigueur, quand elle est connue.",
  },
  { cle: "dateFin", colonne: { entete: "date_fin", type: "date" }, description: "Date de fin prévue (ou date de fin par défaut)." },
  {
    cle: "totalAe",
    colonne: { entete: "montant_ae", type: "montant" },
    description: "Plafond en autorisations d'engagement, en euros (vide pour un avenant).",
  },
  {
    cle: "totalCp",
    colonne: { entete: "montant_cp", type: "montant" },
    description: "Plafond en crédits de paiement, en euros (vide pour un avenant).",
  },
  {
    cle: "referencesPublication",
    colonne: { entete: "references_publication" },
    description: "Canaux de publication et leurs références (NOR, numéro, adresse), séparés par « | ».",
  },
  { cle: "urlFichier", colonne: { entete: "url_fichier" }, description: "Adresse du PDF signé publié sur data.gouv.fr." },
  {
    cle: "sha256Fichier",
    colonne: { entete: "sha256_fichier" },
    description: "Empreinte SHA-256 du PDF publié (à comparer sur « Vérifier une publication »).",
  },
];

export function feuilleDonneesOuvertes(lignes: readonly LigneDonneesOuvertes[]): Feuille {
  return {
    titre: "Conventions de délégation de gestion publiées",
    onglet: "Conventions publiées",
    colonnes: COLONNES_DONNEES_OUVERTES.map((c) => c.colonne),
    lignes: lignes.map((l) => COLONNES_DONNEES_OUVERTES.map((c) => l[c.cle] as Cellule)),
    vide: "Aucun document publié pour l'instant.",
  };
}

/** The JSON form: the same columns by name, amounts in euros as « 1234.56 » (text: exact), dates AAAA-MM-JJ. */
export function jsonDonneesOuvertes(lignes: readonly LigneDonneesOuvertes[]) {
  return lignes.map((l) =>
    Object.fromEntries(
      COLONNES_DONNEES_OUVERTES.map(({ cle, colonne }) => {
        const v = l[cle];
        return [colonne.entete, typeof v === "bigint" ? montantCsv(v).replace(",", ".") : (v ?? null)];
      }),
    ),
  );
}
