import { describe, expect, it } from "vitest";
import { fusionOrganisations, fusionPersonnes, personnesEnDouble } from "./fusion";

const org = (id: string, champs: Partial<Parameters<typeof fusionOrganisations>[1]> = {}) => ({
  id,
  sigle: null,
  adresse: null,
  parentId: null,
  successeurId: null,
  dateSuccession: null,
  baseJuridiqueSuccession: null,
  ...champs,
});

describe("merging two organisations", () => {
  const arbre = (...orgs: ReturnType<typeof org>[]) => orgs.map((o) => ({ id: o.id, parentId: o.parentId }));

  it.each([
    [
      "keeps the kept one's values",
      org("k", { sigle: "DINUM", adresse: "20 avenue de Ségur" }),
      org("d", { sigle: "DINUM2", adresse: "Paris" }),
      { sigle: "DINUM", adresse: "20 avenue de Ségur" },
    ],
    [
      "fills what the kept one lacks",
      org("k"),
      org("d", { sigle: "DNE", adresse: "110 rue de Grenelle" }),
      { sigle: "DNE", adresse: "110 rue de Grenelle" },
    ],
  ])("%s", (_cas, conservee, doublon, attendu) => {
    expect(fusionOrganisations(arbre(conservee, doublon), conservee, doublon)).toMatchObject(attendu);
  });

  it.each([
    // [case, kept's parent, duplicate's parent, other organisations (id → parent), expected parent]
    ["the kept one's parent wins", "menj", "sg", [], "menj"],
    ["the duplicate's parent fills an empty one", null, "menj", [], "menj"],
    ["attached under the duplicate: it takes the duplicate's parent", "d", "menj", [], "menj"],
    ["the duplicate attached under the kept one: nothing to take", null, "k", [], null],
    ["the duplicate's parent lies below the kept one: not taken", null, "bureau", [["bureau", "k"]], null],
    ["the duplicate's parent lies below the duplicate, hence below the kept one afterwards", null, "bureau", [["bureau", "d"]], null],
  ] as const)("%s", (_cas, parentK, parentD, autres, attendu) => {
    const k = org("k", { parentId: parentK });
    const d = org("d", { parentId: parentD });
    const reste = [["menj", null], ["sg", "menj"], ...autres].map(([id, parentId]) => ({ id: id!, parentId: parentId ?? null }));
    expect(fusionOrganisations([...arbre(k, d), ...reste], k, d).parentId).toBe(attendu);
  });

  it.each([
    ["the kept one's successor wins", "dinum", "autre", "dinum"],
    ["the duplicate's successor fills an empty one", null, "dinum", "dinum"],
    ["the kept one had become the duplicate: no successor left", "d", null, null],
    ["the duplicate had become the kept one: no successor left", null, "k", null],
  ] as const)("%s", (_cas, succK, succD, attendu) => {
    const date = new Date("2019-10-25");
    const k = org("k", { successeurId: succK, dateSuccession: succK ? date : null, baseJuridiqueSuccession: succK ? "décret" : null });
    const d = org("d", { successeurId: succD, dateSuccession: succD ? date : null, baseJuridiqueSuccession: succD ? "décret" : null });
    const r = fusionOrganisations(arbre(k, d), k, d);
    expect(r.successeurId).toBe(attendu);
    expect(r.dateSuccession).toEqual(attendu ? date : null);
    expect(r.baseJuridiqueSuccession).toBe(attendu ? "décret" : null);
  });

  it("refuses to merge a record into itself, at the duplicate's field", () => {
    expect(() => fusionOrganisations([], org("k"), org("k"))).toThrow(
      expect.objectContaining({ code: "FUSION_MEME_FICHE", champs: { doublonId: expect.stringContaining("deux fiches différentes") } }),
    );
  });
});

describe("merging two people", () => {
  const p = (id: string, qualite: string | null, organisationId: string | null) => ({
    id,
    prenom: "Stéphanie",
    nom: "Schaer",
    qualite,
    organisationId,
  });

  it.each([
    [p("k", "Directrice", "dinum"), p("d", "Cheffe de projet", "dne"), { qualite: "Directrice", organisationId: "dinum" }],
    [p("k", null, null), p("d", "Cheffe de projet", "dne"), { qualite: "Cheffe de projet", organisationId: "dne" }],
  ])("keeps the kept one's values and fills what it lacks", (k, d, attendu) => expect(fusionPersonnes(k, d)).toEqual(attendu));

  it("refuses to merge a person into itself", () => {
    expect(() => fusionPersonnes(p("k", null, null), p("k", null, null))).toThrow(expect.objectContaining({ code: "FUSION_MEME_FICHE" }));
  });

  it("pairs the duplicate organisation's people already in the kept one, whatever the case", () => {
    const deK = [
      { id: "1", prenom: "Audran", nom: "Le Baron" },
      { id: "2", prenom: "Stéphanie", nom: "Schaer" },
    ];
    const deD = [
      { id: "3", prenom: "audran", nom: "LE BARON " },
      { id: "4", prenom: "Jeanne", nom: "Martin" },
    ];
    expect(personnesEnDouble(deK, deD)).toEqual([{ conservee: deK[0], doublon: deD[0] }]);
  });
});
