import { describe, expect, it } from "vitest";
import { libelleChamp } from "./libelles-champs";

describe("the French name of a field read", () => {
  it.each([
    ["regleDuree", "Règle de durée"],
    ["parties.0.role", "Partie 1 — rôle"],
    ["parties.1.organisation", "Partie 2 — organisation du référentiel"],
    ["basesLegales.2", "Visa 3"],
    ["signatures.0.dateSignature", "Signature 1 — date"],
    ["imputation.centreFinancier", "Imputation — centre financier"],
    ["avenant.changements.1", "Changement 2 de l'avenant"],
  ])("%s → %s", (chemin, libelle) => expect(libelleChamp(chemin)).toBe(libelle));
});
