import { describe, expect, it } from "vitest";
import { formatMontant, parseMontant, montantCsv, montantToInput, sum, MontantInvalide, NNBSP, NBSP } from "./money";

describe("parseMontant", () => {
  it.each([
    ["120 000", 12_000_000n], // seed 003, AE 2024
    ["10 000 €", 1_000_000n], // seed 003, CP 2024
    ["110\u202f000\u00a0€", 11_000_000n], // seed 003, CP 2025, as printed
    ["50 000", 5_000_000n], // seeds 001 and 004
    ["354 750", 35_475_000n],
    ["0", 0n],
    ["1234,5", 123_450n],
    ["1234.56", 123_456n],
    ["1 234,56 €", 123_456n],
    ["-12,00", -1_200n],
    ["21 474 836,48", 2_147_483_648n], // above a 32-bit integer
  ])("%s → %s cents", (input, cents) => {
    expect(parseMontant(input)).toBe(cents);
  });

  it.each([
    ["", "Indiquez un montant."],
    ["12,345", "Un montant a au plus deux décimales (centimes)."],
    [
      "12.000",
      "Le point n'est pas un séparateur de milliers ici : écrivez 12\u00a0000 (une espace entre les milliers) ; les centimes s'écrivent après une virgule (12,50).",
    ],
    [
      "1.234.567,50",
      "Le point n'est pas un séparateur de milliers ici : écrivez 1\u00a0234\u00a0567,50 (une espace entre les milliers) ; les centimes s'écrivent après une virgule (12,50).",
    ],
    ["douze", "Le montant ne doit contenir que des chiffres, une virgule et au plus deux décimales."],
    ["12a", "Le montant ne doit contenir que des chiffres, une virgule et au plus deux décimales."],
    ["1e5", "Le montant ne doit contenir que des chiffres, une virgule et au plus deux décimales."],
    ["99999999999999", "Ce montant est trop élevé."],
  ])("refuses %j with a French message", (input, message) => {
    expect(() => parseMontant(input)).toThrow(new MontantInvalide(message));
  });
});

describe("formatMontant", () => {
  it.each([
    [12_000_000n, `120${NNBSP}000${NBSP}€`],
    [1_000_000n, `10${NNBSP}000${NBSP}€`],
    [0n, `0${NBSP}€`],
    [123_450n, `1${NNBSP}234,50${NBSP}€`],
    [-1_200n, `-12${NBSP}€`],
    [100_000_000_000n, `1${NNBSP}000${NNBSP}000${NNBSP}000${NBSP}€`],
  ])("%s cents → %j", (cents, text) => {
    expect(formatMontant(cents)).toBe(text);
  });

  it("takes another separator (PDF fonts without U+202F) and can omit the symbol", () => {
    expect(formatMontant(12_000_000n, { separator: NBSP, symbol: false })).toBe(`120${NBSP}000`);
    expect(formatMontant(5_000_000n, { alwaysCents: true })).toBe(`50${NNBSP}000,00${NBSP}€`);
  });

  it("round-trips through the input form", () => {
    for (const cents of [0n, 1n, 99n, 100n, 12_345_678n, 35_475_000n]) expect(parseMontant(montantToInput(cents))).toBe(cents);
  });
});

describe("sum", () => {
  it("adds exactly, without floating point", () => {
    expect(sum([1_000_000n, 11_000_000n])).toBe(12_000_000n);
    expect(sum(Array.from({ length: 10 }, () => 10n))).toBe(100n); // 10 × 0,10 € = 1,00 € exactly
  });
});

describe("montantCsv: an amount for a French spreadsheet", () => {
  it.each([
    [123456n, "1234,56"],
    [-5n, "-0,05"],
    [0n, "0,00"],
    [100000000n, "1000000,00"],
  ])("%s → %s", (cents, attendu) => {
    expect(montantCsv(cents)).toBe(attendu);
  });
});
