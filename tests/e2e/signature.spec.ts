import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { PDF } from "@libpdf/core";
import { DEMO_PASSWORD, demoUser, expect, expectAccessible, fixture, label, connecte, test } from "./helpers";

async function ouvrir(browser: Browser, baseURL: string | undefined, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await connecte(page, email);
  return page;
}

const pdfsig = (fichier: string) => {
  try {
    return execFileSync("pdfsig", [fichier], { encoding: "utf8" });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
};

test("the ministry signs on paper (its scan), the DINUM in the app; out of turn is refused; the signed PDF and its certificate download; a tampered copy fails verification", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const { id } = await fixture("ready-to-sign");
  const chemin = `/conventions/${id}`;
  const [admin, dinum] = await Promise.all([
    ouvrir(browser, baseURL, demoUser("ADMINISTRATEUR").email),
    ouvrir(browser, baseURL, "signataire@demo.numerique.gouv.fr"),
  ]);

  // The DINUM signs last: nothing to press before the ministry has signed.
  await dinum.goto(chemin);
  const panneauDinum = dinum.getByRole("region", { name: "Signature des parties" });
  await expect(panneauDinum.getByTestId("etape-signature").nth(0)).toContainText("À signer maintenant");
  await expect(panneauDinum.getByTestId("etape-signature").nth(1)).toContainText("En attente des signatures précédentes");
  await expect(panneauDinum.getByRole("button", { name: "Signer dans l'application" })).toHaveCount(0);

  // The ministry signed on paper: the administrator deposits its scan (first a file that is not a PDF).
  await admin.goto(chemin);
  const panneau = admin.getByRole("region", { name: "Signature des parties" });
  await panneau.getByText("Cette partie a signé sur papier : déposer le scan").click();
  const depot = panneau.getByRole("form", { name: /Déposer le scan signé pour/ });
  await depot
    .getByLabel(label("Scan du document signé"))
    .setInputFiles({ name: "scan.png", mimeType: "image/png", buffer: Buffer.from("pas un pdf") });
  await depot.getByLabel(label("Date de la signature")).fill("2024-09-01");
  await depot.getByRole("button", { name: "Enregistrer le scan" }).click();
  await expect(panneau.getByRole("alert")).toContainText("« scan.png » n'est pas un PDF");
  // The file field speaks French whatever the browser: its limit, its button, the file chosen.
  await expect(depot).toContainText("PDF, 20 Mo au plus.");
  await expect(depot).toContainText("Choisir un fichier");
  await expect(depot).toContainText("scan.png (1 Ko)");
  // A scan of 40 Mo is refused at once, before anything is sent; the server refuses it on its size too.
  let envois = 0;
  admin.on("request", (r) => void (r.url().includes("/televersement/scan") && envois++));
  const quarante = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(40 * 1024 * 1024)]);
  await depot
    .getByLabel(label("Scan du document signé"))
    .setInputFiles({ name: "scan-40.pdf", mimeType: "application/pdf", buffer: quarante });
  await expect(depot).toContainText("Le fichier fait 40 Mo : 20 Mo au plus.");
  await depot.getByRole("button", { name: "Enregistrer le scan" }).click();
  await expect(depot).toContainText("Le fichier fait 40 Mo : 20 Mo au plus.");
  expect(envois).toBe(0);
  const refus = await admin.request.post("/televersement/scan", {
    multipart: { scan: { name: "scan-40.pdf", mimeType: "application/pdf", buffer: quarante }, conventionId: id },
  });
  expect(refus.status()).toBe(413);
  expect(await refus.json()).toMatchObject({ ok: false, code: "FICHIER_TROP_GROS", message: expect.stringContaining("20 Mo au plus") });
  // The document as sent to signature, printed, signed and scanned at 15 Mo (a paper scan): same pages.
  const imprime = Buffer.from(await (await admin.request.get(`${chemin}/pdf`)).body());
  const scan = await PDF.load(new Uint8Array(imprime));
  scan.addAttachment("numerisation.bin", new Uint8Array(randomBytes(15 * 1024 * 1024)));
  const quinze = Buffer.from(await scan.save());
  expect(quinze.length).toBeGreaterThan(15 * 1024 * 1024);
  await depot.getByLabel(label("Scan du document signé")).setInputFiles({
    name: "convention-signee-menj.pdf",
    mimeType: "application/pdf",
    buffer: quinze,
  });
  await depot.getByRole("button", { name: "Enregistrer le scan" }).click();
  // Dated on paper before the version was sent to signature: said, and confirmed with a reason.
  await expect(depot.getByRole("alert")).toContainText("La date du 01/09/2024 précède l'envoi à la signature de cette version");
  await depot.getByLabel(label("Pourquoi cette date")).fill("Convention signée sur papier le 1er septembre 2024, déposée après coup.");
  await depot.getByRole("button", { name: "Confirmer la date et enregistrer le scan" }).click();
  // the server checks the scan (pages, fingerprint) before answering: slow on a loaded machine
  await expect(panneau.getByRole("status")).toContainText("Signature de", { timeout: 45_000 });
  await expect(admin.getByRole("region", { name: /^Étape/ })).toContainText("Signée par une partie");
  await expect(panneau.getByTestId("etape-signature").nth(0)).toContainText("Signature manuscrite numérisée (scan)");
  await expectAccessible(admin);

  // Now the DINUM's turn: its signatory signs in the app.
  await dinum.reload();
  await panneauDinum.getByLabel(label("Votre mot de passe")).fill(DEMO_PASSWORD);
  await panneauDinum.getByRole("button", { name: "Signer dans l'application" }).click();
  await expect(panneauDinum.getByRole("status")).toContainText("le document est signé par toutes les parties");

  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-signature-"));
  const [signe] = await Promise.all([dinum.waitForEvent("download"), dinum.getByRole("button", { name: "Télécharger le PDF" }).click()]);
  expect(signe.suggestedFilename()).toMatch(/_signe\.pdf$/);
  const fichierSigne = path.join(dossier, "signe.pdf");
  await signe.saveAs(fichierSigne);
  const rapport = pdfsig(fichierSigne);
  expect(rapport.match(/Signature is Valid/g)).toHaveLength(1);
  expect(rapport).toContain("Signer Certificate Common Name: Morgane Signataire (DINUM)");
  const [certificat] = await Promise.all([
    dinum.waitForEvent("download"),
    panneauDinum.getByRole("button", { name: "Télécharger le certificat de signature (PDF)" }).click(),
  ]);
  const fichierCertificat = path.join(dossier, "certificat.pdf");
  await certificat.saveAs(fichierCertificat);
  const texte = execFileSync("pdftotext", [fichierCertificat, "-"], { encoding: "utf8" });
  expect(texte).toContain("Certificat de signature");
  expect(texte).toContain("Signature manuscrite numérisée (scan)");
  expect(texte).toContain("Réauthentification : mot de passe");

  // Verify: the signed file is recognised; one changed byte is not, and its signature no longer holds.
  await dinum.getByRole("link", { name: "Vérifier un PDF" }).click();
  await dinum.getByLabel(label("PDF à vérifier")).setInputFiles(fichierSigne);
  await dinum.getByRole("button", { name: "Vérifier", exact: true }).click();
  const resultat = dinum.getByRole("region", { name: /Résultat pour/ });
  await expect(resultat).toContainText("Ce fichier est un PDF signé par l'application");
  await expect(resultat).toContainText("1 signature, toutes intactes.");
  await expect(resultat).toContainText(/le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(heure de Paris\)/); // not pdfsig's English UTC
  const octets = fs.readFileSync(fichierSigne);
  octets[Math.floor(octets.length / 3)] = octets[Math.floor(octets.length / 3)]! ^ 0x01;
  await dinum.getByLabel(label("PDF à vérifier")).setInputFiles({ name: "falsifie.pdf", mimeType: "application/pdf", buffer: octets });
  await dinum.getByRole("button", { name: "Vérifier", exact: true }).click();
  await expect(resultat).toContainText("Ce fichier ne correspond à aucune version figée ou signée par l'application");
  await expect(resultat).toContainText("altérée");
  await expectAccessible(dinum);

  // The history has each step.
  await dinum.goto(`${chemin}/historique`);
  await expect(dinum.getByRole("table")).toContainText("Signature");
  for (const page of [admin, dinum]) await page.context().close();
});
