// The pages every State online service publishes, linked from the footer of every page and open
// without a session: accessibility statement, legal notice, personal data, public statistics, open
// data, and the verification of a published document.
import { connecte, demoUser, expect, expectAccessible, pageText, test } from "./helpers";
import { parseMontant } from "../../lib/domain/money";

const PAGES = [
  { lien: /Accessibilité : partiellement conforme/, chemin: "/accessibilite", titre: "Déclaration d'accessibilité" },
  { lien: /Mentions légales/, chemin: "/mentions-legales", titre: "Mentions légales" },
  { lien: /Données personnelles/, chemin: "/donnees-personnelles", titre: "Données personnelles" },
  { lien: /Statistiques/, chemin: "/statistiques", titre: "Statistiques" },
  { lien: /Données ouvertes/, chemin: "/donnees-ouvertes", titre: "Données ouvertes" },
  { lien: /Vérifier une publication/, chemin: "/verifier-une-publication", titre: "Vérifier une publication" },
];

test("the footer's pages answer without a session, in French, accessible, at 390 px too", async ({ page }) => {
  // Twelve pages opened twice and six accessibility audits: about 50 s on a quiet 2-core machine,
  // past the 60-s default when another process takes a core (the suite run under load, issue 19).
  test.setTimeout(180_000);
  for (const largeur of [1280, 390]) {
    await page.setViewportSize({ width: largeur, height: 900 });
    for (const p of PAGES) {
      await page.goto("/connexion");
      await page.locator("footer").getByRole("link", { name: p.lien }).click();
      await expect(page).toHaveURL(new RegExp(`${p.chemin}$`));
      await expect(page.getByRole("heading", { level: 1, name: p.titre })).toBeVisible();
      // No page of the app behind them: nobody is asked to log in.
      await expect(page.getByRole("button", { name: "Se déconnecter" })).toHaveCount(0);
      if (largeur === 1280) await expectAccessible(page);
      const debordement = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(debordement, `${p.chemin} à ${largeur} px`).toBeLessThanOrEqual(0);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/accessibilite");
  const texte = await pageText(page);
  for (const attendu of [
    "partiellement conforme",
    "Contenus non accessibles",
    "Pages vérifiées",
    "Défenseur des droits",
    "Libre réponse 71120",
  ])
    expect(texte).toContain(attendu);
  // Unset in this deployment: the page says which variable to set, never an invented name.
  await page.goto("/mentions-legales");
  await expect(page.getByText("[à renseigner : variable SERVICE_EDITEUR]")).toBeVisible();
  await page.goto("/donnees-personnelles");
  await expect(page.getByRole("table", { name: /Données personnelles et durée de conservation/ })).toContainText("8 heures au plus");
});

test("/statistiques shows the demo conventions' figures beside their charts, and each table downloads as CSV", async ({ page }) => {
  await page.goto("/statistiques");
  const documents = page.getByRole("table", { name: "Conventions et avenants par année et par statut" });
  // Seed 004, signed by both parties on 26 January 2021; seed 001, signed by one party only.
  await expect(documents.getByRole("row", { name: /^2021 Signée \d+/ })).toBeVisible();
  await expect(documents.getByRole("row", { name: /Signée par une partie/ }).first()).toBeVisible();
  // Seed 004 delegates 50 000 € in 2021 — and so does each signed copy of it the import journey saves.
  const annees = page.getByRole("table", { name: /Montants délégués par année/ });
  const [ae, cp] = (
    await annees
      .getByRole("row", { name: /^2021 / })
      .getByRole("cell")
      .allInnerTexts()
  ).map((t) => parseMontant(t));
  expect(ae).toBe(cp);
  expect(ae! > 0n && ae! % 5_000_000n === 0n).toBe(true);
  await expect(page.getByRole("table", { name: /Montants délégués par ministère délégant/ })).toContainText("Total");
  await expect(page.locator("figure figcaption")).toHaveCount(3);
  await expect(page.getByText(/Délai médian de la rédaction à la signature/)).toBeVisible();
  await expectAccessible(page);

  const [telechargement] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Télécharger ce tableau (CSV)" }).first().click(),
  ]);
  expect(telechargement.suggestedFilename()).toBe("statistiques-documents.csv");
  const contenu = await (await telechargement.createReadStream()).toArray();
  expect(Buffer.concat(contenu).toString("utf8")).toMatch(/^\ufeffAnnée;Statut;Conventions;Avenants\n/);
});

test("a logged-in agent reads them in the app's header, with the navigation", async ({ page }) => {
  await connecte(page, demoUser("REDACTEUR").email, "/statistiques");
  await expect(page.getByRole("heading", { level: 1, name: "Statistiques" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: /Menu principal/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Se déconnecter" }).first()).toBeVisible();
});
