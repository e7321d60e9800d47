import { describe, expect, it } from "vitest";
import { resteAPayer, soldesEj, type LigneEj } from "./engagements";

const e = (euros: number) => BigInt(euros) * 100n;
const engagement = (numeroEj: string, ae: number, report = false): LigneEj => ({
  nature: "ENGAGEMENT",
  numeroEj,
  ae: e(ae),
  cp: 0n,
  report,
});
const paiement = (numeroEj: string, cp: number): LigneEj => ({ nature: "PAIEMENT", numeroEj, ae: 0n, cp: e(cp), report: false });

describe("soldesEj: an EJ's balance, one reading for the page, the alerts, the import and manual entry", () => {
  it.each<[string, LigneEj[], Record<string, { engage: bigint; paye: bigint; lignes: number }>]>([
    [
      "an initial commitment, a complement, a reduction",
      [engagement("A", 50_000), engagement("A", 10_000), engagement("A", -5_000)],
      { A: { engage: e(55_000), paye: 0n, lignes: 3 } },
    ],
    [
      "a carry-over (type 350) is no new commitment",
      [engagement("A", 50_000), engagement("A", 20_000, true)],
      { A: { engage: e(50_000), paye: 0n, lignes: 2 } },
    ],
    [
      "payments against it",
      [engagement("A", 50_000), paiement("A", 30_000), paiement("A", 5_000)],
      { A: { engage: e(50_000), paye: e(35_000), lignes: 1 } },
    ],
    ["a payment for an EJ never committed: no commitment line", [paiement("B", 1_000)], { B: { engage: 0n, paye: e(1_000), lignes: 0 } }],
    [
      "credits made available are no EJ",
      [{ nature: "MISE_A_DISPOSITION", numeroEj: null, ae: e(100_000), cp: e(100_000), report: false }],
      {},
    ],
  ])("%s", (_cas, lignes, attendu) => {
    expect(Object.fromEntries(soldesEj(lignes))).toEqual(attendu);
  });

  it("keys an EJ as asked (an import: by convention and EJ)", () => {
    const lignes = [
      { ...engagement("A", 10_000), conventionId: "c1" },
      { ...engagement("A", 20_000), conventionId: "c2" },
    ];
    expect([...soldesEj(lignes, (l) => `${l.conventionId}|${l.numeroEj}`).keys()]).toEqual(["c1|A", "c2|A"]);
  });

  it("what remains to pay is never below nothing", () => {
    expect(resteAPayer({ engage: e(10), paye: e(4), lignes: 1 })).toBe(e(6));
    expect(resteAPayer({ engage: e(10), paye: e(12), lignes: 1 })).toBe(0n);
  });
});
