import { describe, expect, it } from "vitest";
import { echeancierCumule, totauxEcheancier } from "./echeancier";
import { parseMontant } from "./money";
import { SEED_CONVENTIONS } from "@/prisma/seed/index";

const lignes = (seed: (typeof SEED_CONVENTIONS)[number]) => seed.echeancier.map((l) => ({ annee: l.annee, ae: parseMontant(l.ae), cp: parseMontant(l.cp) }));

describe("échéancier of the seeds", () => {
  it.each(SEED_CONVENTIONS.map((s) => [s.reference, s] as const))("%s: totals equal the ceilings", (_ref, seed) => {
    const totaux = totauxEcheancier(lignes(seed));
    expect(totaux.ae).toBe(parseMontant(seed.plafondAe!));
    expect(totaux.cp).toBe(parseMontant(seed.plafondCp!));
  });

  it("accumulates seed 003 year by year: AE 120 000 then 120 000, CP 10 000 then 120 000", () => {
    const seed003 = SEED_CONVENTIONS.find((s) => s.reference === "2024-DNE-DINUM-01")!;
    expect(echeancierCumule(lignes(seed003))).toEqual([
      { annee: 2024, ae: 12_000_000n, cp: 1_000_000n, cumulAe: 12_000_000n, cumulCp: 1_000_000n },
      { annee: 2025, ae: 0n, cp: 11_000_000n, cumulAe: 12_000_000n, cumulCp: 12_000_000n },
    ]);
  });

  it("sorts by year whatever the input order", () => {
    const out = echeancierCumule([
      { annee: 2026, ae: 1n, cp: 1n },
      { annee: 2024, ae: 2n, cp: 0n },
    ]);
    expect(out.map((l) => [l.annee, l.cumulAe])).toEqual([
      [2024, 2n],
      [2026, 3n],
    ]);
  });
});
