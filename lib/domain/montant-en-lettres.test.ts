import { describe, expect, it } from "vitest";
import { lettresEnMontant, lettresEnNombre, montantEnLettres, nombreEnLettres, LettresIllisibles } from "./montant-en-lettres";

describe("nombreEnLettres — traditional spelling", () => {
  it.each([
    [0, "zéro"],
    [1, "un"],
    [16, "seize"],
    [17, "dix-sept"],
    [21, "vingt et un"],
    [22, "vingt-deux"],
    [61, "soixante et un"],
    [70, "soixante-dix"],
    [71, "soixante et onze"],
    [72, "soixante-douze"],
    [80, "quatre-vingts"],
    [81, "quatre-vingt-un"],
    [90, "quatre-vingt-dix"],
    [91, "quatre-vingt-onze"],
    [99, "quatre-vingt-dix-neuf"],
    [100, "cent"],
    [101, "cent un"],
    [180, "cent quatre-vingts"],
    [200, "deux cents"],
    [201, "deux cent un"],
    [280, "deux cent quatre-vingts"],
    [1000, "mille"],
    [1001, "mille un"],
    [2000, "deux mille"],
    [21_000, "vingt et un mille"],
    [80_000, "quatre-vingt mille"],
    [80_080, "quatre-vingt mille quatre-vingts"],
    [200_000, "deux cent mille"],
    [10_000, "dix mille"],
    [50_000, "cinquante mille"], // seeds 001 and 004
    [110_000, "cent dix mille"], // seed 003
    [120_000, "cent vingt mille"], // seed 003
    [354_750, "trois cent cinquante-quatre mille sept cent cinquante"],
    [1_000_000, "un million"],
    [2_000_000, "deux millions"],
    [80_000_000, "quatre-vingts millions"],
    [200_000_000, "deux cents millions"],
    [1_000_000_000, "un milliard"],
    [5_000_000, "cinq millions"], // the FAST budget
    [2_500_071, "deux millions cinq cent mille soixante et onze"],
  ])("%d → %s", (n, words) => {
    expect(nombreEnLettres(n)).toBe(words);
  });
});

describe("montantEnLettres", () => {
  it.each([
    [35_475_000n, "trois cent cinquante-quatre mille sept cent cinquante euros"],
    [12_000_000n, "cent vingt mille euros"],
    [100n, "un euro"],
    [0n, "zéro euros"],
    [150n, "un euro et cinquante centimes"],
    [5_000_000_00n, "cinq millions d'euros"],
    [1_000_000_00n, "un million d'euros"],
    [1_000_001_00n, "un million un euros"],
    [1n, "un centime"],
    [99n, "quatre-vingt-dix-neuf centimes"],
    [8_000n, "quatre-vingts euros"],
  ])("%s cents → %s", (cents, words) => {
    expect(montantEnLettres(cents)).toBe(words);
  });
});

describe("reading back", () => {
  it.each([
    ["soixante-et-onze", 71n], // 1990 spelling
    ["soixante et onze", 71n],
    ["quatre-vingt-dix-sept", 97n],
    ["Trois cent cinquante-quatre mille sept cent cinquante", 354_750n],
    ["deux-cent-mille", 200_000n], // 1990: hyphens everywhere
    ["mille deux cents", 1200n],
    ["cinq millions", 5_000_000n],
    ["un milliard deux cent mille", 1_000_200_000n],
  ])("%s → %s", (words, n) => {
    expect(lettresEnNombre(words)).toBe(n);
  });

  it.each([
    ["trois cent cinquante-quatre mille sept cent cinquante euros", 35_475_000n],
    ["cinq millions d'euros", 500_000_000n],
    ["cinquante euros et vingt centimes", 5_020n],
    ["quatre-vingts centimes", 80n],
    ["Cent vingt mille euros", 12_000_000n],
  ])("%s → %s cents", (words, cents) => {
    expect(lettresEnMontant(words)).toBe(cents);
  });

  it.each(["cinquante dollars", "trois cent douzaine", ""])("refuses %j", (words) => {
    expect(() => lettresEnMontant(words)).toThrow(LettresIllisibles);
  });
});

describe("round trip on thousands of numbers", () => {
  it("reads back every number from 0 to 100 000", () => {
    for (let n = 0; n <= 100_000; n++) {
      if (lettresEnNombre(nombreEnLettres(n)) !== BigInt(n)) throw new Error(`${n} → ${nombreEnLettres(n)}`);
    }
  });

  it("reads back 20 000 pseudo-random amounts up to a billion euros, cents included", () => {
    let seed = 42n;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n;
      const cents = seed % 100_000_000_000n;
      expect(lettresEnMontant(montantEnLettres(cents))).toBe(cents);
    }
  });

  it("only puts hyphens below one hundred, as tradition wants", () => {
    for (let n = 100; n < 1_000_000; n += 7919) {
      for (const part of nombreEnLettres(n).split(" ")) {
        if (part.includes("-")) expect(part.split("-").every((w) => !["cent", "cents", "mille"].includes(w))).toBe(true);
      }
    }
  });
});
