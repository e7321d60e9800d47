// From draft to « prête à signer », as its four users live it, each in their own browser: the drafter
// writes a convention from the DINUM model and submits it; DINUM finance comments on a schedule
// line and asks for changes; the drafter answers, fixes and submits again; finance resolves,
// approves every section and validates; the PDF is frozen; the signatory is told; a reader sees
// all of it and can press nothing. Then an avenant to a signed convention goes through the same steps.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import {
  approuverTout,
  DEMO_PASSWORD,
  demoUser,
  etape,
  expect,
  expectAccessible,
  expectMail,
  fixture,
  label,
  connecte,
  saisirProConnect,
  test,
  unique,
  nouvelleDuModele,
  validerPourSignature,
} from "./helpers";

test.describe.configure({ timeout: 360_000 });

async function ouvrir(browser: Browser, baseURL: string | undefined, role: Parameters<typeof demoUser>[0] | `${string}@${string}`) {
  const context = await browser.newContext({ baseURL, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await connecte(page, role.includes("@") ? role : demoUser(role as Parameters<typeof demoUser>[0]).email);
  return page;
}

test("a convention goes from the DINUM model to « prête à signer » through a section-by-section review, with its frozen PDF", async ({
  browser,
  baseURL,
}) => {
  const [redacteur, finance, lecteur, signataire] = await Promise.all([
    ouvrir(browser, baseURL, "REDACTEUR"),
    ouvrir(browser, baseURL, "RELECTEUR_FINANCIER"),
    ouvrir(browser, baseURL, "LECTEUR"),
    ouvrir(browser, baseURL, "SIGNATAIRE"),
  ]);
  const reference = unique("E2E-CYCLE");

  // The drafter writes it from the DINUM model.
  await nouvelleDuModele(redacteur, reference);
  await redacteur.getByRole("button", { name: "Enregistrer" }).click();
  await expect(redacteur).toHaveURL(/\/conventions\/(?!nouvelle)[a-z0-9]+$/);
  const chemin = new URL(redacteur.url()).pathname;
  await expect(redacteur.getByRole("region", { name: /^Étape/ })).toContainText(
    "Le rédacteur complète le projet, puis le soumet à la revue.",
  );
  await etape(redacteur, "Soumettre à la revue", "Première version pour relecture.");

  // Finance is told, in the app and by e-mail, and opens it from the inbox.
  await expectMail(demoUser("RELECTEUR_FINANCIER").email, `Revue demandée pour la convention ${reference}`);
  await finance.goto("/conventions");
  await finance.getByRole("link", { name: /^Notifications \(\d+\)$/ }).click();
  await expectAccessible(finance);
  const notification = finance.getByRole("link", { name: `Non lue : Revue demandée pour la convention ${reference}` });
  const lienNotification = (await notification.getAttribute("href"))!;
  await notification.click();
  await expect(finance).toHaveURL(new RegExp(`${chemin}$`));
  // The link leads there by a relative address: whatever host name the agent uses, it stays on it.
  const redirection = await finance.request.get(lienNotification, { maxRedirects: 0 });
  expect(redirection.headers()["location"]).toBe(chemin);

  // Finance comments on the 2025 line and asks for changes.
  await expect(finance.getByRole("region", { name: /^Étape/ })).toContainText("Le relecteur financier relit chaque section");
  const revue = finance.getByRole("region", { name: "Revue", exact: true });
  await revue.getByLabel("Section commentée").selectOption({ label: "Plafonds et échéancier" });
  await revue.getByLabel(label("Ligne de l'échéancier (facultatif)")).selectOption("2025");
  await revue.getByLabel(label("Commentaire")).fill("<b>CP 2025</b> : le versement doit être étalé sur 2025 et 2026.");
  await revue.getByRole("button", { name: "Publier le commentaire" }).click();
  await expect(revue.getByRole("status")).toHaveText("Votre commentaire est publié.");
  const fil = revue.getByRole("article", { name: /Plafonds et échéancier, ligne 2025/ });
  await expect(fil).toContainText("<b>CP 2025</b> : le versement doit être étalé"); // shown as text
  await expect(fil).toContainText("Ouverte");
  await expectAccessible(finance);
  await finance.getByRole("region", { name: /^Étape/ }).screenshot({ path: "test-results/captures/revue-etape.png" });
  await revue.screenshot({ path: "test-results/captures/revue-sections.png" });
  await etape(finance, "Demander des modifications", "Voir la discussion sur l'échéancier.");

  // The reader sees the state and the discussion, and can press nothing.
  await lecteur.goto(chemin);
  await expect(lecteur.getByRole("region", { name: /^Étape/ })).toContainText("Brouillon");
  await expect(lecteur.getByRole("region", { name: /^Étape/ }).getByRole("button")).toHaveCount(0);
  await expect(lecteur.getByRole("button", { name: "Répondre" })).toHaveCount(0);

  // The drafter is told of the comment and of the changes asked, in the app and by e-mail.
  const moi = demoUser("REDACTEUR").email;
  await expectMail(moi, `Modifications demandées sur la convention ${reference} (1 discussion à traiter)`);
  await expectMail(moi, "sur « Plafonds et échéancier, ligne 2025 »");
  await redacteur.goto("/notifications");
  await expect(
    redacteur.getByRole("link", { name: `Non lue : Modifications demandées sur la convention ${reference} (1 discussion à traiter)` }),
  ).toBeVisible();

  // The drafter answers, fixes the schedule and submits again.
  await redacteur.goto(chemin);
  const filRedacteur = redacteur.getByRole("article", { name: /Plafonds et échéancier, ligne 2025/ });
  await filRedacteur.getByLabel(label("Réponse")).fill("Étalé : 60 000 € en 2025, 40 000 € en 2026.");
  await filRedacteur.getByRole("button", { name: "Répondre" }).click();
  await expect(filRedacteur).toContainText("Répondue");
  await redacteur.getByRole("link", { name: "Modifier" }).click();
  await redacteur.getByLabel(label("CP 2025")).fill("60 000");
  await redacteur.getByRole("button", { name: "Ajouter une année" }).click();
  await redacteur.getByLabel(label("Année, ligne 2")).fill("2026");
  await redacteur.getByLabel(label("AE 2026")).fill("0");
  await redacteur.getByLabel(label("CP 2026")).fill("40 000");
  await redacteur.getByRole("button", { name: "Enregistrer" }).click();
  await expect(redacteur).toHaveURL(new RegExp(`${chemin}$`));
  await etape(redacteur, "Soumettre à la revue");

  // Finance resolves, approves every section, acknowledges the warnings and validates.
  await finance.goto(chemin);
  await finance
    .getByRole("article", { name: /Plafonds et échéancier, ligne 2025/ })
    .getByRole("button", { name: "Marquer comme résolue" })
    .click();
  await expect(finance.getByRole("article", { name: /Plafonds et échéancier, ligne 2025/ })).toContainText("Résolue");
  await approuverTout(finance);
  await expect(finance.getByRole("region", { name: "Revue", exact: true })).toContainText(/(\d+) sections? approuvées? sur \1/);
  await validerPourSignature(finance);
  await expectAccessible(finance);
  await expectMail(moi, `La convention ${reference} est prête à signer`);
  await expectMail(demoUser("SIGNATAIRE").email, `À vous de signer : la convention ${reference}`);
  // The signatory finds it in the inbox: the frozen version, with no review button.
  await signataire.goto("/notifications");
  await signataire.getByRole("link", { name: `Non lue : À vous de signer : la convention ${reference}` }).click();
  await expect(signataire).toHaveURL(new RegExp(`${chemin}$`));
  await expect(signataire.getByRole("region", { name: /^Étape/ })).toContainText(
    "Les signataires de chaque partie signent la version figée",
  );
  await expect(signataire.getByRole("button", { name: /^Approuver/ })).toHaveCount(0);

  // The frozen PDF is what the PDF link serves, byte for byte; its fingerprint is in the history.
  await finance.getByRole("link", { name: "Historique" }).click();
  const historique = finance.getByRole("table");
  for (const quoi of [
    "Soumettre à la revue",
    "Renvoyer en rédaction",
    "Valider pour signature",
    "Convention modifiée",
    "Section approuvée : « Parties »",
  ])
    await expect(historique.getByRole("row").filter({ hasText: quoi }).first()).toBeVisible();
  await expect(historique.getByRole("row").filter({ hasText: "Commentaire sur « Plafonds et échéancier, ligne 2025 »" })).toContainText(
    "<b>CP 2025</b>",
  );
  await expect(historique.getByRole("row").filter({ hasText: "Convention modifiée" }).first()).toContainText(
    /Échéancier 2025, CP : 100.000.€ → 60.000.€/,
  );
  const empreinte = /empreinte SHA-256 ([0-9a-f]{64})/.exec(
    (await historique.getByRole("row").filter({ hasText: "Valider pour signature" }).textContent())!,
  )![1];
  const pdf = await finance.request.get(`${chemin}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(
    createHash("sha256")
      .update(await pdf.body())
      .digest("hex"),
  ).toBe(empreinte);
  await finance.screenshot({ path: "test-results/captures/historique.png" });
  await finance.getByLabel("Type").selectOption({ label: "Revue" });
  await finance.getByRole("button", { name: "Filtrer" }).click();
  await expect(historique.getByRole("row").filter({ hasText: "Valider pour signature" })).toHaveCount(0);
  const csv = await finance.request.get(`${chemin}/historique/csv?categorie=revue`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Commentaire sur « Plafonds et échéancier, ligne 2025 »");
  await expectAccessible(finance);

  // Frozen: the drafter can no longer edit it.
  await redacteur.goto(chemin);
  await expect(redacteur.getByRole("link", { name: "Modifier" })).toHaveCount(0);
  await redacteur.goto(`${chemin}/modifier`);
  await expect(redacteur.getByText("La version envoyée à la signature est figée")).toBeVisible();

  // The parties sign the frozen version, in order. The DINUM signs last: nothing to press before.
  const dinumEmail = "signataire@demo.numerique.gouv.fr";
  const dinum = await ouvrir(browser, baseURL, dinumEmail);
  await dinum.goto(chemin);
  const panneauDinum = dinum.getByRole("region", { name: "Signature des parties" });
  await expect(panneauDinum.getByTestId("etape-signature").nth(1)).toContainText("En attente des signatures précédentes");
  await expect(panneauDinum.getByRole("button", { name: "Signer dans l'application" })).toHaveCount(0);
  // The DNE's signatory signs in the app; a wrong password first.
  await signataire.goto(chemin);
  const panneau = signataire.getByRole("region", { name: "Signature des parties" });
  await panneau.getByLabel(label("Votre mot de passe")).fill("pas-le-bon");
  await panneau.getByRole("button", { name: "Signer dans l'application" }).click();
  await expect(panneau.getByRole("alert")).toContainText("Mot de passe incorrect : la signature n'a pas été appliquée.");
  await panneau.getByLabel(label("Votre mot de passe")).fill(DEMO_PASSWORD);
  await panneau.getByRole("button", { name: "Signer dans l'application" }).click();
  await expect(panneau.getByRole("status")).toContainText("Signature de");
  await expect(signataire.getByRole("region", { name: /^Étape/ })).toContainText("Signée par une partie");
  // The DINUM is told; its signatory confirms who they are with ProConnect (a fresh login) and signs.
  await expectMail(dinumEmail, `À vous de signer : la convention ${reference}`);
  await dinum.reload();
  await panneauDinum.getByRole("button", { name: "Me réauthentifier avec ProConnect pour signer" }).click();
  await saisirProConnect(dinum, dinumEmail);
  await expect(dinum).toHaveURL(new RegExp(`${chemin}#signatures-parties$`));
  await expect(panneauDinum).toContainText("Authentifié avec ProConnect le");
  await expect(panneauDinum.getByLabel(label("Votre mot de passe"))).toHaveCount(0);
  await expectAccessible(dinum);
  await panneauDinum.getByRole("button", { name: "Signer dans l'application" }).click();
  await expect(panneauDinum.getByRole("status")).toContainText("le document est signé par toutes les parties");
  await panneauDinum.screenshot({ path: "test-results/captures/signatures-parties.png" });
  // Signing is not an edit: the review still says every section approved (issue 18, item 15).
  await expect(dinum.getByRole("region", { name: "Revue", exact: true })).toContainText(/(\d+) sections approuvées sur \1 /);
  // The signed PDF: two signatures, two signatories by name, each shown in its block.
  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-cycle-signe-"));
  const [telechargement] = await Promise.all([
    dinum.waitForEvent("download"),
    dinum.getByRole("button", { name: "Télécharger le PDF" }).click(),
  ]);
  const signe = path.join(dossier, "signe.pdf");
  await telechargement.saveAs(signe);
  let rapport: string;
  try {
    rapport = execFileSync("pdfsig", [signe], { encoding: "utf8" });
  } catch (error) {
    rapport = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(rapport.match(/Signature is Valid/g)).toHaveLength(2);
  expect(rapport).toContain(`Signer Certificate Common Name: ${demoUser("SIGNATAIRE").nom}`);
  expect(rapport).toContain("Signer Certificate Common Name: Morgane Signataire (DINUM)");
  const texteSigne = execFileSync("pdftotext", [signe, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(texteSigne).toContain(`Signé électroniquement par ${demoUser("SIGNATAIRE").nom}`);
  expect(texteSigne).toContain("Signé électroniquement par Morgane Signataire (DINUM)");
  const [certificat] = await Promise.all([
    dinum.waitForEvent("download"),
    panneauDinum.getByRole("button", { name: "Télécharger le certificat de signature (PDF)" }).click(),
  ]);
  await certificat.saveAs(path.join(dossier, "certificat.pdf"));
  const texteCertificat = execFileSync("pdftotext", [path.join(dossier, "certificat.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(texteCertificat).toContain("Réauthentification : mot de passe");
  expect(texteCertificat).toContain("Réauthentification : ProConnect (prompt=login)");
  expect(texteCertificat).toContain("niveau (acr) « eidas1 »");
  // The history has every step, signatures included.
  await dinum.goto(`${chemin}/historique`);
  for (const quoi of ["Soumettre à la revue", "Valider pour signature"])
    await expect(dinum.getByRole("table").getByRole("row").filter({ hasText: quoi }).first()).toBeVisible();
  await expect(
    dinum
      .getByRole("table")
      .getByRole("row")
      .filter({ hasText: /Signature/ }),
  ).not.toHaveCount(0);
  await dinum.context().close();

  // An avenant to a signed convention goes through the same steps.
  const { id } = await fixture("draft-avenant");
  await redacteur.goto(`/conventions/${id}/avenants/1`);
  // Its saved draft is edited in its form, as it was saved.
  await redacteur.getByRole("link", { name: "Modifier" }).click();
  await expect(redacteur.getByLabel(label("Contexte"))).toHaveValue("Prolongation d'un an.");
  await redacteur.getByLabel(label("Contexte")).fill("Prolongation d'un an, pour finir le déploiement.");
  await redacteur.getByRole("button", { name: "Enregistrer l'avenant n° 1" }).click();
  await expect(redacteur).toHaveURL(new RegExp(`/conventions/${id}/avenants/1$`));
  await expect(redacteur.getByText("Prolongation d'un an, pour finir le déploiement.")).toBeVisible();
  await etape(redacteur, "Soumettre à la revue");
  await finance.goto(`/conventions/${id}/avenants/1`);
  await approuverTout(finance);
  await validerPourSignature(finance);
  await finance.getByRole("link", { name: "Historique" }).click();
  await expect(finance.getByRole("table").getByRole("row").filter({ hasText: "Valider pour signature" })).toContainText(
    "Version figée n° 1",
  );
  for (const page of [redacteur, finance, lecteur, signataire]) await page.context().close();
});

test("a convention from the model whose articles were never filled is stopped at validation by what is left to complete", async ({
  browser,
  baseURL,
}) => {
  const [redacteur, finance] = await Promise.all([ouvrir(browser, baseURL, "REDACTEUR"), ouvrir(browser, baseURL, "RELECTEUR_FINANCIER")]);
  // The fields are typed, « Remplir les articles » never pressed: the model's « [à compléter] » stay.
  await nouvelleDuModele(redacteur, unique("E2E-TROUS"), { remplir: false, intitule: "Articles jamais remplis" });
  const article1 = redacteur.getByRole("region", { name: "Article 1", exact: true });
  await expect(article1).toContainText("L'article 1 contient encore « [à compléter] »");
  await expect(redacteur.locator("aside")).toContainText("L'article 6 contient encore « [à compléter] »");
  await expectAccessible(redacteur);
  await redacteur.getByRole("button", { name: "Enregistrer" }).click();
  await expect(redacteur).toHaveURL(/\/conventions\/(?!nouvelle)[a-z0-9]+$/);
  const chemin = new URL(redacteur.url()).pathname;
  await expect(redacteur.locator("#controles")).toContainText("L'article 8 contient encore « [à compléter] »");
  await etape(redacteur, "Soumettre à la revue");

  // Finance approves what is left at once (after reading the list), then cannot validate.
  await finance.goto(chemin);
  const revue = finance.getByRole("region", { name: "Revue", exact: true });
  await expect(revue.getByRole("rowheader", { name: "Article 1 : Objet de la délégation" })).toBeVisible();
  let liste = "";
  finance.once("dialog", (d) => ((liste = d.message()), void d.accept()));
  await revue.getByRole("button", { name: /^Approuver les sections restantes \(\d+\)$/ }).click();
  await expect(revue.getByRole("status")).toContainText("sections approuvées.");
  expect(liste).toContain("– Article 6 : Exécution financière de la délégation");
  await expect(revue).toContainText(/(\d+) sections approuvées sur \1 /);
  const panneau = finance.getByRole("region", { name: /^Étape/ });
  await expect(panneau).toContainText("Avant de valider pour signature");
  await expect(panneau).toContainText("L'article 1 contient encore « [à compléter] »");
  for (const caseACocher of await panneau.getByRole("checkbox").all()) await caseACocher.check();
  await panneau.getByRole("button", { name: "Valider pour signature", exact: true }).click();
  await expect(panneau.getByRole("alert")).toContainText("Validation impossible pour l'instant.");
  await expect(panneau).toContainText("En revue");
  await expectAccessible(finance);
  for (const page of [redacteur, finance]) await page.context().close();
});

test("a draft convention is deleted after asking first; the list no longer has it", async ({ page }) => {
  const { id, reference } = await fixture("draft-convention");
  await connecte(page, demoUser("ADMINISTRATEUR").email, `/conventions/${id}`);
  let question = "";
  page.once("dialog", (d) => ((question = d.message()), void d.dismiss()));
  await page.getByRole("button", { name: "Supprimer ce projet" }).click();
  expect(question).toContain(`Supprimer le projet de convention ${reference} ?`);
  await expect(page).toHaveURL(new RegExp(`/conventions/${id}$`)); // dismissed: nothing happens
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Supprimer ce projet" }).click();
  await expect(page).toHaveURL(/\/conventions$/);
  await page.goto(`/conventions?q=${reference}`);
  await expect(page.getByRole("link", { name: new RegExp(reference) })).toHaveCount(0);
});
