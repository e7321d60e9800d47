// A table as data: shown on a page (components/dsfr/TableauDonnees.tsx) and exported as CSV or XLSX
// (lib/server/export/tableur.ts) from the same definition, so that a file says what the page says.
// A year is a number without a type: « 2024 » on the page, a number in XLSX.
import { isCalendarDate, type CalendarDate } from "@/lib/domain/dates";

export type Colonne = { entete: string; type?: "texte" | "montant" | "date" | "nombre"; largeur?: number };
/** A cell: text, a number, an amount in cents (bigint), a calendar date (AAAA-MM-JJ), or nothing. */
export type Cellule = string | number | bigint | CalendarDate | null | undefined;
export type Feuille = {
  /** The caption on the page, the sheet's name in XLSX. */
  titre: string;
  /** The XLSX sheet's name when the caption is longer than Excel's 31 characters. */
  onglet?: string;
  colonnes: Colonne[];
  lignes: Cellule[][];
  total?: Cellule[];
  /** Said in the table's only row when it has none. */
  vide?: string;
  /** The first column heads its row (a number, a year). */
  enTeteDeLigne?: boolean;
};

/** The calendar date a cell of a date column holds, else null (« Total », an empty cell). */
export const dateDeCellule = (c: Cellule, col: Colonne): CalendarDate | null =>
  col.type === "date" && typeof c === "string" && isCalendarDate(c) ? c : null;
