import { describe, expect, it } from "vitest";
import { PAGE_MAX, parseListParams } from "./liste-conventions";

describe("parseListParams: whatever the URL says, the list gets values it can use", () => {
  it.each([
    ["a page far too large", { page: "99999999999999999999999" }, { page: PAGE_MAX }],
    ["a page past the limit", { page: String(PAGE_MAX + 1) }, { page: PAGE_MAX }],
    ["a negative page", { page: "-3" }, { page: 1 }],
    ["a page that is not a number", { page: "deux" }, { page: 1 }],
    ["a decimal page", { page: "2.5" }, { page: 1 }],
    ["two pages", { page: ["3", "4"] }, { page: 3 }],
    ["a year out of range", { annee: "1e9" }, { annee: undefined }],
    ["an unknown status", { statut: "PIRATE" }, { statut: undefined }],
    ["an unknown sort", { tri: "constructor" }, { tri: undefined }],
    ["a malformed date", { finAvant: "2024-13-45" }, { finAvant: undefined }],
    ["a query of 10 000 characters", { q: "x".repeat(10_000) }, { q: "x".repeat(200) }],
  ])("%s", (_name, params, expected) => {
    expect(parseListParams(params)).toMatchObject(expected);
  });
});
