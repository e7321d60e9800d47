// Money is integer cents (bigint), never a float. Parsing and formatting live here only.

export const NNBSP = "\u202f"; // narrow no-break space: French thousands separator
export const NBSP = "\u00a0"; // no-break space: before « € » and « : »

export class MontantInvalide extends Error {
  readonly code = "MONTANT_INVALIDE";
}

const MAX_CENTS = 10n ** 15n; // 10 000 milliards d'euros: anything above is absurd here

/** "120 000", "120 000,50 €", "1 234,5", "-12,00" → cents. Throws MontantInvalide with a French message. */
export function parseMontant(input: string): bigint {
  const text = input
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/€$/, "")
    .replace(/^€/, "");
  if (text === "") throw new MontantInvalide("Indiquez un montant.");
  // « 12.000 » or « 1.234.567,50 »: thousands written with dots, as in some spreadsheets.
  if (/^-?\d{1,3}(\.\d{3})+(,\d*)?$/.test(text)) {
    const milliers = text.replace(/\./g, "\u00a0");
    throw new MontantInvalide(
      `Le point n'est pas un séparateur de milliers ici : écrivez ${milliers} (une espace entre les milliers) ; les centimes s'écrivent après une virgule (12,50).`,
    );
  }
  const match = /^(-?)(\d+)(?:[,.](\d*))?$/.exec(text);
  if (!match) throw new MontantInvalide("Le montant ne doit contenir que des chiffres, une virgule et au plus deux décimales.");
  const [, sign, euros = "0", decimals = ""] = match;
  if (decimals.length > 2) throw new MontantInvalide("Un montant a au plus deux décimales (centimes).");
  const cents = BigInt(euros) * 100n + BigInt(decimals.padEnd(2, "0") || "0");
  if (cents >= MAX_CENTS) throw new MontantInvalide("Ce montant est trop élevé.");
  return sign === "-" ? -cents : cents;
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** 12000000n → "120 000 €" (cents shown only when not zero: "1 234,50 €"). */
export function formatMontant(cents: bigint, options: { separator?: string; symbol?: boolean; alwaysCents?: boolean } = {}): string {
  const { separator = NNBSP, symbol = true, alwaysCents = false } = options;
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const euros = groupThousands((abs / 100n).toString(), separator);
  const rest = abs % 100n;
  const decimals = rest !== 0n || alwaysCents ? `,${rest.toString().padStart(2, "0")}` : "";
  return `${negative ? "-" : ""}${euros}${decimals}${symbol ? `${NBSP}€` : ""}`;
}

/** Cents as an editable string without symbol: 12000050n → "120000,50". */
export function montantToInput(cents: bigint): string {
  return formatMontant(cents, { separator: "", symbol: false });
}

export function sum(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

/** An amount being typed: its cents, `siVide` when nothing is typed yet, null when it does not parse
 *  (the field shows its own error; live totals and checks leave it out). */
export function montantSaisi(text: string | undefined, siVide: bigint | null): bigint | null {
  if (!text?.trim()) return siVide;
  try {
    return parseMontant(text);
  } catch {
    return null;
  }
}

/** 123456n → "1234,56": an amount for a CSV cell read by French spreadsheet software (no grouping). */
export function montantCsv(cents: bigint): string {
  const abs = cents < 0n ? -cents : cents;
  return `${cents < 0n ? "-" : ""}${abs / 100n},${String(abs % 100n).padStart(2, "0")}`;
}
