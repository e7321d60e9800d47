import { describe, expect, it } from "vitest";
import { parseMontant } from "./money";
import { anneeDuDocument, joursJusquALaSignature, mediane, statistiques, type DocumentStatistique } from "./statistiques";
import { SEED_CONVENTIONS } from "@/prisma/seed/index";

const doc = (d: Partial<DocumentStatistique>): DocumentStatistique => ({
  nature: "convention",
  statut: "BROUILLON",
  creeLe: new Date("2026-03-10T10:00:00Z"),
  signeeLe: null,
  redigeDansLApplication: true,
  ...d,
});

describe("anneeDuDocument", () => {
  it.each([
    ["a draft counts in the year it was created", doc({}), 2026],
    ["a document signed by every party counts in the year of its last signature", doc({ statut: "SIGNEE", signeeLe: "2024-09-01" }), 2024],
    ["signed, its signatures undated: the year of the date in its title", doc({ statut: "SIGNEE", dateDuDocument: "2024-09-01" }), 2024],
    ["partially signed: still the year of creation", doc({ statut: "SIGNEE_PARTIELLEMENT", signeeLe: "2024-09-01" }), 2026],
    // 31 December 23:30 UTC is already 1 January in Paris.
    ["the creation day is Paris's", doc({ creeLe: new Date("2025-12-31T23:30:00Z") }), 2026],
  ])("%s", (_, d, annee) => expect(anneeDuDocument(d)).toBe(annee));
});

describe("joursJusquALaSignature and mediane", () => {
  it.each([
    [new Date("2026-03-10T10:00:00Z"), "2026-03-10", 0],
    [new Date("2026-03-10T23:30:00Z"), "2026-03-12", 1], // created on 11 March in Paris
    [new Date("2026-01-01T08:00:00Z"), "2026-03-01", 59],
  ] as const)("from %s to %s: %i days", (creeLe, signeeLe, jours) => expect(joursJusquALaSignature(creeLe, signeeLe)).toBe(jours));

  it.each([
    [[], null],
    [[7], 7],
    [[30, 10, 20], 20],
    [[10, 40, 20, 30], 25],
  ])("mediane(%j) = %s", (valeurs, attendu) => expect(mediane(valeurs)).toBe(attendu));
});

describe("statistiques", () => {
  // The three seeds as the app holds them: 001 signed by one party only, 003 and 004 signed by both
  // (historical records, not drafted in the app); their consolidated schedules, for the délégant's ministry.
  const documents = SEED_CONVENTIONS.map((s) =>
    doc({
      statut: s.statut,
      signeeLe: s.dateSignature ?? null,
      dateDuDocument: s.dateConvention ?? null,
      creeLe: new Date("2026-11-02T09:00:00Z"),
      redigeDansLApplication: false,
    }),
  );
  const montants = SEED_CONVENTIONS.filter((s) => s.statut === "SIGNEE").flatMap((s) =>
    s.echeancier.map((l) => ({ annee: l.annee, ministere: "MENJ", ae: parseMontant(l.ae), cp: parseMontant(l.cp) })),
  );

  it("counts the seeds per year and status, and sums what they delegate", () => {
    const s = statistiques(
      [
        ...documents,
        // Drafted in the app: created 10 March, signed 9 April (30 days) and 20 March (10 days); a draft.
        doc({ statut: "SIGNEE", signeeLe: "2026-04-09" }),
        doc({ nature: "avenant", statut: "PUBLIEE", signeeLe: "2026-03-20" }),
        doc({ nature: "avenant" }),
      ],
      [...montants, { annee: 2026, ministere: "MEF", ae: parseMontant("10 000"), cp: parseMontant("5 000") }],
    );
    expect(s.documents.map((l) => [l.annee, l.libelle, l.conventions, l.avenants])).toEqual([
      [2021, "Signée", 1, 0],
      [2024, "Signée", 1, 0],
      [2026, "Brouillon", 0, 1],
      [2026, "Signée par une partie", 1, 0],
      [2026, "Signée", 1, 0],
      [2026, "Publiée", 0, 1],
    ]);
    expect(s.documentsParAnnee).toEqual([
      { annee: 2021, conventions: 1, avenants: 0 },
      { annee: 2024, conventions: 1, avenants: 0 },
      { annee: 2026, conventions: 2, avenants: 2 },
    ]);
    // Seed 004: 50 000 € in 2021; seed 003: 120 000 € AE / 10 000 € CP in 2024, 110 000 € CP in 2025.
    expect(s.montantsParAnnee).toEqual([
      { cle: "2021", ae: 5_000_000n, cp: 5_000_000n },
      { cle: "2024", ae: 12_000_000n, cp: 1_000_000n },
      { cle: "2025", ae: 0n, cp: 11_000_000n },
      { cle: "2026", ae: 1_000_000n, cp: 500_000n },
    ]);
    expect(s.montantsParMinistere).toEqual([
      { cle: "MENJ", ae: 17_000_000n, cp: 17_000_000n },
      { cle: "MEF", ae: 1_000_000n, cp: 500_000n },
    ]);
    expect(s.totalMontants).toEqual({ ae: 18_000_000n, cp: 17_500_000n });
    // Only the two drafted and signed in the app: the historical records' creation is their import.
    expect(s.delai).toEqual({ medianeJours: 20, documents: 2 });
  });

  it("has nothing to say about an empty base", () => {
    expect(statistiques([], [])).toEqual({
      documents: [],
      documentsParAnnee: [],
      montantsParAnnee: [],
      montantsParMinistere: [],
      totalMontants: { ae: 0n, cp: 0n },
      delai: { medianeJours: null, documents: 0 },
    });
  });
});
