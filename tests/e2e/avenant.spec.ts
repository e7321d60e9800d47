import { approuverTout, demoUser, etape, expect, expectAccessible, fixture, label, login, test, validerPourSignature } from "./helpers";

test("an avenant to a convention like seed 003 extends it by a year and moves 20 000 € of CP; once signed, the consolidated view shows it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Its own signed convention, shaped like seed 003: the demo seeds are never modified.
  const convention = fixture("signed-convention");
  await login(page, demoUser("REDACTEUR").email);
  await expect(page).toHaveURL(/\/conventions$/);
  await page.goto(`/conventions?q=${convention.reference}`);
  await page.getByRole("link", { name: convention.reference }).click();
  await page.getByRole("link", { name: "Créer l'avenant n° 1" }).click();

  await page.getByLabel(label("Contexte")).fill("Le service est maintenu en 2026 ; une partie des paiements glisse sur 2026.");
  await page.locator("label", { hasText: "Prolonger la convention" }).click();
  // The checks run while typing: an « extension » that ends before the current end is an error.
  await page.getByLabel(label("Nouvelle date de fin")).fill("2025-06-30");
  const controles = page.getByRole("region", { name: "Contrôles de cohérence" });
  await expect(controles).toContainText(
    "Avenant n° 1 : La prolongation fixe la fin au 30/06/2025, qui ne vient pas après la fin actuelle (31/12/2025)",
  );
  await page.getByLabel(label("Nouvelle date de fin")).fill("2026-12-31");
  await expect(controles).not.toContainText("ce n'est pas une prolongation");
  await page.locator("label", { hasText: "Remplacer l'échéancier à partir d'une année" }).click();
  await page.getByLabel(label("Première année remplacée")).fill("2025");
  await page.getByRole("button", { name: "Ajouter une ligne" }).click();
  await page.getByRole("button", { name: "Ajouter une ligne" }).click();
  await page.getByLabel(label("CP (ligne 1)")).fill("90 000");
  await page.getByLabel(label("CP (ligne 2)")).fill("20 000");
  await page.getByRole("button", { name: "Générer les articles à partir des changements" }).click();
  const article1 = page.getByRole("region", { name: "Article 1", exact: true });
  await expect(article1.getByLabel(label("Texte de l'article 1"))).toHaveValue(
    /L'article 8 de la convention initiale du 1er.septembre 2024 est modifié comme suit : « La convention prendra fin au 31.décembre 2026. »/,
  );
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer l'avenant n° 1" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Avenant n° 1/);
  await expect(page.getByTestId("effets")).toContainText("Date de fin : 31/12/2025 → 31/12/2026");
  await expect(page.getByTestId("effets")).toContainText(/2026 : 0.€ en AE, 20.000.€ en CP/);
  await etape(page, "Soumettre à la revue");
  await expect(page.getByRole("region", { name: /^Étape/ })).toContainText("En revue");
  const avenantUrl = page.url();

  // Before signature, the consolidated view applies nothing; the preview shows the project.
  await page.goto(avenantUrl.replace(/avenants\/1$/, "consolidee"));
  await expect(page.getByTestId("fin-consolidee")).toHaveText(/31.décembre 2025/);
  await page.getByRole("link", { name: "Inclure l'avenant en projet (aperçu)" }).click();
  await expect(page.getByTestId("fin-consolidee")).toHaveText(/31.décembre 2026/);

  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/connexion/);
  await login(page, demoUser("RELECTEUR_FINANCIER").email);
  await expect(page).toHaveURL(/\/conventions$/);
  await page.goto(avenantUrl);
  await approuverTout(page);
  await validerPourSignature(page);

  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/connexion/);
  await login(page, demoUser("SIGNATAIRE").email);
  await expect(page).toHaveURL(/\/conventions$/);
  await page.goto(avenantUrl);
  await page.getByLabel("Date de la dernière signature").fill("2025-11-15");
  await etape(page, "Enregistrer la signature de toutes les parties");
  await expect(page.getByRole("region", { name: /^Étape/ })).toContainText("Signée");

  await page.getByRole("link", { name: "Voir la convention consolidée" }).click();
  await expect(page.getByTestId("fin-consolidee")).toHaveText(/31.décembre 2026/);
  await expect(page.getByTestId("chronologie")).toContainText("Avenant n° 1, signé le 15");
  const schedule = page.getByRole("table", { name: "Échéancier consolidé" });
  await expect(schedule).toContainText(/2026\s*0.€\s*20.000.€/);
  await expect(schedule).toContainText(/Total\s*120.000.€\s*120.000.€/);
  await expect(page.locator("#c-art-8").locator("xpath=..")).toContainText(/prendra fin au 31.décembre 2026/);
  await expect(page.locator("#controles")).toContainText("Aucune incohérence détectée");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Télécharger la version consolidée (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("2024-09-01_convention_MENJ-DNE_DINUM_consolidee.pdf");
  await expectAccessible(page);
});
