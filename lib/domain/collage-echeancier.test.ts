import { describe, expect, it } from "vitest";
import { lireCollage } from "./collage-echeancier";

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
  ])("%s", (_label, texte, premiere, expected) => {
    expect(lireCollage(texte, premiere)).toEqual(expected);
  });
});
