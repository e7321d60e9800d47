import path from "node:path";
import { pageScannee } from "../helpers/scan";
import { demoUser, expect, expectAccessible, label, login, test } from "./helpers";

const FIXTURES = path.join(__dirname, "../fixtures/import");

// A drafter brings in conventions the ministry already holds: a signed PDF becomes a signed record
// (its file kept as the signed copy), a scanned page is read by OCR, both reviewed before saving.
test("a drafter imports the PDF of a signed convention, reviews what was read and saves it as signed", async ({ page }) => {
  test.setTimeout(150_000);
  await login(page, demoUser("REDACTEUR").email);
  await page.getByRole("link", { name: "Importer un document" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importer un document");
  await expectAccessible(page);
  await page.getByLabel(label("Document à importer")).setInputFiles(path.join(FIXTURES, "pdf", "seed-004-classe-a-12-2021.pdf"));
  await page.getByRole("button", { name: "Lire le document" }).click();

  await expect(page).toHaveURL(/\/conventions\/importer\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "Ce qui a été lu" })).toBeVisible({ timeout: 60_000 });
  const lu = page.getByRole("table", { name: "Champs lus dans le document" });
  await expect(lu).toContainText("Marie-Anne Lévêque");
  await expect(lu).toContainText("Nadi Bou Hanna");
  await expect(lu).toContainText("2021 : AE 50 000 €, CP 50 000 €");
  // the signed document's own mistakes, found by the app's checks
  await expect(page.getByText(/« délégrant » : ce n'est pas un terme connu/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Enregistrer comme convention signée" }).click();
  await expect(page).toHaveURL(/\/conventions\/(?!importer)[a-z0-9]+$/, { timeout: 30_000 });
  await expect(page.getByText("Signée", { exact: true }).first()).toBeVisible();
  await expect(page.locator("main")).toContainText("Classe à 12");
});

test("a scanned page is read by OCR, and the drafter saves it as a draft", async ({ page }) => {
  test.setTimeout(150_000);
  await login(page, demoUser("REDACTEUR").email);
  await expect(page).toHaveURL(/\/conventions$/);
  await page.goto("/conventions/importer");
  await page.getByLabel(label("Document à importer")).setInputFiles({
    name: `scan-${Date.now()}.png`,
    mimeType: "image/png",
    buffer: pageScannee(path.join(FIXTURES, "pdf", "seed-003-webinaire-2024.pdf")),
  });
  await page.getByRole("button", { name: "Lire le document" }).click();
  await expect(page.getByRole("heading", { name: "Ce qui a été lu" })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText(/lu par reconnaissance de caractères : page 1/)).toBeVisible();
  const lu = page.getByRole("table", { name: "Champs lus dans le document" });
  await expect(lu).toContainText("Audran Le Baron");
  await expect(lu).toContainText("Stéphanie Schaer");
  // a page alone has no signature date: only a draft can be made of it
  await expect(page.getByRole("button", { name: "Enregistrer comme convention signée" })).toBeDisabled();
  await page.getByRole("button", { name: "Enregistrer comme brouillon" }).click();
  await expect(page).toHaveURL(/\/conventions\/(?!importer)[a-z0-9]+$/, { timeout: 30_000 });
  await expect(page.getByText("Brouillon", { exact: true }).first()).toBeVisible();
});

test("an unreadable file is refused in French, and the import page is for drafters only", async ({ page, browser, baseURL }) => {
  await login(page, demoUser("REDACTEUR").email);
  await expect(page).toHaveURL(/\/conventions$/);
  await page.goto("/conventions/importer");
  await page
    .getByLabel(label("Document à importer"))
    .setInputFiles({ name: "casse.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\ngarbage") });
  await page.getByRole("button", { name: "Lire le document" }).click();
  await expect(page.getByText(/Ce PDF est endommagé ou incomplet/)).toBeVisible({ timeout: 60_000 });

  const lecteur = await (await browser.newContext({ baseURL })).newPage();
  await login(lecteur, demoUser("LECTEUR").email);
  await expect(lecteur).toHaveURL(/\/conventions$/);
  await expect(lecteur.getByRole("link", { name: "Importer un document" })).toHaveCount(0);
  const reponse = await lecteur.goto("/conventions/importer");
  expect(reponse?.status()).toBe(403);
});
