import { describe, expect, it } from "vitest";
import { codesAbsentsDesLignes, lignesImputation, lignesParametrage, lireLignesImprimees } from "./libelles";
import { convention2020ClasseA12 as seed001 } from "@/prisma/seed/convention-2020-classe-a-12";
import { convention2021ClasseA12 as seed004 } from "@/prisma/seed/convention-2021-classe-a-12";
import { convention2024Webinaire as seed003 } from "@/prisma/seed/convention-2024-webinaire";

// The rows the detail page and the PDF print, in the words of the signed originals.
describe("imputation and Chorus set-up rows", () => {
  it("seed 003 prints its imputation exactly as the signed PDF does, its label-only first row included", () => {
    expect(lignesImputation(seed003.imputation!)).toEqual([
      ["Programme 214", ""],
      ["Code du comptable assignataire", "FAC9460075"],
      ["Domaine fonctionnel", "0214-08-02"],
      ["Centre financier", "0214-CEN2-INFO"],
      ["Activité", "021401SI0202"],
      ["Centre de coût :", "DINUPROD75"],
    ]);
  });

  it("seed 004 prints « Code programme | P 214 _ BOP SAAM » as written", () => {
    expect(lignesImputation(seed004.imputation!)[1]).toEqual(["Code programme", "P 214 _ BOP SAAM"]);
  });

  it("without rows typed as printed, the codes in the usual words; the BOP goes with the programme", () => {
    const codes = { ...seed003.imputation!, lignesImprimees: undefined };
    expect(lignesImputation(codes)).toEqual([
      ["Code programme", "214"],
      ["Code du comptable assignataire", "FAC9460075"],
      ["Domaine fonctionnel", "0214-08-02"],
      ["Centre financier", "0214-CEN2-INFO"],
      ["Activité", "021401SI0202"],
      ["Centre de coûts", "DINUPROD75"],
    ]);
    expect(lignesImputation({ programme: "214", bop: "SAAM" })).toEqual([["Code programme", "214 — BOP SAAM"]]);
    expect(lignesImputation({ bop: "SAAM" })).toEqual([]);
  });

  it.each([
    ["a tab, as pasted from the document", "Centre financier\t0214-CEN2-INFO", [["Centre financier", "0214-CEN2-INFO"]]],
    ["« | » with spaces", "Activité | 021401SI0202", [["Activité", "021401SI0202"]]],
    ["« | » without spaces, blank lines", "\nRTM|SPM\n\n", [["RTM", "SPM"]]],
    ["a label alone", "Programme 214\t", [["Programme 214", ""]]],
  ])("reads rows typed as printed: %s", (_cas, texte, attendu) => {
    expect(lireLignesImprimees(texte)).toEqual(attendu);
  });

  it("says which code the rows typed as printed do not show (seeds: none)", () => {
    expect(codesAbsentsDesLignes(seed003.imputation!)).toEqual([]);
    expect(codesAbsentsDesLignes(seed004.imputation!)).toEqual([]);
    expect(codesAbsentsDesLignes({ ...seed004.imputation!, centreFinancier: "0214-CEN2-LGAB" })).toEqual([
      { cle: "centreFinancier", libelle: "Centre financier", valeur: "0214-CEN2-LGAB" },
    ]);
    expect(codesAbsentsDesLignes({ centreFinancier: "X" })).toEqual([]);
  });

  it("seed 001 prints its Chorus set-up row by row, empty fields left out", () => {
    expect(lignesParametrage(seed001.parametrage!).map(([libelle]) => libelle)).toEqual([
      "SP (service prescripteur)",
      "Société",
      "OA (organisation d'achat)",
      "GA (groupe d'acheteurs)",
      "RTM",
      "Code service exécutant",
      "Comptable assignataire",
      "Centre de coûts",
    ]);
    expect(lignesParametrage({ societe: "ADCE", rtm: " " })).toEqual([["Société", "ADCE"]]);
  });
});
