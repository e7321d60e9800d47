import { describe, expect, it } from "vitest";
import { conventionsCandidates, type ConventionConnue } from "./convention-visee";
import { extraireDocument, lignesDuTexte } from "./index";
import { CONTEXTE } from "./recuperation.test-support";

const avenant = (entete: string) =>
  extraireDocument(
    lignesDuTexte(
      `${entete}\n\nEntre\n\nLa Direction du numérique pour l'éducation (DNE)\n\nEt\n\nLa Direction interministérielle du numérique (DINUM)\n\nArticle 1 – Prolongation\nLa convention est prolongée jusqu'au 31 décembre 2026.`,
    ),
    CONTEXTE,
  ).document;

const CONVENTIONS: ConventionConnue[] = [
  {
    id: "a",
    reference: "2024-DNE-DINUM-01",
    titre: "Convention de délégation de gestion",
    objet: "Webinaire de l'État, visio-agents et classes virtuelles",
    dateConvention: "2024-09-01",
    dateSignature: "2024-09-20",
    sigles: ["DNE", "MENJ", "DINUM"],
  },
  {
    id: "b",
    reference: "2024-SG-DINUM-02",
    titre: "Convention de délégation de gestion",
    objet: "Classe à 12",
    dateConvention: "2024-09-01",
    dateSignature: null,
    sigles: ["SG", "MENJ", "DINUM"],
  },
  {
    id: "c",
    reference: "2021-SG-DINUM-01",
    titre: "Convention de délégation de gestion",
    objet: "Classe à 12",
    dateConvention: null,
    dateSignature: "2021-01-26",
    sigles: ["SG", "DINUM", "DINSIC"],
  },
];

describe("the convention an avenant amends", () => {
  it("is found by its reference when the text gives one", () => {
    const r = conventionsCandidates(avenant("AVENANT N° 1 À LA CONVENTION DE DÉLÉGATION DE GESTION N° 2021-SG-DINUM-01"), CONVENTIONS);
    expect(r.certaine).toMatchObject({ id: "c", raisons: expect.arrayContaining(["référence 2021-SG-DINUM-01"]) });
  });
  it("is found by its date and parties, the other convention of that day set aside by its parties", () => {
    const r = conventionsCandidates(avenant("Avenant n° 1 à la convention de délégation de gestion du 1er septembre 2024"), CONVENTIONS);
    expect(r.candidates.map((c) => c.id)).toEqual(["a", "b"]);
    expect(r.certaine?.id).toBe("a");
  });
  it("matches the date of the last signature too", () => {
    expect(conventionsCandidates(avenant("Avenant n° 2 à la convention du 26 janvier 2021"), CONVENTIONS).candidates[0]?.id).toBe("c");
  });
  it("without reference nor date, proposes by parties alone, and never as sure", () => {
    const r = conventionsCandidates(avenant("Avenant n° 1 à la convention de délégation de gestion"), CONVENTIONS);
    expect(r.candidates).toEqual([expect.objectContaining({ id: "a", raisons: ["parties DNE, DINUM"] })]);
    expect(r.certaine).toBeNull();
  });
});
