import { describe, expect, it } from "vitest";
import { nouveauNonce, politiqueDeContenu, viaHttps } from "./en-tetes";

describe("security headers", () => {
  it("a page's policy: scripts only with its nonce, never framed, no plugin, forms to the app and to ProConnect", () => {
    const csp = politiqueDeContenu("abc123==", { proConnect: "https://auth.agentconnect.gouv.fr/api/v2" });
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("form-action 'self' https://auth.agentconnect.gouv.fr");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(politiqueDeContenu("n", { https: true })).toContain("upgrade-insecure-requests");
    expect(politiqueDeContenu("n", { dev: true })).toContain("'unsafe-eval'");
  });

  it("nonces are fresh and long enough", () => {
    const nonces = new Set(Array.from({ length: 100 }, nouveauNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });

  it.each([
    ["https URL", "https://conventions.gouv.fr/x", null, true],
    ["http behind a proxy that says https", "http://127.0.0.1:3000/x", "https", true],
    ["several proxies", "http://127.0.0.1:3000/x", "https, http", true],
    ["plain http", "http://localhost:3000/x", null, false],
  ])("%s", (_name, url, proto, expected) => {
    expect(viaHttps(new URL(url), proto)).toBe(expected);
  });
});
