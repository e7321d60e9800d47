import { describe, expect, it } from "vitest";
import { cheminInterne, redirectionInterne } from "./chemin-interne";
import { connexionPour, safeCallbackUrl } from "@/lib/schemas/connexion";

describe("cheminInterne: only a path of this site", () => {
  it.each([
    ["/conventions/abc", "/conventions/abc"],
    ["/conventions?q=DNE&page=2", "/conventions?q=DNE&page=2"],
    ["/conventions/abc#signatures-parties", "/conventions/abc#signatures-parties"],
    ["/finances?annees=2024-2026", "/finances?annees=2024-2026"],
    // encoded forms stay paths of this site: the browser asks our server for them
    ["/%2F%2Fexample.org", "/%2F%2Fexample.org"],
    ["/%09/example.org", "/%09/example.org"],
    ["/%5Cexample.org", "/%5Cexample.org"],
    ["/./conventions", "/conventions"],
  ])("keeps %j", (valeur, attendu) => expect(cheminInterne(valeur, "/defaut")).toBe(attendu));

  it.each([
    ["tab", "/\t/example.org/phish"],
    ["newline", "/\n/example.org/phish"],
    ["carriage return", "/\r/example.org"],
    ["newline inside", "/conventions\n//example.org"],
    ["NUL", "/\u0000/example.org"],
    ["C1 control", "/\u0085/example.org"],
    ["DEL", "/\u007f/example.org"],
    ["slash backslash", "/\\example.org"],
    ["backslash slash", "/\\/example.org"],
    ["backslash inside", "/a\\..\\\\example.org"],
    ["protocol-relative", "//example.org"],
    ["triple slash", "///example.org"],
    ["absolute http", "http://example.org/"],
    ["absolute https", "https://example.org/conventions"],
    ["javascript", "javascript:alert(1)"],
    ["javascript after slash", "/javascript:alert(1)".replace("/", "")],
    ["data", "data:text/html,<script>alert(1)</script>"],
    ["no leading slash", "conventions"],
    ["dot segments to another host", "/..//example.org"],
    ["empty", ""],
    ["null", null],
    ["undefined", undefined],
  ])("refuses %s", (_cas, valeur) => expect(cheminInterne(valeur as string | null | undefined, "/defaut")).toBe("/defaut"));

  it("is what the login page keeps (callbackUrl), and its own address carries it encoded", () => {
    expect(safeCallbackUrl("/\t/example.org/phish")).toBe("/conventions");
    expect(safeCallbackUrl(decodeURIComponent("%2F%09%2Fexample.org%2Fphish"))).toBe("/conventions");
    expect(safeCallbackUrl("/conventions/x")).toBe("/conventions/x");
    expect(connexionPour("/\n/example.org")).toBe(`/connexion?callbackUrl=${encodeURIComponent("/conventions")}`);
    expect(connexionPour("/finances?uo=A B")).toBe(`/connexion?callbackUrl=${encodeURIComponent("/finances?uo=A%20B")}`);
  });

  it("redirects by a relative Location, never to another host", () => {
    const r = redirectionInterne("/conventions/abc#section-3", "/notifications");
    expect(r.status).toBe(307);
    expect(r.headers.get("Location")).toBe("/conventions/abc#section-3");
    expect(redirectionInterne("//example.org", "/notifications", 303).headers.get("Location")).toBe("/notifications");
  });
});
