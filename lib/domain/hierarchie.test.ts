import { describe, expect, it } from "vitest";
import { avecPredecesseurs, racineDe, sousArbre } from "./hierarchie";

const orgs = [
  { id: "menj", parentId: null },
  { id: "sg", parentId: "menj" },
  { id: "dne", parentId: "menj" },
  { id: "bureau", parentId: "dne" },
  { id: "dinum", parentId: null },
];

describe("organisations' hierarchy", () => {
  it.each([
    ["menj", "menj"],
    ["bureau", "menj"],
    ["dinum", "dinum"],
  ])("the top of %s is %s", (id, racine) => expect(racineDe(orgs, id)).toBe(racine));

  it.each([
    ["menj", ["menj", "sg", "dne", "bureau"]],
    ["dne", ["dne", "bureau"]],
    ["bureau", ["bureau"]],
  ])("below %s", (id, attendu) => expect([...sousArbre(orgs, id)].sort()).toEqual([...attendu].sort()));

  it("stops on a cycle written by hand in the database", () => {
    expect(
      racineDe(
        [
          { id: "a", parentId: "b" },
          { id: "b", parentId: "a" },
        ],
        "a",
      ),
    ).toBe("b");
  });
});

describe("avecPredecesseurs: an organisation acts for those it succeeded", () => {
  const orgs = [
    { id: "DINUM", parentId: null, successeurId: null },
    { id: "PEPS", parentId: "DINUM", successeurId: null },
    { id: "DINSIC", parentId: null, successeurId: "DINUM" },
    { id: "ETALAB", parentId: "DINSIC", successeurId: null },
    { id: "SGMAP", parentId: null, successeurId: "DINSIC" },
    { id: "AUTRE", parentId: null, successeurId: null },
  ];
  it("adds the predecessors, theirs in turn, and what is attached below them", () => {
    expect([...avecPredecesseurs(orgs, new Set(["DINUM", "PEPS"]))].sort()).toEqual(["DINSIC", "DINUM", "ETALAB", "PEPS", "SGMAP"]);
  });
  it("adds nothing to an organisation that succeeded none", () => {
    expect([...avecPredecesseurs(orgs, new Set(["AUTRE"]))]).toEqual(["AUTRE"]);
  });
  it("a predecessor does not act for its successor", () => {
    expect([...avecPredecesseurs(orgs, new Set(["DINSIC"]))].sort()).toEqual(["DINSIC", "SGMAP"]);
  });
});
