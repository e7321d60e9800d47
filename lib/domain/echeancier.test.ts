import { describe, expect, it } from "vitest";
import { anneesEnDouble, cumulsSaisis, echeancierCumule, totauxEcheancier } from "./echeancier";
import { controlerEcheancier } from "./controles/echeancier";
import { parseMontant } from "./money";
import { SEED_CONVENTIONS } from "@/prisma/seed/index";

const lignes = (seed: (typeof SEED_CONVENTIONS)[number]) =>
  seed.echeancier.map((l) => ({ annee: l.annee, ae: parseMontant(l.ae), cp: parseMontant(l.cp) }));

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

describe("cumulsSaisis (the form's running totals)", () => {
  const e = (euros: number) => BigInt(euros) * 100n;

  it("sums rows typed out of order in year order, as the checks do: no red cell the findings would not flag", () => {
    // 2025 typed first: in typed order its 50 000 € of CP would exceed 0 € of AE.
    const typed = [
      { annee: 2025, ae: 0n, cp: e(50_000) },
      { annee: 2024, ae: e(100_000), cp: 0n },
    ];
    const { lignes, total } = cumulsSaisis(typed);
    expect(lignes).toEqual([
      { cumulAe: e(100_000), cumulCp: e(50_000) },
      { cumulAe: e(100_000), cumulCp: 0n },
    ]);
    expect(lignes.some((c) => c.cumulCp! > c.cumulAe!)).toBe(false);
    const findings = controlerEcheancier({
      type: "DELEGATION_GESTION",
      objet: "",
      plafondAe: null,
      plafondCp: null,
      dateDebut: null,
      dateFin: null,
      regleDuree: "DATE_FIXE",
      parties: [],
      basesLegales: [],
      articles: [],
      echeancier: typed,
    });
    expect(findings.map((f) => f.code)).not.toContain("CP_CUMULES_SUPERIEURS_AUX_AE");
    expect(total).toEqual({ ae: e(100_000), cp: e(50_000) });
  });

  it.each([
    [
      "agrees with echeancierCumule on seed 003",
      [
        { annee: 2024, ae: e(120_000), cp: e(10_000) },
        { annee: 2025, ae: 0n, cp: e(110_000) },
      ],
      [
        [e(120_000), e(10_000)],
        [e(120_000), e(120_000)],
      ],
      [e(120_000), e(120_000)],
    ],
    [
      "an unreadable amount blanks its year and the later ones",
      [
        { annee: 2024, ae: null, cp: 1n },
        { annee: 2025, ae: 1n, cp: 1n },
      ],
      [
        [null, 1n],
        [null, 2n],
      ],
      [null, 2n],
    ],
    [
      "an unreadable year has no running total but counts in the total",
      [
        { annee: null, ae: 5n, cp: 5n },
        { annee: 2024, ae: 1n, cp: 1n },
      ],
      [
        [null, null],
        [1n, 1n],
      ],
      [6n, 6n],
    ],
    ["no row: totals are zero", [], [], [0n, 0n]],
  ] as const)("%s", (_name, rows, expected, [ae, cp]) => {
    const { lignes, total } = cumulsSaisis(rows);
    expect(lignes.map((c) => [c.cumulAe, c.cumulCp])).toEqual(expected);
    expect(total).toEqual({ ae, cp });
  });
});

describe("anneesEnDouble", () => {
  it.each([
    ["distinct years", [2024, 2025], []],
    ["a year twice", [2024, 2025, 2024], [{ index: 2, annee: 2024, message: "L'année 2024 figure deux fois dans l'échéancier." }]],
    [
      "three times",
      [2024, 2024, 2024],
      [1, 2].map((index) => ({ index, annee: 2024, message: "L'année 2024 figure deux fois dans l'échéancier." })),
    ],
  ] as const)("%s", (_name, annees, expected) => {
    expect(anneesEnDouble(annees.map((annee) => ({ annee })))).toEqual(expected);
  });
});
