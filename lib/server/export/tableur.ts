// Tables as files: CSV (`;`, UTF-8 with BOM: opens as is in French spreadsheet software, amounts
// « 1234,56 », dates JJ/MM/AAAA) and XLSX (amounts as numbers in a euro format, dates as dates,
// years and counts as numbers — never text), one sheet per table. Every export of the app goes
// through here, so that they all read the same way — and so that no cell of any of them can run as a
// formula in a spreadsheet (neutraliserCsv).
import "server-only";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { montantCsv } from "@/lib/domain/money";
import { formatDateCourte, fromCalendarDate } from "@/lib/domain/dates";
import { dateDeCellule, type Cellule, type Colonne, type Feuille } from "@/lib/views/tableur";
import type { Telechargement } from "@/lib/actions/route";

export type { Cellule, Colonne, Feuille };
export type FormatExport = "csv" | "xlsx";

const EURO = '#,##0.00 "€"';

// OWASP, « CSV Injection »: a cell beginning with one of these is read as a formula by spreadsheets.
const DEBUT_DE_FORMULE = /^[=+\-@\t\r]/;

/** A text cell that no spreadsheet will run: a leading `'` before =, +, -, @, a tab or a carriage
 *  return (a supplier « =HYPERLINK(…) » from an extract, a comment « =cmd|… »). Amounts and numbers
 *  are not text and never go through here; dates start with a digit. */
export const neutraliserCsv = (texte: string): string => (DEBUT_DE_FORMULE.test(texte) ? `'${texte}` : texte);

/** A cell of a CSV: an amount (bigint cents) « 1234,56 », a number as is, a calendar date of a date
 *  column « JJ/MM/AAAA », any other text neutralised. */
function celluleCsv(c: Cellule, col?: Colonne): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "bigint") return montantCsv(c);
  if (typeof c === "number") return String(c);
  const date = col ? dateDeCellule(c, col) : null;
  if (date) return formatDateCourte(date);
  return neutraliserCsv(c);
}

/** Rows as a CSV for French spreadsheets (`;`, UTF-8 with BOM), each cell as celluleCsv says: every
 *  CSV the app writes, whether from a Feuille or from rows of its own (history, report). */
export function texteCsv(lignes: readonly (readonly Cellule[])[], colonnes?: readonly Colonne[]): string {
  return stringify(
    lignes.map((l) => l.map((c, i) => celluleCsv(c, colonnes?.[i]))),
    { delimiter: ";", bom: true },
  );
}

function celluleXlsx(c: Cellule, col: Colonne): ExcelJS.CellValue {
  if (c === null || c === undefined) return null;
  if (typeof c === "bigint") return Number(c) / 100;
  const date = dateDeCellule(c, col);
  if (date) return fromCalendarDate(date);
  return c;
}

/** Rows kept exactly as read (the copy of an imported extract, a record of what CHORUS said): the
 *  same format, without neutralisation. Never served as an export: an export goes through texteCsv. */
export const csvTelQuel = (lignes: readonly (readonly string[])[]): string =>
  stringify(lignes as string[][], { delimiter: ";", bom: true });

/** The file's bytes. A CSV holds one table (the first): the others are for XLSX. */
export async function fichierTableur(format: FormatExport, feuilles: readonly Feuille[]): Promise<Uint8Array> {
  if (format === "csv") {
    const f = feuilles[0]!;
    const lignes = [...f.lignes, ...(f.total ? [f.total] : [])];
    return new TextEncoder().encode(
      texteCsv([f.colonnes.map((c) => c.entete), ...lignes.map((l) => f.colonnes.map((_, i) => l[i]))], f.colonnes),
    );
  }
  const classeur = new ExcelJS.Workbook();
  classeur.creator = "Conventions de délégation de gestion";
  for (const f of feuilles) {
    // Excel: 31 characters at most, none of \ / ? * [ ] :
    const feuille = classeur.addWorksheet((f.onglet ?? f.titre).replace(/[\\/?*[\]:]/g, " ").slice(0, 31));
    feuille.addRow(f.colonnes.map((c) => c.entete)).font = { bold: true };
    for (const l of f.lignes) feuille.addRow(f.colonnes.map((col, i) => celluleXlsx(l[i], col)));
    if (f.total) feuille.addRow(f.colonnes.map((col, i) => celluleXlsx(f.total![i], col))).font = { bold: true };
    f.colonnes.forEach((col, i) => {
      const c = feuille.getColumn(i + 1);
      if (col.type === "montant") c.numFmt = EURO;
      if (col.type === "date") c.numFmt = "dd/mm/yyyy";
      c.width = col.largeur ?? (col.type === "montant" ? 18 : col.type === "date" ? 12 : col.type === "nombre" ? 10 : 24);
    });
    feuille.views = [{ state: "frozen", ySplit: 1 }];
  }
  return new Uint8Array((await classeur.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The download: a file named `nom` (without extension). */
export async function telechargementTableur(format: FormatExport, nom: string, feuilles: readonly Feuille[]): Promise<Telechargement> {
  return {
    octets: await fichierTableur(format, feuilles),
    nom: `${nom}.${format}`,
    type: format === "csv" ? TYPE_CSV : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}

export const TYPE_CSV = "text/csv; charset=utf-8";

export const formatDemande = (valeur: string | null | undefined): FormatExport => (valeur === "xlsx" ? "xlsx" : "csv");
