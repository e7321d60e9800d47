import { describe, expect, it } from "vitest";
import { statistiques } from "@/lib/domain/statistiques";
import { feuilleStatistique } from "./statistiques";

describe("feuilleStatistique", () => {
  const s = statistiques(
    [
      {
        nature: "convention",
        statut: "SIGNEE",
        creeLe: new Date("2024-03-01T10:00:00Z"),
        signeeLe: "2024-09-01",
        redigeDansLApplication: true,
      },
      { nature: "avenant", statut: "BROUILLON", creeLe: new Date("2026-03-10T10:00:00Z"), signeeLe: null, redigeDansLApplication: true },
    ],
    [{ annee: 2024, ministere: "MENJ", ae: 12_000_000n, cp: 1_000_000n }],
  );
  it.each([
    [
      "documents",
      ["Année", "Statut", "Conventions", "Avenants"],
      [
        [2024, "Signée", 1, 0],
        [2026, "Brouillon", 0, 1],
      ],
      ["Total", "", 1, 1],
    ],
    ["annees", ["Année", "AE programmées", "CP programmés"], [[2024, 12_000_000n, 1_000_000n]], ["Total", 12_000_000n, 1_000_000n]],
    [
      "ministeres",
      ["Ministère délégant", "AE programmées", "CP programmés"],
      [["MENJ", 12_000_000n, 1_000_000n]],
      ["Total", 12_000_000n, 1_000_000n],
    ],
  ] as const)("%s: the page's and the CSV's columns, rows and total", (tableau, entetes, lignes, total) => {
    const f = feuilleStatistique(s, tableau);
    expect(f.colonnes.map((c) => c.entete)).toEqual(entetes);
    expect(f.lignes).toEqual(lignes);
    expect(f.total).toEqual(total);
  });
});
