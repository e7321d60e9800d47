import { describe, expect, it } from "vitest";
import { racineDe, sousArbre } from "./hierarchie";

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
