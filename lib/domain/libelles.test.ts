import { describe, expect, it } from "vitest";
import { lignesImputation, lignesParametrage } from "./libelles";
import { convention2020ClasseA12 as seed001 } from "@/prisma/seed/convention-2020-classe-a-12";
import { convention2021ClasseA12 as seed004 } from "@/prisma/seed/convention-2021-classe-a-12";
import { convention2024Webinaire as seed003 } from "@/prisma/seed/convention-2024-webinaire";

// The rows the detail page and the PDF print, in the words of the signed originals.
describe("imputation and Chorus set-up rows", () => {
  it("seed 003 prints its imputation as the signed PDF does", () => {
    expect(lignesImputation(seed003.imputation!)).toEqual([
      ["Code programme", "214"],
      ["Code du comptable assignataire", "FAC9460075"],
      ["Domaine fonctionnel", "0214-08-02"],
      ["Centre financier", "0214-CEN2-INFO"],
      ["Activité", "021401SI0202"],
      ["Centre de coûts", "DINUPROD75"],
    ]);
  });

  it("the BOP goes with the programme (seed 004: « Code programme P 214 _ BOP SAAM »)", () => {
    expect(lignesImputation(seed004.imputation!)[1]).toEqual(["Code programme", "214 — BOP SAAM"]);
    expect(lignesImputation({ bop: "SAAM" })).toEqual([]);
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
