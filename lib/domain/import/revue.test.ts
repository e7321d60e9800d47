// The review of an import: the fields it lists, the corrections it reads (and refuses in French),
// the flagged fields still to check, and the findings computed again on the corrected document.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extraireDocument, lignesDuTexte } from "./index";
import { CONTEXTE } from "./recuperation.test-support";
import { appliquerRevue, champsDeRevue, constatsApresRevue, lireValeur, restantsAVerifier } from "./revue";

const lire = (fichier: string) =>
  extraireDocument(lignesDuTexte(readFileSync(path.join(__dirname, "../../../tests/fixtures/import", fichier), "utf8")), CONTEXTE);

describe("the fields of the review", () => {
  const r = lire("genre-cgdd-2023.txt");
  const champs = champsDeRevue(r.document);
  it("lists each editable value with its confidence key and its input value", () => {
    const parChemin = new Map(champs.map((c) => [c.chemin, c]));
    expect(parChemin.get("titre")).toMatchObject({ nature: "texte", facultatif: false, valeur: "Convention de délégation de gestion" });
    expect(parChemin.get("parties.0.organisation")).toMatchObject({ valeur: "", affiche: "inconnue (sigle lu : CGDD)" });
    expect(parChemin.get("basesLegales.0.texte")?.cle).toBe("basesLegales.0");
    expect(parChemin.get("articles.0.corps")?.cle).toBe("articles.0");
    expect(parChemin.get("echeancier.0.ae")).toMatchObject({ nature: "euros", cle: "echeancier" });
    expect(parChemin.get("imputation.centreFinancier")).toBeDefined();
    // every path is unique
    expect(new Set(champs.map((c) => c.chemin)).size).toBe(champs.length);
  });
  it("shows amounts in the French way and puts them in inputs with their cents", () => {
    const ae = champs.find((c) => c.chemin === "plafondAe")!;
    expect(r.document.plafondAe).not.toBeNull();
    expect(ae.valeur).toMatch(/^\d{1,3}(\u202f\d{3})*,\d{2}$/);
    expect(ae.affiche).toMatch(/€$/);
  });
});

describe("reading a correction", () => {
  it.each([
    [{ nature: "date", facultatif: true }, "01/03/2024", { valeur: "2024-03-01" }],
    [{ nature: "date", facultatif: true }, "2024-03-01", { valeur: "2024-03-01" }],
    [{ nature: "date", facultatif: true }, "31/02/2024", { erreur: "Date invalide : écrivez-la jj/mm/aaaa." }],
    [{ nature: "date", facultatif: true }, "", { valeur: null }],
    [{ nature: "euros", facultatif: true }, "1 234 567,50 €", { valeur: 1234567.5 }],
    [{ nature: "euros", facultatif: true }, "12.000", { erreur: expect.stringContaining("séparateur de milliers") }],
    [{ nature: "entier", facultatif: true }, "3", { valeur: 3 }],
    [{ nature: "entier", facultatif: true }, "trois", { erreur: "Écrivez un nombre entier." }],
    [{ nature: "role", facultatif: false }, "DELEGATAIRE", { valeur: "DELEGATAIRE" }],
    [{ nature: "role", facultatif: false }, "", { erreur: "Ce champ ne peut pas être vide." }],
    [{ nature: "type", facultatif: false }, "AUTRE", { erreur: "Choisissez un type." }],
    [{ nature: "texte", facultatif: true }, "  DINUM  ", { valeur: "DINUM" }],
  ] as const)("%o « %s »", (champ, saisie, attendu) => {
    expect(lireValeur(champ, saisie)).toEqual(attendu);
  });
});

describe("applying the review", () => {
  const r = lire("genre-cgdd-2023.txt");
  it("corrects values at their paths and leaves the read document untouched", () => {
    const { document, erreurs } = appliquerRevue(r.document, {
      titre: "Convention de délégation de gestion Mon Espace Rénov",
      "parties.0.organisation": "DINUM",
      plafondAe: "1 000 000",
      "echeancier.0.cp": "10,50",
      "imputation.centreFinancier": "",
    });
    expect(erreurs).toEqual({});
    expect(document.titre).toBe("Convention de délégation de gestion Mon Espace Rénov");
    expect(document.parties[0]!.organisation).toBe("DINUM");
    expect(document.plafondAe).toBe(1_000_000);
    expect(document.echeancier[0]!.cp).toBe(10.5);
    expect(document.imputation.centreFinancier).toBeUndefined();
    expect(r.document.parties[0]!.organisation).toBeNull();
  });
  it("says which corrections it cannot read, and refuses paths the screen does not list", () => {
    const { document, erreurs } = appliquerRevue(r.document, { titre: " ", dateFin: "demain", "fichier.sha256": "x" });
    expect(erreurs).toEqual({
      titre: "Ce champ ne peut pas être vide.",
      dateFin: "Date invalide : écrivez-la jj/mm/aaaa.",
      "fichier.sha256": "Ce champ ne peut pas être corrigé ici.",
    });
    expect(document.titre).toBe(r.document.titre);
  });
});

describe("fields still to check and findings after the review", () => {
  const r = lire("genre-sans-roles-2019.txt");
  const signales = Object.entries(r.confiance)
    .filter(([, c]) => c < 0.8)
    .map(([k]) => k);
  it("starts with every flagged field, and a field is done once accepted or corrected", () => {
    expect(signales).toContain("parties.0.role");
    expect(restantsAVerifier(r, { corrections: {}, acceptes: [] }).sort()).toEqual([...signales].sort());
    const reste = restantsAVerifier(r, { corrections: { "parties.0.role": "DELEGANT" }, acceptes: ["parties.1.role"] });
    expect(reste).not.toContain("parties.0.role");
    expect(reste).not.toContain("parties.1.role");
    expect(reste.length).toBe(signales.length - 2);
  });
  it("drops a reading finding once its field is reviewed, and runs the app's checks on the corrected document", () => {
    expect(r.constats.map((c) => c.code)).toContain("ROLE_DEDUIT");
    const revue = { corrections: {}, acceptes: ["parties.0.role", "parties.1.role"] };
    const apres = constatsApresRevue(r, r.document, CONTEXTE, revue);
    expect(apres.map((c) => c.code)).not.toContain("ROLE_DEDUIT");
    // the same document gives the same checks
    expect(apres.length).toBe(r.constats.filter((c) => c.code !== "ROLE_DEDUIT").length);
    // an organisation chosen in the review: its finding goes
    const inconnue = r.document.parties.findIndex((p) => !p.organisation);
    if (inconnue >= 0) {
      const corrections = { [`parties.${inconnue}.organisation`]: "DINUM" };
      const { document } = appliquerRevue(r.document, corrections);
      const codes = constatsApresRevue(r, document, CONTEXTE, { corrections, acceptes: [] }).filter(
        (c) => c.champ === `parties.${inconnue}.organisation`,
      );
      expect(codes).toEqual([]);
    }
  });
});
