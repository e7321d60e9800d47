import { demoUser, expect, saisirProConnect, test } from "./helpers";

// ProConnect is a generic OpenID Connect provider: here a local oidc-provider on loopback.
async function proConnect(page: import("@playwright/test").Page, email: string) {
  await page.goto("/connexion");
  await page
    .getByRole("button", { name: /S’identifier avec ProConnect|ProConnect/ })
    .first()
    .click();
  await saisirProConnect(page, email);
}

test("an agent known to the application logs in with ProConnect and keeps its role", async ({ page }) => {
  const admin = demoUser("ADMINISTRATEUR");
  await proConnect(page, admin.email);
  await expect(page).toHaveURL(/\/conventions/);
  await expect(page.getByRole("link", { name: `${admin.nom} · Administrateur` }).first()).toBeVisible();
});

test("an agent unknown to the application is told to ask for access", async ({ page }) => {
  await proConnect(page, "inconnu@exemple.gouv.fr");
  await expect(page).toHaveURL(/\/connexion/);
  await expect(page.locator("main").getByRole("alert")).toContainText("n'a pas encore accès à cette application");
});
