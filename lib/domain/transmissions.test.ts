import { describe, expect, it } from "vitest";
import { controleursDuTexte, destinatairesProposes, raisonAccuseRefuse } from "./transmissions";
import { echeanceAccuse } from "./echeances";
import { convention2024Webinaire } from "../../prisma/seed/convention-2024-webinaire";
import { convention2021ClasseA12 } from "../../prisma/seed/convention-2021-classe-a-12";

describe("controllers named by the text", () => {
  it.each([
    [
      "seed 003, article 10",
      "Un exemplaire sera communiqué aux contrôleurs budgétaire et comptable ministériels des services du Premier ministre et du ministère l'Education Nationale et de la Jeunesse.",
      ["CBCM — Services du Premier ministre", "CBCM — Ministère l'Education Nationale et de la Jeunesse"],
    ],
    [
      "seed 004, article 6 (avenants)",
      "fait l'objet d'un avenant de droit dont un exemplaire est transmis au contrôleur budgétaire et comptable ministériel du Premier Ministre et du délégant.",
      ["CBCM — Premier Ministre", "CBCM — Délégant"],
    ],
    ["an acronym", "Une copie est adressée au CBCM du ministère des Armées.", ["CBCM — Ministère des Armées"]],
    ["none", "La présente convention sera publiée au bulletin officiel.", []],
  ])("%s", (_cas, texte, attendu) => expect(controleursDuTexte(texte)).toEqual(attendu));

  it("proposes for seed 003 its two CBCMs; the assigning accountant when the table names another one", () => {
    expect(destinatairesProposes(convention2024Webinaire.articles, null)).toEqual([
      "CBCM — Services du Premier ministre",
      "CBCM — Ministère l'Education Nationale et de la Jeunesse",
    ]);
    expect(destinatairesProposes([{ corps: "Rien." }], "9510")).toEqual(["Comptable assignataire — 9510"]);
    expect(destinatairesProposes(convention2021ClasseA12.articles, "9510")).toContain("Comptable assignataire — 9510");
  });
});

describe("acknowledgement", () => {
  it.each([
    ["2024-10-01", "2024-10-05", null],
    [null, "2024-10-05", /d'abord l'envoi/],
    ["2024-10-01", null, /Indiquez la date/],
    ["2024-10-01", "2024-09-30", /ne peut précéder l'envoi/],
    ["2024-10-01", "2024-12-31", /à venir/],
  ] as const)("sent %s, acknowledged %s", (envoi, accuse, attendu) => {
    const r = raisonAccuseRefuse(envoi, accuse, "2024-10-10");
    if (attendu === null) expect(r).toBeNull();
    else expect(r).toMatch(attendu);
  });
  it("a reminder once 15 days have passed since sending, not before", () => {
    expect(echeanceAccuse("CBCM — Armées", "2024-12-20", "2025-01-04")).toBeNull();
    expect(echeanceAccuse("CBCM — Armées", "2024-12-20", "2025-01-05")).toMatchObject({
      type: "ACCUSE_ATTENDU",
      date: "2025-01-04",
      jours: -1,
    });
  });
});
