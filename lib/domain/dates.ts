// Two kinds of dates. Calendar dates (effect, end, signature day) are "YYYY-MM-DD" strings;
// Prisma returns @db.Date at UTC midnight, so they are read with UTC getters only.
// Instants (created at, signed at) are shown in Europe/Paris.

export type CalendarDate = string; // "YYYY-MM-DD"

/** The months as French writes them (a date in words, « 31 décembre 2021 »). */
export const MOIS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function toCalendarDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

/** A stored date (an optional `@db.Date` column) as a calendar date, or null. */
export const calendarDateOrNull = (date: Date | null | undefined): CalendarDate | null => (date ? toCalendarDate(date) : null);

export function fromCalendarDate(value: CalendarDate): Date {
  if (!isCalendarDate(value)) throw new Error(`Date invalide : ${value}`);
  return new Date(`${value}T00:00:00.000Z`);
}

function parts(value: CalendarDate | Date): [number, number, number] {
  const text = typeof value === "string" ? value : toCalendarDate(value);
  const match = CALENDAR_DATE.exec(text);
  if (!match) throw new Error(`Date invalide : ${text}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** "2024-09-01" → "1er septembre 2024" (prose). */
export function formatDateLongue(value: CalendarDate | Date): string {
  const [y, m, d] = parts(value);
  return `${d === 1 ? "1er" : d}\u00a0${MOIS[m - 1]} ${y}`;
}

/** "2024-09-01" → "01/09/2024" (tables). */
export function formatDateCourte(value: CalendarDate | Date): string {
  const [y, m, d] = parts(value);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}

const instantFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  dateStyle: "short",
  timeStyle: "short",
});

/** An instant, in Paris time: "22/11/2026 23:10". */
export function formatInstant(date: Date): string {
  return instantFormat.format(date);
}

export function yearOf(value: CalendarDate | Date): number {
  return parts(value)[0];
}

/** A date written in a text: its day when the text gives one (« 31 décembre 2025 », « 1er
 *  septembre 2024 », « 31/12/2025 »), else only its month (« décembre 2021 »); where it starts. */
export type DateLue = { texte: string; index: number; annee: number; mois: number; jour: number | null };

const MOIS_RE = MOIS.map((m) => m.replace("é", "[ée]").replace("û", "[uû]")).join("|");
const DATE_EN_LETTRES = new RegExp(
  `(?<![\\p{L}\\d])(?:(1er|\\d{1,2})[\\s\\u00a0\\u202f]+)?(${MOIS_RE})[\\s\\u00a0\\u202f]+(\\d{4})(?!\\d)`,
  "giu",
);
const DATE_EN_CHIFFRES = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g;

/** Every date a French text writes, in words or in figures (an impossible one, « 31 juin », is no date). */
export function datesDuTexte(texte: string): DateLue[] {
  const lues: DateLue[] = [];
  const ajouter = (t: string, index: number, annee: number, mois: number, jour: number | null) => {
    if (mois < 1 || mois > 12) return;
    if (jour !== null && !isCalendarDate(`${annee}-${String(mois).padStart(2, "0")}-${String(jour).padStart(2, "0")}`)) return;
    lues.push({ texte: t, index, annee, mois, jour });
  };
  for (const m of texte.matchAll(DATE_EN_LETTRES)) {
    const mois =
      MOIS.findIndex((x) => x.normalize("NFD").replace(/\p{M}/gu, "") === m[2]!.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")) + 1;
    ajouter(m[0], m.index, Number(m[3]), mois, m[1] ? (m[1] === "1er" ? 1 : Number(m[1])) : null);
  }
  for (const m of texte.matchAll(DATE_EN_CHIFFRES)) ajouter(m[0], m.index, Number(m[3]), Number(m[2]), Number(m[1]));
  return lues.sort((a, b) => a.index - b.index);
}

/** Whether a date read in a text says this calendar date (to the day, or to the month when it gives no day). */
export function memeDate(lue: DateLue, date: CalendarDate): boolean {
  const [a, m, j] = parts(date);
  return lue.annee === a && lue.mois === m && (lue.jour === null || lue.jour === j);
}

const jourAParis = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day an instant falls on in Paris (« today » for a signature, the day a version was frozen). */
export function jourDeParis(instant: Date): CalendarDate {
  return jourAParis.format(instant); // en-CA writes YYYY-MM-DD
}
