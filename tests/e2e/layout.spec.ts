import type { Locator, Page } from "@playwright/test";
import { demoUser, expect, fixture, label, connecte, test } from "./helpers";

// Layouts at the widths agents use: nothing covered, nothing pushed out of view. The screenshots
// (test-results/captures/) are looked at by whoever changes a layout.
const box = async (l: Locator) => (await l.boundingBox())!;
const capture = (page: Page, name: string) => page.screenshot({ path: `test-results/captures/${name}.png`, fullPage: false });

for (const width of [1280, 1440]) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await connecte(page, demoUser("REDACTEUR").email);
    });

    test("a schedule with errors stays beside the checks panel, never under it", async ({ page }) => {
      await page.goto("/conventions/nouvelle?modele=vierge");
      for (const i of [1, 2, 3]) {
        await page.getByRole("button", { name: "Ajouter une année" }).click();
        await page.getByLabel(label(`Année, ligne ${i}`)).fill(`20${23 + i}`);
      }
      await page.getByLabel(label("AE 2024")).fill("douze mille");
      await page.getByLabel(label("CP 2024")).fill("12,345");
      await page.getByLabel(label("CP 2025")).fill("-5");
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await expect(page.getByText("Un montant a au plus deux décimales (centimes).")).toBeVisible();
      const cp = page.getByLabel(label("CP 2025"));
      await cp.scrollIntoViewIfNeeded();
      const panel = await box(page.getByRole("complementary", { name: "Contrôles en direct" }));
      const field = await box(cp);
      expect(field.x + field.width).toBeLessThanOrEqual(panel.x);
      await capture(page, `echeancier-erreurs-${width}`);
    });

    test("a 300-character title without spaces keeps every column of the list in view", async ({ page }) => {
      const c = await fixture("long-title");
      await page.goto(`/conventions?q=${c.reference}`);
      const region = await box(page.getByRole("region", { name: "Liste des conventions" }));
      for (const name of ["Statut", "Années", "Plafond AE", "Fin"]) {
        const header = await box(page.getByRole("columnheader", { name, exact: true }));
        expect(header.x + header.width, name).toBeLessThanOrEqual(region.x + region.width + 1);
      }
      await capture(page, `liste-titre-long-${width}`);
    });

    test("every column of the referential is in view", async ({ page }) => {
      await page.goto("/referentiel");
      const region = await box(page.getByRole("region", { name: "Organisations", exact: true }));
      const header = await box(page.getByRole("columnheader", { name: "Devenue" }));
      expect(header.x + header.width).toBeLessThanOrEqual(region.x + region.width + 1);
      await capture(page, `referentiel-${width}`);
    });
  });
}
