// Reading the cells of CHORUS extracts (SAP reports, in xlsx or CSV): French amounts (« -1 000,00 »,
// « 1.000,00- », « 1 000,00 € »), dates (JJ/MM/AAAA, JJ.MM.AAAA, AAAA-MM-JJ, Excel serial numbers,
// or the Date of an xlsx cell). Amounts are integer cents, never floats.
import type { CalendarDate } from "../dates";
import { isCalendarDate } from "../dates";

/** What a cell can hold once read from xlsx (exceljs) or CSV. */
export type Cellule = string | number | Date | boolean | null | undefined;

const MAX_CENTS = 10n ** 15n;

/** Cents from a cell, or a French reason why not. */
export function lireMontantCellule(v: Cellule): { ok: true; cents: bigint } | { ok: false; attendu: string } {
  const attendu = "un montant en euros (ex. 1 000,00 ou -1 000,00)";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, attendu };
    // A float from a spreadsheet cell: its decimal writing, rounded to the cent (never float sums).
    const [entier, dec = ""] = Math.abs(v).toFixed(2).split(".");
    const cents = BigInt(entier!) * 100n + BigInt(dec.padEnd(2, "0"));
    return { ok: true, cents: v < 0 ? -cents : cents };
  }
  if (typeof v !== "string") return { ok: false, attendu };
  let t = v
    .replace(/[\s\u00a0\u202f']/g, "")
    .replace(/(€|EUR)$/i, "")
    .replace(/^(€|EUR)/i, "");
  let negatif = false;
  if (/^\(.*\)$/.test(t)) [negatif, t] = [true, t.slice(1, -1)];
  if (t.endsWith("-")) [negatif, t] = [true, t.slice(0, -1)]; // SAP writes « 1.000,00- »
  if (t.startsWith("-")) [negatif, t] = [!negatif, t.slice(1)];
  if (t.startsWith("+")) t = t.slice(1);
  if (t === "") return { ok: false, attendu };
  let entier: string;
  let dec = "";
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(t) || /^\d+(,\d{1,2})?$/.test(t)) {
    // French: dots (or nothing) between thousands, a comma before the cents.
    [entier, dec = ""] = t.replace(/\./g, "").split(",") as [string, string?];
  } else if (/^\d{1,3}(,\d{3})+\.\d{1,2}$/.test(t) || /^\d+(\.\d{1,2})?$/.test(t)) {
    // English, as some exports write it: a dot before the cents (commas between thousands only then:
    // « 12,345 » alone is ambiguous, refused).
    [entier, dec = ""] = t.replace(/,/g, "").split(".") as [string, string?];
  } else return { ok: false, attendu };
  const cents = BigInt(entier) * 100n + BigInt(dec.padEnd(2, "0") || "0");
  if (cents >= MAX_CENTS) return { ok: false, attendu: "un montant plausible (celui-ci est trop élevé)" };
  return { ok: true, cents: negatif ? -cents : cents };
}

const pad = (n: number) => String(n).padStart(2, "0");
const dateValide = (a: number, m: number, j: number): CalendarDate | null => {
  const d = `${a}-${pad(m)}-${pad(j)}`;
  return a >= 1990 && a <= 2100 && isCalendarDate(d) ? d : null;
};

/** A calendar date from a cell, or a French reason why not. */
export function lireDateCellule(v: Cellule): { ok: true; date: CalendarDate } | { ok: false; attendu: string } {
  const attendu = "une date JJ/MM/AAAA";
  if (v instanceof Date) {
    // exceljs gives dates at midnight UTC.
    const d = Number.isNaN(v.getTime()) ? null : dateValide(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
    return d ? { ok: true, date: d } : { ok: false, attendu };
  }
  let serie: number | null = typeof v === "number" ? v : null;
  if (typeof v === "string") {
    const t = v.trim();
    const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    if (fr) {
      const d = dateValide(Number(fr[3]), Number(fr[2]), Number(fr[1]));
      return d ? { ok: true, date: d } : { ok: false, attendu };
    }
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(t);
    if (iso) {
      const d = dateValide(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      return d ? { ok: true, date: d } : { ok: false, attendu };
    }
    if (/^\d{5}(\.\d+)?$/.test(t)) serie = Number(t);
  }
  if (serie !== null && serie > 30000 && serie < 80000) {
    // Excel's serial day numbers count from 30 December 1899 (its 1900 leap-year bug included).
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serie) * 86_400_000);
    const date = dateValide(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    if (date) return { ok: true, date };
  }
  return { ok: false, attendu };
}

/** The text of a cell (codes, numbers of documents), trimmed; "" when empty. */
export function texteCellule(v: Cellule): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v);
  return String(v)
    .replace(/\u00a0/g, " ")
    .trim();
}

/** A CHORUS code as printed with its label (« 0214-CEN2-INFO DINUM PROD ») or bracketed: its code. */
export function codeCellule(v: Cellule): string {
  const t = texteCellule(v).replace(/^\[|\]$/g, "");
  return (t.split(/\s+/)[0] ?? "").toUpperCase();
}
