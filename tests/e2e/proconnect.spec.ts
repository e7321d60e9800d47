import { connecte, demoUser, expect, expectAccessible, expectMail, label, saisirProConnect, test, unique } from "./helpers";

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

test("an agent unknown to the application asks for access, an administrator accepts, and the agent then works", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // (two people, an e-mail through the worker)
  const email = `${unique("inconnu").toLowerCase()}@exemple.gouv.fr`;
  const nom = `${email.split("@")[0]} Agent`;
  await proConnect(page, email);
  await expect(page).toHaveURL(/\/demander-acces\?identite=/);
  await expect(page.getByRole("heading", { level: 1, name: "Demander un accès" })).toBeVisible();
  await page.screenshot({ path: "test-results/captures/demander-acces.png", fullPage: true });
  await expect(page.getByText(email)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByText("Choisissez votre organisation.")).toBeVisible();
  await page.getByLabel(label("Votre organisation")).selectOption({ label: "DNE — Direction du numérique pour l'éducation" });
  await page
    .getByRole("group", { name: /^Rôles souhaités/ })
    .locator("label")
    .getByText("Rédacteur", { exact: true })
    .click();
  await page.getByLabel(label("Pourquoi avez-vous besoin de cet accès ?")).fill("Je rédige les conventions de la DNE avec la DINUM.");
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("status")).toContainText("Votre demande est envoyée.");
  // The same link again: one pending request at most.
  await page.reload();
  await page.getByLabel(label("Votre organisation")).selectOption({ label: "DNE — Direction du numérique pour l'éducation" });
  await page
    .getByRole("group", { name: /^Rôles souhaités/ })
    .locator("label")
    .getByText("Lecteur", { exact: true })
    .click();
  await page.getByLabel(label("Pourquoi avez-vous besoin de cet accès ?")).fill("Encore.");
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Vous avez déjà une demande d'accès en attente");

  // The administrator, told in the inbox, accepts it as asked.
  const contexte = await browser.newContext();
  const admin = await contexte.newPage();
  await connecte(admin, demoUser("ADMINISTRATEUR").email, "/notifications");
  await expect(admin.getByText(`Demande d'accès de ${nom} (${email})`).first()).toBeVisible();
  await admin.goto("/administration/demandes");
  const demande = admin.getByRole("region", { name: `${nom} · ${email}` });
  await expect(demande).toContainText("rôles souhaités : Rédacteur");
  await expectAccessible(admin);
  await demande.getByRole("button", { name: "Accepter et ouvrir le compte" }).click();
  // Decided, the request leaves the list; what was done stays said above it.
  await expect(demande).toHaveCount(0);
  await expect(
    admin.getByRole("status").filter({ hasText: `Le compte de ${nom} est ouvert ; il en est prévenu par courriel.` }),
  ).toBeVisible();
  await expect(admin.getByRole("table", { name: /Demandes traitées/ }).getByRole("row", { name: new RegExp(email) })).toContainText(
    "Acceptée",
  );
  await expectMail(email, "Votre accès est ouvert");
  await contexte.close();

  // The agent logs in again with ProConnect and works, as a drafter of the DNE.
  await page.context().clearCookies();
  await proConnect(page, email);
  await expect(page).toHaveURL(/\/conventions/);
  await expect(page.getByRole("link", { name: `${nom} · Rédacteur` }).first()).toBeVisible();
});
