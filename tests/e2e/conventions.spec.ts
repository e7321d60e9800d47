import type { Page } from "@playwright/test";
import { SEED_CONVENTIONS } from "../../prisma/seed/index";
import { allowConsoleError, demoUser, expect, expectAccessible, expectConventionShown, connecte, test } from "./helpers";

const SEEDS = SEED_CONVENTIONS.map((s) => s.reference).sort();

test.beforeEach(async ({ page }) => {
  await connecte(page, demoUser("RELECTEUR_FINANCIER").email);
  // The suite adds its own conventions (references « E2E-… »), which sort after the seeds' « 20… ».
  await page.goto("/conventions?tri=reference");
});

/** The references listed on the page, in order. */
const references = (page: Page) =>
  page.getByRole("region", { name: "Liste des conventions" }).locator("tbody tr td:first-child").allInnerTexts();
/** Those that are not made by the suite itself. */
const horsSuite = async (page: Page) => (await references(page)).filter((r) => !r.startsWith("E2E-"));

test("the list shows the three real conventions and is accessible", async ({ page }) => {
  for (const seed of SEED_CONVENTIONS) await expect(page.getByRole("link", { name: seed.reference })).toBeVisible();
  expect((await references(page)).slice(0, 3)).toEqual(SEEDS);
  expect(await horsSuite(page)).toEqual(SEEDS);
  await expect(page.getByRole("status")).toHaveText(/\d+ conventions/);
  await expectAccessible(page);
});

test("filters and search narrow the list, with a shareable address", async ({ page }) => {
  await page.getByLabel("Statut").selectOption({ label: "Signée par une partie" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/statut=SIGNEE_PARTIELLEMENT/);
  await expect(page.getByRole("link", { name: "2020-SG-DINUM-01" })).toBeVisible();
  await expect(page.getByRole("link", { name: "2024-DNE-DINUM-01" })).toHaveCount(0);

  // Seed 003, and the suite's own copies of it, only.
  await page.goto("/conventions?q=webinaire&tri=reference");
  await expect(page.getByRole("link", { name: "2024-DNE-DINUM-01" })).toBeVisible();
  expect(await horsSuite(page)).toEqual(["2024-DNE-DINUM-01"]);
  await expect(page.getByRole("status")).toHaveText(/\d+ conventions? correspondant/);

  await page.goto("/conventions?annee=2021");
  await expect(page.getByRole("link", { name: "2021-SG-DINUM-01" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/1 convention/);

  await page.goto("/conventions?q=introuvable-xyz");
  await expect(page.getByRole("status")).toHaveText(/Aucune convention/);
});

for (const seed of SEED_CONVENTIONS) {
  test(`${seed.reference}: the detail page shows everything the convention holds`, async ({ page }) => {
    await page.getByRole("link", { name: seed.reference }).click();
    await expectConventionShown(page, seed);
    await expectAccessible(page);
  });
}

test("an unknown convention answers the DSFR 404 page", async ({ page }) => {
  allowConsoleError(page, /status of 404/); // the browser logs the status of the page it asked for
  const response = await page.goto("/conventions/nexiste-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page non trouvée" })).toBeVisible();
  await expect(page.locator("header.fr-header")).toHaveCount(1); // one header, one navigation
  await expect(page.getByRole("navigation", { name: /Menu principal/ })).toHaveCount(1);
  await expectAccessible(page);
  // An address that matches no page at all: the same page, the header drawn once too.
  expect((await page.goto("/adresse-inconnue"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page non trouvée" })).toBeVisible();
  await expect(page.locator("header.fr-header")).toHaveCount(1);
  await expectAccessible(page);
});

test("the consistency panel shows what disagrees in a signed document, and nothing for a clean one", async ({ page }) => {
  await page.getByRole("link", { name: "2021-SG-DINUM-01" }).click();
  const panel = page.locator("#controles");
  await expect(panel.locator('[data-code="RENVOI_ARTICLE_DUREE"]')).toHaveText(
    "À vérifier : L'article 5 renvoie à « la période fixée à l'article 2 », mais l'article 2 porte sur « Obligations du délégant » ; la durée est fixée à l'article 7.",
  );
  await expect(panel.getByText("Mentions exigées par le décret n° 2004-1085, article 2")).toBeVisible();
  await page.goto("/conventions?tri=reference");
  await page.getByRole("link", { name: "2024-DNE-DINUM-01" }).click();
  await expect(page.locator("#controles")).toContainText("Aucune incohérence détectée");
});

test("the PDF downloads from the detail page, named after what it is", async ({ page }) => {
  await page.getByRole("link", { name: "2024-DNE-DINUM-01" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger le PDF" }).click()]);
  expect(download.suggestedFilename()).toBe("2024-09-01_convention_MENJ-DNE_DINUM.pdf");
  const file = await download.path();
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
});
