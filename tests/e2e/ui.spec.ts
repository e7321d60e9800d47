import { demoUser, expect, expectLabelShown, fixture, connecte, test } from "./helpers";

// Main actions show their text, at the widths agents use (DSFR button groups need their icon
// modifier: components/dsfr/ButtonsGroup.tsx).
for (const width of [1280, 1400]) {
  test(`main actions show their labels at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const signee = await fixture("signed-convention");
    const brouillon = await fixture("draft-convention");
    const avenant = await fixture("draft-avenant");
    await connecte(page, demoUser("REDACTEUR").email, `/conventions/${signee.id}`);
    await expectLabelShown(page.getByRole("button", { name: "Télécharger le PDF" }));
    await expectLabelShown(page.getByRole("link", { name: "Créer l'avenant n° 1" }));

    await page.goto(`/conventions/${brouillon.id}`);
    await expectLabelShown(page.getByRole("link", { name: "Modifier" }));

    await page.goto(`/conventions/${avenant.id}/avenants/1`);
    await expectLabelShown(page.getByRole("button", { name: "Télécharger l'avenant (PDF)" }));
    await expectLabelShown(page.getByRole("button", { name: "Supprimer ce projet d'avenant" }));
    await expectLabelShown(page.getByRole("button", { name: "Soumettre à la revue" }));

    await page.goto(`/conventions/${avenant.id}`);
    await expectLabelShown(page.getByRole("link", { name: "Version consolidée" }));

    await page.goto("/conventions/nouvelle");
    await expectLabelShown(page.getByRole("button", { name: "Ajouter un délégant" }));
    await expectLabelShown(page.getByRole("button", { name: "Ajouter une autre partie" }));
    await expectLabelShown(page.getByRole("button", { name: "Enregistrer" }));
  });
}

test("pages carry their security headers: a CSP with a nonce of their own that their scripts bear, never framed, HSTS over HTTPS", async ({
  page,
  request,
}) => {
  const first = await request.get("/connexion");
  const csp = first.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(first.headers()["permissions-policy"]).toContain("camera=()");
  expect(first.headers()["x-frame-options"]).toBe("DENY");
  expect(first.headers()["strict-transport-security"]).toBeUndefined(); // plain http here
  const again = await request.get("/connexion");
  expect(again.headers()["content-security-policy"]).not.toBe(csp); // a nonce per response

  const nonce = csp.match(/'nonce-([^']+)'/)![1]!;
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);

  const viaProxy = await request.get("/connexion", { headers: { "x-forwarded-proto": "https" } });
  expect(viaProxy.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  expect(
    (await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } })).headers()["strict-transport-security"],
  ).toContain("max-age=");

  // The page runs under its policy without a single violation (the fixture fails on console errors).
  await connecte(page, demoUser("LECTEUR").email);
});

test("the colour theme follows the system's: dark for an agent whose system is dark", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/connexion");
  await expect(page.locator("html")).toHaveAttribute("data-fr-theme", "dark");
  await context.close();
});
