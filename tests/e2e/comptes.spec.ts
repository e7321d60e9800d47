// Accounts administration: an administrator opens an account, the invitation e-mail arrives, the agent
// chooses a password through its link and works within their ministry; a link is used once; a
// deactivated agent's open session is refused at once.
import type { Locator } from "@playwright/test";
import { connecte, demoUser, expect, expectAccessible, expectMail, label, login, MAILBOX_URL, test, unique } from "./helpers";

/** A DSFR checkbox is pressed by its label, as a user does (the label is drawn over the box). */
async function cocher(groupe: Locator, libelle: string, coche: boolean) {
  const caseACocher = groupe.getByLabel(libelle, { exact: true });
  if ((await caseACocher.isChecked()) !== coche) await groupe.locator("label").getByText(libelle, { exact: true }).click();
  await expect(caseACocher).toBeChecked({ checked: coche });
}

async function lienInvitation(to: string): Promise<string> {
  await expectMail(to, "Votre compte est ouvert");
  const messages = (await (await fetch(MAILBOX_URL)).json()) as { to: string[]; subject: string; text: string }[];
  const mail = messages.reverse().find((m) => m.to.includes(to) && m.subject.includes("Votre compte est ouvert"))!;
  return /(http\S+\/invitation\/\S+)/.exec(mail.text)![1]!;
}

test("an administrator opens an account; the agent sets a password through the e-mailed link and sees their ministry's conventions", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // (two people, an e-mail through the worker)
  const email = `${unique("agent").toLowerCase()}@education.gouv.fr`;
  await connecte(page, demoUser("ADMINISTRATEUR").email);
  await page
    .getByRole("navigation", { name: /Menu principal/ })
    .getByRole("link", { name: "Administration" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Comptes" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: "Créer un compte" })).toHaveAttribute("href", "/administration/comptes/nouveau");
  await page.goto("/administration/comptes/nouveau");

  // Bad input first: said at its field, nothing created.
  await page.getByRole("button", { name: "Créer le compte et envoyer l'invitation" }).click();
  await expect(page.getByText("Choisissez au moins un rôle.")).toBeVisible();
  const roles = page.getByRole("group", { name: /^Rôles/ });
  await cocher(roles, "Lecteur", true);
  await cocher(roles, "Rédacteur", true);
  await page.getByRole("button", { name: "Créer le compte et envoyer l'invitation" }).click();
  await expect(page.getByText(/Le rôle Lecteur ne se cumule avec aucun autre/)).toBeVisible();
  await cocher(roles, "Lecteur", false);
  await cocher(roles, "Signataire", true);
  await page.getByLabel(label("Nom")).fill("Claude Nouvel");
  await page.getByLabel(label("Adresse électronique professionnelle")).fill("pas-une-adresse");
  await page.getByRole("button", { name: "Créer le compte et envoyer l'invitation" }).click();
  await expect(page.getByText("Cette adresse électronique n'est pas valide")).toBeVisible();
  await page.getByLabel(label("Adresse électronique professionnelle")).fill(demoUser("LECTEUR").email);
  await page.getByRole("button", { name: "Créer le compte et envoyer l'invitation" }).click();
  await expect(page.getByText("Un compte existe déjà avec cette adresse : retrouvez-le dans la liste.")).toBeVisible();

  await page.getByLabel(label("Adresse électronique professionnelle")).fill(email);
  await page.getByLabel(label("Organisation")).selectOption({ label: "DNE — Direction du numérique pour l'éducation" });
  // Its perimeter: the DNE only (not the whole ministry, which its organisation alone would give).
  await cocher(page.getByRole("group", { name: /^Périmètre/ }), "DNE — Direction du numérique pour l'éducation", true);
  await page.getByRole("button", { name: "Créer le compte et envoyer l'invitation" }).click();
  await expect(page.getByRole("status")).toContainText("Le compte de Claude Nouvel est ouvert : une invitation");
  await expectAccessible(page);

  // The agent, in a browser of their own, from the e-mail.
  const lien = await lienInvitation(email);
  const contexte = await browser.newContext();
  const agent = await contexte.newPage();
  await agent.goto(lien);
  await expect(agent.getByText(`Bonjour Claude Nouvel, votre compte (${email}) est ouvert.`)).toBeVisible();
  await expectAccessible(agent);
  await agent.screenshot({ path: "test-results/captures/invitation.png", fullPage: true });
  await agent.getByLabel(label("Mot de passe")).first().fill("court");
  await agent.getByLabel(label("Confirmez le mot de passe")).fill("autre");
  await agent.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(agent.getByText("Au moins 12 caractères.").last()).toBeVisible();
  await agent.getByLabel(label("Mot de passe")).first().fill("Un-mot-de-passe-solide-2026");
  await agent.getByLabel(label("Confirmez le mot de passe")).fill("Un-mot-de-passe-solide-2026");
  await agent.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(agent.getByRole("status")).toContainText("Votre mot de passe est enregistré");
  // Used once: the same link again is refused in French.
  await agent.goto(lien);
  await expect(agent.locator("main").getByRole("alert")).toContainText("Ce lien d'invitation a déjà servi.");
  await login(agent, email, "Un-mot-de-passe-solide-2026");
  await expect(agent).toHaveURL(/\/conventions$/);
  await expect(agent.getByRole("link", { name: "Claude Nouvel · Rédacteur, Signataire" }).first()).toBeVisible();
  // Its perimeter, the DNE: seed 003 (DNE–DINUM) is there, seed 004 (SG–DINUM, same ministry) is not.
  await agent.goto("/conventions?q=2024-DNE-DINUM-01");
  await expect(agent.getByRole("link", { name: "2024-DNE-DINUM-01" })).toBeVisible();
  await agent.goto("/conventions?q=2021-SG-DINUM-01");
  await expect(agent.getByRole("link", { name: "2021-SG-DINUM-01" })).toHaveCount(0);
  // Both roles' rights: a drafter's « Nouvelle convention ».
  await expect(agent.getByRole("link", { name: /Nouvelle convention/ }).first()).toBeVisible();
  expect((await agent.goto("/administration/comptes"))?.status()).toBe(403);

  // The administrator deactivates the account: the agent's open session is refused at its next request.
  await page.goto(`/administration/comptes?q=${encodeURIComponent(email)}`);
  await page.goto((await page.getByRole("link", { name: "Claude Nouvel" }).getAttribute("href"))!);
  await expect(page.getByRole("heading", { level: 1, name: "Claude Nouvel" })).toBeVisible();
  await page.getByRole("button", { name: "Désactiver le compte" }).click();
  await page.getByRole("button", { name: "Confirmer la désactivation" }).click();
  await expect(page.getByRole("status")).toContainText("Le compte de Claude Nouvel est désactivé");
  await expect(page.getByRole("table", { name: "Historique du compte" })).toContainText("Compte désactivé");
  await expect(page.getByRole("table", { name: "Historique du compte" })).toContainText("Mot de passe choisi par l'agent");
  await expectAccessible(page);
  await agent.goto("/conventions");
  await expect(agent).toHaveURL(/\/connexion/);
  await contexte.close();
});

test("the last administrator cannot remove their own right, and the accounts export as CSV", async ({ page }) => {
  await connecte(page, demoUser("ADMINISTRATEUR").email, "/administration/comptes");
  await page.getByLabel("Rôle").selectOption({ label: "Administrateur" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/role=ADMINISTRATEUR/);
  const [telechargement] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter en CSV" }).click()]);
  expect(telechargement.suggestedFilename()).toBe("comptes.csv");
  const csv = Buffer.concat(await (await telechargement.createReadStream()).toArray()).toString("utf8");
  expect(csv).toMatch(/^\ufeffNom;Adresse électronique;Rôles;Organisation;Voit;État;Mot de passe choisi;Dernière connexion\n/);
  expect(csv).toContain(demoUser("ADMINISTRATEUR").email);
  expect(csv).not.toContain(demoUser("LECTEUR").email); // (the filter applies)
  // Their own account: no « Désactiver » button; the demo's only administrator keeps that role.
  await page.goto(
    (await page
      .getByRole("table")
      .getByRole("link", { name: demoUser("ADMINISTRATEUR").nom })
      .getAttribute("href"))!,
  );
  await expect(page.getByRole("button", { name: "Désactiver le compte" })).toHaveCount(0);
  const roles = page.getByRole("group", { name: /^Rôles/ });
  await cocher(roles, "Administrateur", false);
  await cocher(roles, "Rédacteur", true);
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("C'est le dernier administrateur actif");
  await expect(page.getByText("Le dernier administrateur actif garde ce rôle.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Alex Administrateur").first()).toBeVisible();
  await expect(page.getByRole("group", { name: /^Rôles/ }).getByLabel("Administrateur", { exact: true })).toBeChecked();
  await expect(page.getByRole("group", { name: /^Rôles/ }).getByLabel("Rédacteur", { exact: true })).not.toBeChecked();
});
