import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pageScannee } from "../helpers/scan";
import { demoUser, expect, expectAccessible, label, connecte, test } from "./helpers";

const FIXTURES = path.join(__dirname, "../fixtures/import");

// A drafter brings in conventions the ministry already holds: a signed PDF becomes a signed record
// (its file kept as the signed copy), a scanned page is read by OCR, both reviewed before saving.
test("a drafter imports the PDF of a signed convention, reviews it beside the original, corrects a field and saves it as signed", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await connecte(page, demoUser("REDACTEUR").email);
  await page.getByRole("link", { name: "Importer un document" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importer un document");
  await expectAccessible(page);
  await page.getByLabel(label("Documents à importer")).setInputFiles(path.join(FIXTURES, "pdf", "seed-004-classe-a-12-2021.pdf"));
  await page.getByRole("button", { name: "Lire les documents" }).click();

  await expect(page).toHaveURL(/\/conventions\/importer\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "Ce qui a été lu" })).toBeVisible({ timeout: 60_000 });
  const lu = page.getByRole("table", { name: "Champs lus dans le document" });
  await expect(lu).toContainText("Marie-Anne Lévêque");
  await expect(lu).toContainText("Nadi Bou Hanna");
  await expect(lu.getByRole("row", { name: /Échéancier 2021 — AE/ })).toContainText("50 000 €");
  // the signed document's own mistakes, found by the app's checks
  await expect(page.getByText(/« délégrant » : ce n'est pas un terme connu/)).toBeVisible();

  // « Voir »: the original's page where the representative was read, the passage outlined on it
  const apercu = page.getByRole("region", { name: "Document original" });
  await lu
    .getByRole("row", { name: /Partie 1 — représentant/ })
    .getByRole("button", { name: "Voir (p. 1)" })
    .click();
  await expect(apercu.getByRole("status")).toHaveText("« Partie 1 — représentant » : passage surligné page 1.");
  const image = apercu.getByRole("img", { name: "Page 1 sur 6 du document original" });
  await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(500);
  const surlignage = apercu.locator("[data-surlignage]");
  await expect(surlignage).not.toHaveCount(0);
  // the outline lies on the page, in its upper part where the parties are
  const [cadre, boite] = [await image.boundingBox(), await surlignage.first().boundingBox()];
  expect(boite!.x).toBeGreaterThan(cadre!.x);
  expect(boite!.x + boite!.width).toBeLessThan(cadre!.x + cadre!.width);
  expect(boite!.y).toBeGreaterThan(cadre!.y);
  expect(boite!.y - cadre!.y).toBeLessThan(cadre!.height / 3);
  // another field on another page: the viewer turns to it
  await lu
    .getByRole("row", { name: /Article 7 — titre/ })
    .getByRole("button", { name: /^Voir/ })
    .click();
  await expect(apercu.getByRole("img", { name: /^Page 4 sur 6/ })).toBeVisible();
  await expect(surlignage.first()).toBeVisible();

  // a flagged field is accepted, a typo of the signed text corrected (an unreadable value refused first)
  const aVerifier = page.getByRole("table", { name: "Champs à vérifier d'abord" });
  await expect(page.getByRole("button", { name: "Enregistrer comme convention signée" })).toBeDisabled();
  for (const bouton of await aVerifier.getByRole("button", { name: "Accepter" }).all()) await bouton.click();
  await expect(aVerifier.getByRole("button", { name: "Accepter" })).toHaveCount(0);
  const qualite = lu.getByRole("row", { name: /Partie 1 — qualité du représentant/ });
  await qualite.getByRole("button", { name: "Corriger" }).click();
  await qualite.getByRole("textbox").fill("secrétaire générale du ministère de l'Éducation nationale, de la Jeunesse et des sports");
  await qualite.getByRole("button", { name: "Valider la correction" }).click();
  await expect(qualite).toContainText("corrigé");
  const plafond = lu.getByRole("row", { name: /Plafond AE/ });
  await plafond.getByRole("button", { name: "Corriger" }).click();
  await plafond.getByRole("textbox").fill("50.000");
  await plafond.getByRole("button", { name: "Valider la correction" }).click();
  await expect(plafond.getByText(/n'est pas un séparateur de milliers/)).toBeVisible();
  await plafond.getByRole("button", { name: "Annuler" }).click();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Enregistrer comme convention signée" }).click();
  await expect(page).toHaveURL(/\/conventions\/(?!importer)[a-z0-9]+$/, { timeout: 30_000 });
  await expect(page.getByText("Signée", { exact: true }).first()).toBeVisible();
  const main = page.locator("main");
  await expect(main).toContainText("Classe à 12");
  await expect(main).toContainText("secrétaire générale du ministère de l'Éducation nationale, de la Jeunesse et des sports");
  // its PDF prints the source back
  const pdf = await page.request.get(`${new URL(page.url()).pathname}/pdf`);
  expect(pdf.status()).toBe(200);
  const dossier = mkdtempSync(path.join(os.tmpdir(), "import-e2e-"));
  writeFileSync(path.join(dossier, "c.pdf"), await pdf.body());
  const texte = execFileSync("pdftotext", [path.join(dossier, "c.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const attendu of [
    "Marie-Anne Lévêque",
    "Nadi Bou Hanna",
    "Obligations de la DINUM",
    "UO 0214-CEN2-LGAC",
    "Publication de la délégation",
  ])
    expect(texte).toContain(attendu);

  // The signed historical record receives its avenant, imported too: the drafter chooses the
  // convention among those its text may name (the demo holds another of the same date and parties).
  const reference = (await main.innerText()).match(/2021-SG-DINUM-[0-9A-F]{6}/)![0];
  await page.goto("/conventions/importer");
  await page.getByLabel(label("Documents à importer")).setInputFiles({
    name: `avenant-${Date.now()}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(AVENANT),
  });
  await page.getByRole("button", { name: "Lire les documents" }).click();
  await expect(page.getByRole("heading", { name: "Ce qui a été lu" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Enregistrer comme avenant signé" })).toBeDisabled();
  await page.getByRole("group", { name: "La convention que cet avenant modifie" }).getByText(new RegExp(reference)).click();
  // checked against the chosen convention: it has no article 12
  await expect(page.getByText(/renvoie à l'article 12 de la convention, qui n'existe pas/)).toBeVisible();
  const aVerifierAvenant = page.getByRole("table", { name: "Champs à vérifier d'abord" });
  while ((await aVerifierAvenant.getByRole("button", { name: "Accepter" }).count()) > 0)
    await aVerifierAvenant.getByRole("button", { name: "Accepter" }).first().click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer comme avenant signé" }).click();
  await expect(page).toHaveURL(/\/conventions\/[a-z0-9]+\/avenants\/1$/, { timeout: 30_000 });
  await expect(page.locator("main")).toContainText("31 décembre 2022");
});

const AVENANT = `AVENANT N°1
à la convention de délégation de gestion du 26 janvier 2021 relative au service numérique « Classe à 12 »

Entre le ministère de l'Éducation nationale, de la Jeunesse et des Sports (MENJS), représenté par Mme Marie-Anne LÉVÊQUE, secrétaire générale, ci-après dénommé « le délégant », d'une part, et la Direction interministérielle du numérique (DINUM), représentée par M. Nadi BOU HANNA, directeur interministériel du numérique, ci-après dénommée « le délégataire », d'autre part,

Il est convenu ce qui suit :

ARTICLE 1 - OBJET DE L'AVENANT
Le présent avenant a pour objet de prolonger la durée de la convention.

ARTICLE 2 - DURÉE
L'article 12 « Durée » de la convention est ainsi rédigé :
« La convention prend fin le 31 décembre 2022. »

Fait en deux exemplaires originaux à Paris, le 15 novembre 2021

Pour le délégant,
Marie-Anne LÉVÊQUE

Pour le délégataire,
Nadi BOU HANNA
`;

test("a scanned page is read by OCR, and the drafter saves it as a draft", async ({ page }) => {
  test.setTimeout(150_000);
  await connecte(page, demoUser("REDACTEUR").email, "/conventions/importer");
  await page.getByLabel(label("Documents à importer")).setInputFiles({
    name: `scan-${Date.now()}.png`,
    mimeType: "image/png",
    buffer: pageScannee(path.join(FIXTURES, "pdf", "seed-003-webinaire-2024.pdf")),
  });
  await page.getByRole("button", { name: "Lire les documents" }).click();
  await expect(page.getByRole("heading", { name: "Ce qui a été lu" })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText(/lu par reconnaissance de caractères : page 1/)).toBeVisible();
  const lu = page.getByRole("table", { name: "Champs lus dans le document" });
  await expect(lu).toContainText("Audran Le Baron");
  await expect(lu).toContainText("Stéphanie Schaer");
  // OCR'd fields below the threshold are checked one by one before saving
  const aVerifier = page.getByRole("table", { name: "Champs à vérifier d'abord" });
  while ((await aVerifier.getByRole("button", { name: "Accepter" }).count()) > 0)
    await aVerifier.getByRole("button", { name: "Accepter" }).first().click();
  // a page alone has no signature date: only a draft can be made of it
  await expect(page.getByRole("button", { name: "Enregistrer comme convention signée" })).toBeDisabled();
  await page.getByRole("button", { name: "Enregistrer comme brouillon" }).click();
  await expect(page).toHaveURL(/\/conventions\/(?!importer)[a-z0-9]+$/, { timeout: 30_000 });
  await expect(page.getByText("Brouillon", { exact: true }).first()).toBeVisible();
});

test("an unreadable file is refused in French, and the import page is for drafters only", async ({ page, browser, baseURL }) => {
  await connecte(page, demoUser("REDACTEUR").email, "/conventions/importer");
  await page
    .getByLabel(label("Documents à importer"))
    .setInputFiles({ name: "casse.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\ngarbage") });
  await page.getByRole("button", { name: "Lire les documents" }).click();
  await expect(page.getByText(/Ce PDF est endommagé ou incomplet/)).toBeVisible({ timeout: 60_000 });

  const lecteur = await (await browser.newContext({ baseURL })).newPage();
  await connecte(lecteur, demoUser("LECTEUR").email);
  await expect(lecteur.getByRole("link", { name: "Importer un document" })).toHaveCount(0);
  const reponse = await lecteur.goto("/conventions/importer");
  expect(reponse?.status()).toBe(403);
});
