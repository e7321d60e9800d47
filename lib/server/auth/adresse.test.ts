import { describe, expect, it } from "vitest";
import { adresseClient } from "./adresse";

describe("adresseClient: the address the outermost trusted proxy saw", () => {
  it.each([
    ["no header", undefined, 0, null],
    ["directly exposed: Next's own entry", "203.0.113.5", 0, "203.0.113.5"],
    ["one proxy, which appended what it saw", "10.1.1.1, 203.0.113.5", 1, "203.0.113.5"],
    ["one proxy, a forged entry before it", "6.6.6.6, 203.0.113.5", 1, "203.0.113.5"],
    ["two proxies", "203.0.113.5, 10.0.0.2", 2, "203.0.113.5"],
    ["more hops than entries", "203.0.113.5", 3, "203.0.113.5"],
    ["several headers", ["203.0.113.5", "10.0.0.2"], 1, "10.0.0.2"],
  ] as const)("%s", (_name, header, hops, expected) => {
    expect(adresseClient(header as string | string[] | undefined, hops)).toBe(expected);
  });
});
