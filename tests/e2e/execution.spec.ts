import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { demoUser, expect, expectAccessible, fixture, label, connecte, test } from "./helpers";

// DINUM finance follows a signed convention: it imports the credits made available (xlsx) and the
// commitments (CSV in Windows-1252) from CHORUS, sees each file previewed, errors first, and the
// schedule against what was really made available and committed.
test("a finance user imports CHORUS extracts for a signed convention and sees schedule against actual", async ({ page }) => {
  test.setTimeout(120_000);
  const { id, reference } = await fixture("signed-convention"); // shaped like seed 003: UO 0214-CEN2-INFO, 2024–2025
  await connecte(page, demoUser("RELECTEUR_FINANCIER").email, `/conventions/${id}`);
  await page.getByRole("link", { name: "Exécution financière" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Exécution financière de la convention");
  const importer = page.getByRole("form", { name: "Importer un extrait CHORUS" });
  // Signed long ago, nothing made available: said, with what to do.
  await expect(page.getByTestId("alerte-execution").first()).toContainText("Aucun crédit mis à disposition");

  // Credits made available, in xlsx.
  const classeur = new ExcelJS.Workbook();
  const feuille = classeur.addWorksheet("MAD");
  feuille.addRow(["Date de mise à disposition", "Centre financier", "AE", "CP"]);
  feuille.addRow([new Date(Date.UTC(2024, 9, 2)), "0214-CEN2-INFO", 120000, 10000]);
  await importer.getByLabel(label("Extrait CHORUS")).setInputFiles({
    name: "mises-a-disposition.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await classeur.xlsx.writeBuffer()),
  });
  await importer.getByRole("button", { name: "Voir l'aperçu" }).click();
  const apercu = page.getByRole("region", { name: "Aperçu de « mises-a-disposition.xlsx »" });
  await expect(apercu).toContainText("mises à disposition de crédits, 1 ligne lue");
  await expectAccessible(page);
  await apercu.getByRole("button", { name: "Importer 1 ligne" }).click();
  await expect(page.getByRole("status").filter({ hasText: "importée" })).toContainText(
    "1 ligne de mises à disposition de crédits importée",
  );

  // Commitments, a CSV saved by Excel (Windows-1252): an error first, said at its line.
  const entetes =
    "Exercice comptable;Centre financier;N° EJ;N° poste EJ;Fournisseur;Montant;Type de montant;Type de montant.1;Date comptable";
  const csv = (montant: string) =>
    iconv.encode(
      `${entetes}\r\n2024;0214-CEN2-INFO;1300012345;1;Société Générale d'Équipement;${montant};EUR;100;15/10/2024\r\n`,
      "win1252",
    );
  await importer.getByLabel(label("Extrait CHORUS")).setInputFiles({ name: "ej.csv", mimeType: "text/csv", buffer: csv("80 000 euros") });
  await importer.getByRole("button", { name: "Voir l'aperçu" }).click();
  const apercuEj = page.getByRole("region", { name: "Aperçu de « ej.csv »" });
  await expect(apercuEj.getByRole("alert")).toContainText("1 erreur : rien ne sera importé");
  await expect(apercuEj.getByRole("table", { name: "Erreurs, ligne par ligne" })).toContainText("« 80 000 euros »");
  await expect(apercuEj.getByRole("button", { name: /^Importer/ })).toHaveCount(0);
  await importer.getByLabel(label("Extrait CHORUS")).setInputFiles({ name: "ej.csv", mimeType: "text/csv", buffer: csv("80 000,00") });
  await importer.getByRole("button", { name: "Voir l'aperçu" }).click();
  await apercuEj.getByRole("button", { name: "Importer 1 ligne" }).click();
  await expect(page.getByRole("status").filter({ hasText: "importée" })).toContainText("1 ligne d'engagements juridiques (EJ) importée");

  // Schedule against actual, and the commitment with its supplier read in Windows-1252.
  const synthese = page.getByRole("table", { name: "Échéancier et exécution, par année" });
  await expect(synthese.getByRole("row", { name: /^2024/ })).toContainText(
    /120\s000,00\s€.*120\s000,00\s€.*80\s000,00\s€.*40\s000,00\s€.*10\s000,00\s€.*10\s000,00\s€/, // AE, then CP
  );
  await expect(page.getByRole("table", { name: "Engagements juridiques (EJ)" })).toContainText("Société Générale d'Équipement");
  await expect(page.getByRole("table", { name: "Fichiers importés" })).toContainText("ej.csv");
  await expect(page.getByTestId("alerte-execution")).toHaveCount(0);

  // A second commitments file takes the commitments above the AE made available and the ceiling.
  const second = iconv.encode(`${entetes}\r\n2024;0214-CEN2-INFO;1300012399;1;Prestataire B;50 000,00;EUR;100;20/10/2024\r\n`, "win1252");
  await importer.getByLabel(label("Extrait CHORUS")).setInputFiles({ name: "ej-2.csv", mimeType: "text/csv", buffer: second });
  await importer.getByRole("button", { name: "Voir l'aperçu" }).click();
  await page.getByRole("region", { name: "Aperçu de « ej-2.csv »" }).getByRole("button", { name: "Importer 1 ligne" }).click();
  const alertes = page.getByTestId("alerte-execution");
  await expect(alertes.filter({ hasText: "dépassent les AE mises à disposition" })).toContainText(/de 10\s000,00\s€/);
  await expect(alertes.filter({ hasText: "dépassent le plafond d'AE" })).toContainText("Un avenant doit relever le plafond");

  // A payment entered by hand (no extract at hand): checked against its EJ at the field, shown with
  // who entered it, then removed (confirmed first).
  const saisie = page.getByRole("form", { name: "Saisir une ligne à la main" });
  await saisie.getByText("Demande de paiement (DP)").click();
  await saisie.getByLabel(label("Date")).fill("2024-11-05");
  await saisie.getByLabel(label("N° DP")).fill("2000099999");
  await saisie.getByLabel(label("EJ payé")).selectOption("1300012345");
  await saisie.getByLabel(label("Montant payé")).fill("90 000");
  await saisie.getByRole("button", { name: "Enregistrer la ligne" }).click();
  await expect(saisie.getByRole("alert")).toContainText("au-delà de son montant engagé");
  await expect(saisie.getByLabel(label("Montant payé"))).toHaveAccessibleDescription(/Au plus 80\s000,00\s€/);
  await saisie.getByLabel(label("Montant payé")).fill("5 000");
  await saisie.getByRole("button", { name: "Enregistrer la ligne" }).click();
  await expect(saisie.getByRole("status")).toContainText("La ligne est enregistrée");
  const paiements = page.getByRole("table", { name: "Demandes de paiement (DP)" });
  await expect(paiements.getByRole("row", { name: /2000099999/ })).toContainText(/5\s000,00\s€.*Saisie par/);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/captures/execution.png", fullPage: true });
  await paiements.getByRole("button", { name: /^Supprimer/ }).click();
  await paiements.getByRole("button", { name: /^Confirmer la suppression/ }).click();
  await expect(paiements).toContainText("Aucun paiement.");

  // Each table exports: the commitments in XLSX, amounts as numbers in euros.
  const [ejXlsx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Exporter en XLSX : Engagements juridiques (EJ)" }).click(),
  ]);
  const luEj = new ExcelJS.Workbook();
  await luEj.xlsx.readFile(await ejXlsx.path());
  const ejs = luEj.worksheets[0]!;
  expect(ejs.getRow(1).values).toEqual([undefined, "N° EJ", "Premier mouvement", "Fournisseur", "Montant engagé", "Payé", "Reste à payer"]);
  expect(ejs.getRow(2).getCell(2).value).toEqual(new Date("2024-10-15T00:00:00Z"));
  expect(ejs.getRow(2).getCell(4).value).toBe(80000);
  expect(ejs.getRow(2).getCell(4).numFmt).toContain("€");

  // The end-of-convention report, ready to send: its text checked with pdftotext.
  const [rapport] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Télécharger le compte rendu de gestion (PDF)" }).click(),
  ]);
  expect(rapport.suggestedFilename()).toBe(`compte-rendu-de-gestion_${reference}.pdf`);
  const texteRapport = execFileSync("pdftotext", ["-layout", await rapport.path(), "-"], { encoding: "utf8" }).replace(
    /[\s\u00a0\u202f]+/g,
    " ",
  );
  for (const attendu of [
    "Compte rendu de gestion",
    reference,
    "1300012345",
    "Société Générale",
    "Total 120 000,00 € 120 000,00 € 130 000,00 €",
  ])
    expect(texteRapport).toContain(attendu);

  // The dashboard across conventions: this one among those of its UO, and the XLSX export has
  // numbers (in euros), not text.
  await page.getByRole("link", { name: "Suivi financier" }).click();
  await page.getByLabel(label("De")).fill("2024");
  await page.getByLabel(label("À")).fill("2025");
  await page.getByLabel(label("Centre financier (UO)")).fill("0214-cen2-info"); // (any case)
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/uo=0214-cen2-info/);
  await expect(page.getByLabel(label("Centre financier (UO)"))).toHaveValue("0214-CEN2-INFO");
  const ligne = page.getByRole("table", { name: /^Par convention/ }).getByRole("row", { name: new RegExp(reference) });
  // (A database kept across runs holds many conventions of this UO: 50 a page, by reference.)
  for (let n = 2; n < 20 && (await ligne.count()) === 0; n++) {
    await page.getByRole("link", { name: "Page suivante" }).first().click();
    await expect(page).toHaveURL(new RegExp(`page=${n}`));
  }
  await expect(ligne).toContainText(/130\s000,00\s€/);
  await expect(ligne.getByRole("link", { name: "2 alertes" })).toHaveAttribute("href", `/conventions/${id}/execution#titre-alertes`);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/captures/finances.png", fullPage: true });
  const [telechargement] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter en XLSX" }).click()]);
  expect(telechargement.suggestedFilename()).toBe("suivi-financier_2024-2025.xlsx");
  const lu = new ExcelJS.Workbook();
  await lu.xlsx.readFile(await telechargement.path());
  const feuilleExport = lu.getWorksheet("Par convention")!;
  const colonneEngagees = (feuilleExport.getRow(1).values as unknown[]).indexOf("AE engagées");
  expect(colonneEngagees).toBeGreaterThan(0);
  let trouvee = false;
  feuilleExport.eachRow((row) => {
    if (row.getCell(1).value !== reference) return;
    trouvee = true;
    const engagees = row.getCell(colonneEngagees);
    expect(engagees.value).toBe(130000);
    expect(engagees.numFmt).toContain("€");
  });
  expect(trouvee).toBe(true);
});

// Before every party has signed, nothing is executed: the page says so instead of offering an
// import or an entry, and raises no alert.
test("a convention not yet signed offers no import nor entry, and says why", async ({ page }) => {
  const { id } = await fixture("draft-convention");
  await connecte(page, demoUser("RELECTEUR_FINANCIER").email, `/conventions/${id}/execution`);
  await expect(page.getByText(/n'est pas encore signée par toutes les parties \(« Brouillon »\)/)).toBeVisible();
  await expect(page.getByRole("form", { name: "Importer un extrait CHORUS" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Saisir une ligne à la main" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Alertes (0)" })).toBeVisible();
  await expectAccessible(page);
});
