// The three real conventions, from the plain text of their signed PDFs: every field the seed format
// holds and the text prints is read back exactly, and the app's findings on them are those a reader
// of the signed documents finds (typos in the role words, a reference to the wrong article).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convention2020ClasseA12 } from "@/prisma/seed/convention-2020-classe-a-12";
import { convention2021ClasseA12 } from "@/prisma/seed/convention-2021-classe-a-12";
import { convention2024Webinaire } from "@/prisma/seed/convention-2024-webinaire";
import type { ConventionSeed } from "@/prisma/seed/types";
import { extraireDocument, lignesDuTexte } from "./index";
import { comparer, CONTEXTE, taux } from "./recuperation.test-support";

const DOSSIER = path.join(__dirname, "../../../tests/fixtures/import");

const CAS: [string, ConventionSeed, string[]][] = [
  ["seed-001-classe-a-12-2020.txt", convention2020ClasseA12, ["ROLE_MOT_INCONNU"]],
  ["seed-003-webinaire-2024.txt", convention2024Webinaire, []],
  ["seed-004-classe-a-12-2021.txt", convention2021ClasseA12, ["ROLE_MOT_INCONNU", "RENVOI_ARTICLE_DUREE"]],
];

describe.each(CAS)("%s", (fichier, seed, codes) => {
  const texte = readFileSync(path.join(DOSSIER, fichier), "utf8");
  const lignes = lignesDuTexte(texte);
  const resultat = extraireDocument(lignes, CONTEXTE);

  it("recovers every printed field of the seed exactly", () => {
    const comparaisons = comparer(seed, resultat.document, lignes.map((l) => l.texte).join(" "));
    expect(comparaisons.filter((c) => !c.ok)).toEqual([]);
    expect(taux(comparaisons)).toBe(1);
    expect(comparaisons.length).toBeGreaterThan(50);
  });

  it("flags what the signed document gets wrong", () => {
    const trouves = resultat.constats.map((c) => c.code);
    for (const code of codes) expect(trouves).toContain(code);
    expect(trouves).not.toContain("PAS_UNE_CONVENTION");
    expect(trouves).not.toContain("ORGANISATION_INCONNUE");
  });

  it("gives every field it read a confidence and the lines it came from", () => {
    for (const champ of ["titre", "parties.0.libelle", "parties.1.representantNom", "articles.0"]) {
      expect(resultat.confiance[champ]).toBeGreaterThan(0.8);
      expect(resultat.sources[champ]?.lignes[0]).toBeGreaterThanOrEqual(0);
    }
  });
});
