import { describe, expect, it } from "vitest";
import { analyserCollage, lireCollage } from "./collage-echeancier";

describe("lireCollage", () => {
  it.each([
    [
      "three columns with a header, as copied from a spreadsheet",
      "Année\tAE\tCP\n2024\t120 000 €\t10 000 €\n2025\t\t110 000 €\n",
      2030,
      [
        { annee: "2024", ae: "120 000 €", cp: "10 000 €" },
        { annee: "2025", ae: "", cp: "110 000 €" },
      ],
    ],
    [
      "two columns: AE and CP for consecutive years",
      "120000\t10000\r\n0\t110000",
      2024,
      [
        { annee: "2024", ae: "120000", cp: "10000" },
        { annee: "2025", ae: "0", cp: "110000" },
      ],
    ],
    ["semicolons (CSV in French)", "2021;50 000;50 000", 2020, [{ annee: "2021", ae: "50 000", cp: "50 000" }]],
    ["nothing usable", "AE\tCP\n\n", 2024, []],
    // Seen when the app was tried: the empty last cell shifted everything (year 2030, AE 2 026 €).
    ["an empty last cell is an empty CP", "2026\t120 000,00 €\t", 2030, [{ annee: "2026", ae: "120 000,00 €", cp: "" }]],
    [
      "a mix of 2- and 4-column rows: each line read on its own",
      "2024\t100\t50\tcommentaire\n2025\t70\n30\t20",
      2030,
      [
        { annee: "2024", ae: "100", cp: "50" },
        { annee: "2025", ae: "70", cp: "" },
        { annee: "2026", ae: "30", cp: "20" },
      ],
    ],
  ])("%s", (_label, texte, premiere, expected) => {
    expect(lireCollage(texte, premiere)).toEqual(expected);
  });
});

describe("analyserCollage: what the editor shows before applying", () => {
  it("says which cells it could not read, and why", () => {
    const { lignes } = analyserCollage("2024\tdouze mille\t12.000\n2025\t-5\t1 000\n2025\t1\t1", 2024);
    expect(lignes[0]!.erreurs).toEqual({
      ae: "Le montant ne doit contenir que des chiffres, une virgule et au plus deux décimales.",
      cp: expect.stringContaining("Le point n'est pas un séparateur de milliers ici"),
    });
    expect(lignes[1]!.erreurs).toEqual({ ae: "Un montant ne peut pas être négatif." });
    expect(lignes[2]!.erreurs).toEqual({ annee: "L'année 2025 figure deux fois dans l'échéancier." });
  });

  it("reports columns it ignored, a missing CP, a deduced year and the header lines skipped", () => {
    const { lignes, ignorees } = analyserCollage("Année\tAE\tCP\tNotes\n2024\t100\t50\tà revoir\tx\n2025\t70\n30\t20", 2030);
    expect(ignorees).toBe(1);
    expect(lignes.map((l) => l.remarques)).toEqual([
      ["2 colonnes en trop ignorées : à revoir | x."],
      ["Pas de colonne CP : 0 €."],
      ["Année déduite : 2026."],
    ]);
    expect(lignes.every((l) => Object.keys(l.erreurs).length === 0)).toBe(true);
  });
});
