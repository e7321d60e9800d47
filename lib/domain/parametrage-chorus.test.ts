import { describe, expect, it } from "vitest";
import { etapesChorus, parametrageComplet } from "./parametrage-chorus";
import { convention2024Webinaire } from "../../prisma/seed/convention-2024-webinaire";

describe("Chorus set-up steps", () => {
  it("reads seed 003's « paramétrage de l'adhérence » into the set-up request's steps", () => {
    const p = convention2024Webinaire.parametrage ?? {};
    const etapes = etapesChorus({ uo: convention2024Webinaire.imputation?.centreFinancier ?? null, delegataire: "DINUM", ...p });
    expect(etapes.map((e) => e.cle)).toEqual(["DROITS_DELEGATAIRE", "ADHERENCE_UO", "SERVICE_EXECUTANT", "CENTRE_DE_COUTS", "COMPTABLE"]);
    expect(etapes[0]!.libelle).toBe(`Droits Chorus des services de DINUM sur l'UO ${convention2024Webinaire.imputation!.centreFinancier}`);
  });
  it("proposes as not applicable a step whose code the convention leaves empty", () => {
    const etapes = etapesChorus({ uo: "0214-CEN2-INFO", delegataire: "DINUM", centreDeCouts: "  " });
    expect(etapes.find((e) => e.cle === "CENTRE_DE_COUTS")).toMatchObject({ proposeeSansObjet: true, libelle: "Centre de coûts —" });
    expect(etapes.find((e) => e.cle === "ADHERENCE_UO")!.libelle).toContain("SP à préciser");
  });
});

describe("set-up complete", () => {
  it.each([
    [
      "a step to do",
      [
        { etat: "FAITE", date: "2024-10-01" },
        { etat: "A_FAIRE", date: null },
      ],
      "2024-10-20",
      { complet: false, restantes: 1 },
    ],
    ["no credits made available yet", [{ etat: "FAITE", date: "2024-10-01" }], null, { complet: false, restantes: 1 }],
    [
      "everything, the last date",
      [
        { etat: "FAITE", date: "2024-10-01" },
        { etat: "SANS_OBJET", date: "2024-10-03" },
      ],
      "2024-10-20",
      { complet: true, date: "2024-10-20" },
    ],
  ] as const)("%s", (_cas, etapes, mad, attendu) => expect(parametrageComplet(etapes, mad)).toMatchObject(attendu));
});
