// An extract file read into rows of cells: xlsx (exceljs, first worksheet) or CSV (`;`, tab or `,`,
// UTF-8 or Windows-1252). A binary renamed .csv, an empty file, a file too large: said in French.
import "server-only";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { assertTailleEnvoi } from "@/lib/domain/envois";
import type { Cellule } from "@/lib/domain/execution/valeurs";

const refus = (code: string, message: string) => new ErreurMetier(code, message, { fichier: message });

/** The value a cell shows: formulas by their result, rich text by its text, hyperlinks by their text. */
function valeur(v: ExcelJS.CellValue): Cellule {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object") {
    if ("result" in v) return valeur(v.result as ExcelJS.CellValue);
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v) return String(v.text);
    if ("error" in v) return null;
  }
  return String(v);
}

async function lireXlsx(nom: string, octets: Buffer): Promise<Cellule[][]> {
  const classeur = new ExcelJS.Workbook();
  try {
    await classeur.xlsx.load(octets as unknown as ArrayBuffer);
  } catch {
    throw refus("FICHIER_ILLISIBLE", `« ${nom} » n'est pas un classeur Excel (xlsx) lisible.`);
  }
  const feuille = classeur.worksheets.find((f) => f.actualRowCount > 0);
  if (!feuille) throw refus("FICHIER_VIDE", `« ${nom} » ne contient aucune ligne.`);
  const lignes: Cellule[][] = [];
  feuille.eachRow({ includeEmpty: true }, (row, n) => {
    const cellules: Cellule[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cellules[col - 1] = valeur(cell.value);
    });
    lignes[n - 1] = cellules;
  });
  return Array.from(lignes, (l) => l ?? []);
}

function decoder(nom: string, octets: Buffer): string {
  // Control characters other than tab, CR, LF: a binary file (an image, a zip) renamed .csv.
  const debut = octets.subarray(0, 4096);
  if (debut.some((b) => b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13)))
    throw refus("FICHIER_BINAIRE", `« ${nom} » n'est pas un fichier texte : est-ce bien un CSV (ou un xlsx renommé) ?`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(octets).replace(/^\uFEFF/, "");
  } catch {
    return iconv.decode(octets, "win1252"); // Excel's « CSV (séparateur : point-virgule) » in France
  }
}

function lireCsv(nom: string, octets: Buffer): Cellule[][] {
  const texte = decoder(nom, octets);
  const premiere = texte.split(/\r?\n/, 1)[0] ?? "";
  const delimiteur = [";", "\t", ","].sort((a, b) => premiere.split(b).length - premiere.split(a).length)[0]!;
  try {
    return parse(texte, { delimiter: delimiteur, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    const ligne = (error as { lines?: number }).lines;
    throw refus("CSV_ILLISIBLE", `« ${nom} » : CSV illisible${ligne ? ` à la ligne ${ligne}` : ""} (guillemet non fermé ?).`);
  }
}

/** The rows of an extract, whatever its format. */
export async function readFichierExtrait(nom: string, octets: Buffer): Promise<{ format: "xlsx" | "csv"; lignes: Cellule[][] }> {
  if (octets.length === 0) throw refus("FICHIER_VIDE", `« ${nom} » est vide.`);
  assertTailleEnvoi("extrait", octets.length);
  const zip = octets.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (zip) return { format: "xlsx", lignes: await lireXlsx(nom, octets) };
  if (/\.xlsx?$/i.test(nom)) throw refus("FICHIER_ILLISIBLE", `« ${nom} » n'est pas un classeur Excel (xlsx) lisible.`);
  return { format: "csv", lignes: lireCsv(nom, octets) };
}
