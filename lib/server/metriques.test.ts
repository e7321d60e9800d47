import { afterAll, describe, expect, it } from "vitest";
import type http from "node:http";
import { metriques, routeDe, servirMetriques } from "./metriques";

describe("routeDe", () => {
  it.each([
    ["/conventions/cmabc123def456ghi789jkl0/avenants/2", "/conventions/:id/avenants/:id"],
    ["/conventions?q=dinum&page=3", "/conventions"],
    ["/journal/convention/0f3c9a4e5b6d7c8e9f0a1b2c3d4e5f6a", "/journal/convention/:id"],
    ["/invitation/aGVsbG8td29ybGQtdGhpcy1pcy1hLXRva2Vu", "/invitation/:id"],
    ["/_next/static/chunks/main-abc.js", "/_next/*"],
    ["/dsfr/icons/system/fr--check.svg", "/fichiers-statiques"],
    ["/", "/"],
  ])("%s → %s", (chemin, route) => expect(routeDe(chemin)).toBe(route));
});

describe("servirMetriques", () => {
  let serveur: http.Server;
  afterAll(() => serveur?.close());

  it("serves the registry in Prometheus' text format, only with its token", async () => {
    metriques().signatures.inc({ mode: "scan" });
    serveur = await servirMetriques({ port: 0, hote: "127.0.0.1", jeton: "jeton-de-test" });
    const { port } = serveur.address() as { port: number };
    const url = `http://127.0.0.1:${port}/metrics`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: "Bearer faux" } })).status).toBe(401);
    const reponse = await fetch(url, { headers: { Authorization: "Bearer jeton-de-test" } });
    expect(reponse.status).toBe(200);
    const texte = await reponse.text();
    expect(texte).toMatch(/^conventions_signatures_total\{mode="scan"\} [1-9]/m);
    expect(texte).toContain("# TYPE conventions_http_requetes_duree_secondes histogram");
    expect(texte).toContain("conventions_process_resident_memory_bytes");
    expect((await fetch(`http://127.0.0.1:${port}/autre`)).status).toBe(404);
  });
});
