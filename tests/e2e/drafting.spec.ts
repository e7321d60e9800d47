import type { Page } from "@playwright/test";
import { convention2024Webinaire as seed } from "../../prisma/seed/index";
import { demoUser, expect, expectAccessible, expectConventionShown, label, connecte, test, unique } from "./helpers";

test.beforeEach(async ({ page }) => {
  await connecte(page, demoUser("REDACTEUR").email);
});

const ORGS: Record<string, string> = {
  DNE: "DNE — Direction du numérique pour l'éducation",
  DINUM: "DINUM — Direction interministérielle du numérique",
};

async function fillConvention003(page: Page, reference: string) {
  await page.getByLabel("Nature", { exact: true }).selectOption({ label: "Convention de délégation de gestion" });
  await page.getByLabel(label("Référence")).fill(reference);
  await page.getByLabel(label("Titre imprimé")).fill(seed.titre);
  await page.getByLabel(label("Intitulé court")).fill(seed.intitule);
  await page.getByLabel(label("Service rédacteur")).selectOption({ label: ORGS.DNE });
  await page.getByLabel(label("Date de la convention")).fill(seed.dateConvention!);
  await page.getByLabel(label("Objet : la mission confiée au délégataire")).fill(seed.objet);

  for (const [i, p] of seed.parties.entries()) {
    await page.getByLabel(label(`Partie ${i + 1} : rôle`)).selectOption(p.role);
    const block = page.locator("fieldset:has(#legend-parties) .fr-p-2w").nth(i);
    await block.getByLabel(label("Organisation (référentiel)")).selectOption({ label: ORGS[p.organisation]! });
    await block.getByLabel(label("Désignation imprimée")).fill(p.libelle);
    await block.getByLabel(label("Adresse")).fill(p.adresse ?? "");
    await block.getByLabel(label("Représenté(e) par")).fill(p.representantNom ?? "");
    await block.getByLabel(label("Qualité du représentant")).fill(p.qualite ?? "");
    await block.getByLabel(label("Ci-après dénommé(e)")).fill(p.denominations.join("\n"));
  }

  for (const [i, b] of seed.basesLegales.entries()) {
    await page.getByRole("button", { name: "Ajouter un visa" }).click();
    await page.getByLabel(label(`Visa ${i + 1}`)).fill(b.texte);
  }
  await page.locator("fieldset:has(#legend-preambule)").getByLabel(label("Titre")).fill(seed.titrePreambule!);
  await page.getByLabel(label("Formule d'accord")).fill(seed.formuleAccord!);
  await page.getByLabel(label("Texte du préambule")).fill(seed.preambule!);

  await page.getByLabel(label("Plafond AE (€)")).fill("120 000");
  await page.getByLabel(label("Plafond CP (€)")).fill("120 000");
  // The schedule is pasted as copied from a spreadsheet.
  await page.getByRole("button", { name: "Ajouter une année" }).click();
  await page.getByLabel(label("Année, ligne 1")).focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "Année\tAE\tCP\n2024\t120 000 €\t10 000 €\n2025\t\t110 000 €\n");
    document.querySelector("table")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  });
  // What was understood is shown first; nothing changes until asked.
  await expect(page.getByRole("region", { name: "Lignes lues dans le tableau collé" }).locator("tbody tr")).toHaveCount(2);
  await page.getByRole("button", { name: "Remplacer l'échéancier par ces 2 lignes" }).click();
  await expect(page.getByTestId("total-ae")).toHaveText(/120\s000\s€/);
  await expect(page.getByTestId("total-cp")).toHaveText(/120\s000\s€/);
  await expect(page.getByTestId("ecart-ae")).toHaveText(/plafond atteint/);

  for (const [name, value] of Object.entries(seed.imputation!)) {
    const labels: Record<string, string> = {
      programme: "Code programme",
      comptableAssignataire: "Code du comptable assignataire",
      domaineFonctionnel: "Domaine fonctionnel",
      centreFinancier: "Centre financier",
      activite: "Activité",
      centreDeCouts: "Centre de coûts",
      comptableLibelle: "Comptable assignataire (en toutes lettres)",
      lignesImprimees: "Tableau tel qu'imprimé dans le document (facultatif)",
    };
    await page.locator("fieldset:has(#legend-imputation)").getByLabel(label(labels[name]!)).fill(value);
  }

  // DSFR draws its own radio buttons: the label is what a person clicks.
  await page.locator("label", { hasText: "la notification" }).click();
  await page.locator("label", { hasText: "le règlement total des opérations" }).click();
  await page.getByLabel(label("Date de fin par défaut")).fill(seed.dateFin!);
  await page.getByLabel(label("Préavis de résiliation (mois)")).fill("3");

  for (const [i, a] of seed.articles.entries()) {
    await page.getByRole("button", { name: "Ajouter un article" }).click();
    const article = page.getByRole("region", { name: `Article ${i + 1}`, exact: true });
    await article.getByLabel(label("Numéro")).fill(a.numero);
    await article.getByLabel(label("Titre")).fill(a.titre);
    await article.getByLabel(label(`Texte de l'article ${i + 1}`)).fill(a.corps);
  }
  for (const [i, s] of seed.signatures.entries()) {
    await page.getByRole("button", { name: "Ajouter un bloc de signature" }).click();
    const row = page.locator("fieldset:has(#legend-signatures) .fr-grid-row").nth(i);
    await row.getByLabel(label("Partie")).selectOption(String(s.partie));
    await row.getByLabel(label("Mention")).fill(s.mention);
    await row.getByLabel(label("Signataire")).fill(s.signataireNom ?? "");
    await row.getByLabel(label("Qualité")).fill(s.qualite ?? "");
    await row.getByLabel(label("Fondement du pouvoir de signer")).selectOption({ label: "Titulaire de la fonction (nomination)" });
  }
}

test("a drafter rebuilds seed 003 from scratch and the detail page matches the seed", async ({ page }) => {
  test.setTimeout(180_000);
  await page.getByRole("link", { name: "Nouvelle convention" }).click();
  await page.getByRole("link", { name: "partir plutôt d'une convention vierge" }).click();
  await expect(page).toHaveURL(/modele=vierge/);
  await fillConvention003(page, unique("E2E-REFAITE"));
  await expect(page.locator("aside")).toContainText("Aucune incohérence détectée");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(/\/conventions\/(?!nouvelle)[a-z0-9]+$/);
  await expectConventionShown(page, seed);
  await expect(page.locator("#controles")).toContainText("Aucune incohérence détectée");
});

test("bad input is explained at the field and nothing is lost", async ({ page }) => {
  await page.goto("/conventions/nouvelle?modele=vierge");
  await page.getByLabel(label("Intitulé court")).fill("Brouillon à corriger");
  await page.getByLabel(label("Plafond AE (€)")).fill("-12,345");
  await page.getByRole("button", { name: "Ajouter une année" }).click();
  await page.getByLabel(label("Année, ligne 1")).fill("1999");
  await page.getByLabel(label("Partie 1 : rôle")).selectOption("PARTENAIRE");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enregistrement impossible" })).toBeVisible();
  await expect(page.getByText("Un montant a au plus deux décimales (centimes).")).toBeVisible();
  await expect(page.getByText("L'année doit être comprise entre 2000 et 2100.")).toBeVisible();
  await expect(
    page
      .locator("fieldset:has(#legend-parties)")
      .getByText("Une délégation de gestion a au moins un délégant (décret n° 2004-1085, art. 1)."),
  ).toHaveCount(1);
  await expect(page.getByLabel(label("Intitulé court"))).toHaveValue("Brouillon à corriger");
});

test("the second of two people saving the same draft is refused, and keeps what they typed", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto("/conventions/nouvelle");
  await page.getByLabel(label("Référence")).fill(unique("E2E-CONFLIT"));
  await page.getByLabel(label("Intitulé court")).fill("Brouillon partagé");
  await page.getByLabel(label("Objet : la mission confiée au délégataire")).fill("la continuité du service.");
  for (const [i, org] of ["DNE", "DINUM"].entries()) {
    await page
      .locator("fieldset:has(#legend-parties) .fr-p-2w")
      .nth(i)
      .getByLabel(label("Organisation (référentiel)"))
      .selectOption({ label: ORGS[org]! });
  }
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(/\/conventions\/(?!nouvelle)[a-z0-9]+$/);
  const url = page.url();

  const other = await browser.newPage({ baseURL });
  await connecte(other, demoUser("REDACTEUR").email, `${url}/modifier`);
  await page.goto(`${url}/modifier`);

  await other.getByLabel(label("Intitulé court")).fill("Version de l'autre rédacteur");
  await other.getByRole("button", { name: "Enregistrer" }).click();
  await expect(other).toHaveURL(new RegExp(`${url}$`));

  await page.getByLabel(label("Intitulé court")).fill("Ma version");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "modifié par quelqu'un d'autre" })).toBeVisible();
  await expect(page.getByLabel(label("Intitulé court"))).toHaveValue("Ma version");
  await other.close();
});

test("leaving a form with unsaved changes asks first", async ({ page }) => {
  await page.goto("/conventions/nouvelle");
  await page.getByLabel(label("Intitulé court")).fill("Travail en cours");
  const dialog = new Promise<string>((resolve) => page.once("dialog", (d) => (resolve(d.type()), void d.dismiss())));
  await page.close({ runBeforeUnload: true });
  expect(await dialog).toBe("beforeunload");
});

test("the referential shows successions and takes a new person", async ({ page }) => {
  await page.getByRole("link", { name: "Référentiel", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Référentiel" })).toBeVisible();
  await expect(page.getByRole("row", { name: /DINSIC/ })).toContainText(/DINUM le 25.octobre 2019/);
  const nom = unique("Testeuse");
  await page.getByLabel(label("Prénom")).fill("Jeanne");
  await page.getByLabel(label("Nom")).fill(nom);
  await page.getByRole("button", { name: "Ajouter la personne" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Jeanne ${nom} a été ajouté(e) au référentiel.` })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Personnes", exact: true }).getByRole("row", { name: new RegExp(`Jeanne ${nom}`) }),
  ).toBeVisible();
  await expectAccessible(page);
});

test("a finding shows live next to the field it concerns", async ({ page }) => {
  await page.goto("/conventions/nouvelle?modele=vierge");
  await page.getByRole("button", { name: "Ajouter une année" }).click();
  await page.getByLabel(label("Année, ligne 1")).fill("2024");
  await page.getByLabel(label("AE 2024")).fill("10 000");
  await page.getByLabel(label("CP 2024")).fill("20 000");
  const finances = page.locator("fieldset:has(#legend-finances)");
  await expect(finances.getByRole("status").filter({ hasText: "Fin 2024, les CP cumulés" })).toContainText(
    /20.000.€\) dépassent les AE cumulées \(10.000.€\)/,
  );
  await page.getByLabel(label("AE 2024")).fill("20 000");
  await expect(finances.getByRole("status").filter({ hasText: "Fin 2024, les CP cumulés" })).toHaveCount(0);
});

test("a pasted table is shown as understood, with the cells it could not read, applied only when asked, and undoable", async ({ page }) => {
  await page.goto("/conventions/nouvelle?modele=vierge");
  await page.getByRole("button", { name: "Ajouter une année" }).click();
  await page.getByLabel(label("Année, ligne 1")).fill("2024");
  await page.getByLabel(label("AE 2024")).fill("5 000");
  const paste = (text: string) =>
    page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData("text/plain", t);
      document.querySelector("table")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    }, text);
  // An empty last cell, a 2-column row among 3-column ones, a column too many, an unreadable amount.
  await paste("2026\t120 000,00 €\t\n2027\t10 000\t5 000\tnote\n30 000\t12.000\n");
  const lues = page.getByRole("region", { name: "Lignes lues dans le tableau collé" }).locator("tbody tr");
  await expect(lues).toHaveCount(3);
  await expect(lues.nth(0)).toContainText(/2026\s*120 000,00 €\s*0/);
  await expect(lues.nth(1)).toContainText("Colonne en trop ignorée : note.");
  await expect(lues.nth(2)).toContainText("Année déduite : 2028.");
  await expect(lues.nth(2)).toContainText("Le point n'est pas un séparateur de milliers ici");
  await expect(page.getByLabel(label("AE 2024"))).toHaveValue("5 000"); // nothing changed yet
  await expectAccessible(page);

  await page.getByRole("button", { name: "Ne pas coller" }).click();
  await expect(lues).toHaveCount(0);
  await expect(page.getByLabel(label("AE 2024"))).toHaveValue("5 000");

  await paste("2026\t120 000,00 €\t\n2027\t10 000\t5 000\tnote\n30 000\t12.000\n");
  await page.getByRole("button", { name: "Remplacer l'échéancier par ces 3 lignes" }).click();
  await expect(page.getByLabel(label("AE 2026"))).toHaveValue("120 000,00 €");
  await expect(page.getByLabel(label("CP 2026"))).toHaveValue("");
  await expect(page.getByLabel(label("CP 2028"))).toHaveValue("12.000");
  await expect(page.getByTestId("total-cp")).toHaveText("—"); // an unreadable cell: no total pretending to be 0 €
  await page.getByRole("button", { name: "Rétablir l'échéancier d'avant le collage" }).click();
  await expect(page.getByLabel(label("AE 2024"))).toHaveValue("5 000");
  await expect(page.getByLabel(label("Année, ligne 2"))).toHaveCount(0);
});

test("rows typed out of order are summed in year order: no running total in red that the checks do not flag", async ({ page }) => {
  await page.goto("/conventions/nouvelle?modele=vierge");
  for (const [i, [annee, ae, cp]] of [
    ["2025", "0", "50 000"],
    ["2024", "100 000", "0"],
  ].entries()) {
    await page.getByRole("button", { name: "Ajouter une année" }).click();
    await page.getByLabel(label(`Année, ligne ${i + 1}`)).fill(annee!);
    await page.getByLabel(label(`AE ${annee}`)).fill(ae!);
    await page.getByLabel(label(`CP ${annee}`)).fill(cp!);
  }
  const schedule = page.getByRole("region", { name: "Échéancier AE / CP" });
  // Fin 2025: 100 000 € of AE and 50 000 € of CP so far, whatever the order typed.
  await expect(schedule.getByRole("row").filter({ hasText: "Retirer l'année 2025" })).toContainText(/100.000.€\s*50.000.€/);
  await expect(schedule.getByText("dépasse les AE cumulées")).toHaveCount(0);
  await expect(page.locator("fieldset:has(#legend-finances)").getByRole("status").filter({ hasText: "les CP cumulés" })).toHaveCount(0);
  await expect(page.getByTestId("total-cp")).toHaveText(/50.000.€/);
});

test("the DINUM model's articles are written from the fields: amounts in words, UO, end date", async ({ page }) => {
  await page.goto("/conventions/nouvelle");
  await page.getByLabel(label("Plafond AE (€)")).fill("354 750");
  await page.getByLabel(label("Plafond CP (€)")).fill("354 750");
  await page.locator("fieldset:has(#legend-imputation)").getByLabel(label("Centre financier")).fill("0214-CEN2-INFO");
  await page.getByLabel(label("Date de fin")).fill("2026-12-31");
  // A start the text states: « à compter du 1er mars 2026 ».
  await page.locator("fieldset:has(#legend-duree)").getByText("une date stipulée").click();
  await page.getByLabel(label("Date d'effet stipulée")).fill("2026-03-01");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Remplir les articles du modèle DINUM à partir des champs" }).click();
  const financier = page.getByRole("region", { name: "Article 6", exact: true }).getByLabel(label("Texte de l'article 6"));
  await expect(financier).toHaveValue(/trois cent cinquante-quatre mille sept cent cinquante euros \(354.750.€\)/);
  await expect(financier).toHaveValue(/sur l'UO 0214-CEN2-INFO/);
  await expect(page.getByRole("region", { name: "Article 8", exact: true }).getByLabel(label("Texte de l'article 8"))).toHaveValue(
    /prend effet à compter du 1er.mars 2026\. Elle est conclue jusqu'au 31.décembre 2026/,
  );
  // The imputation table typed as the document prints it: a code it does not show is pointed out, at the field.
  const imprime = page
    .locator("fieldset:has(#legend-imputation)")
    .getByLabel(label("Tableau tel qu'imprimé dans le document (facultatif)"));
  await imprime.fill("Code programme | P 214 _ BOP SAAM\nCentre financier | 0214-CEN2-INF");
  await expect(page.locator("fieldset:has(#legend-imputation)")).toContainText(
    "Centre financier « 0214-CEN2-INFO » n'apparaît pas dans le tableau tel qu'imprimé",
  );
  await imprime.fill("Code programme | P 214 _ BOP SAAM\nCentre financier | 0214-CEN2-INFO");
  await expect(page.locator("fieldset:has(#legend-imputation)")).not.toContainText("n'apparaît pas dans le tableau tel qu'imprimé");
});

test("the referential edits a person, and its history says what changed", async ({ page }) => {
  const nom = unique("Modifiee");
  await page.goto("/referentiel");
  await page.getByLabel(label("Prénom")).first().fill("Maëlle");
  await page.getByLabel(label("Nom")).first().fill(nom);
  await page.getByLabel(label("Qualité")).first().fill("Cheffe de projet");
  await page.getByRole("button", { name: "Ajouter la personne" }).click();
  const personnes = page.getByRole("region", { name: "Personnes", exact: true });
  await expect(personnes.getByRole("row", { name: new RegExp(`Maëlle ${nom}`) })).toBeVisible();

  await page.getByLabel("Personne à modifier").selectOption({ label: `Maëlle ${nom}` });
  const form = page.locator("form[aria-labelledby='titre-modifier-personne']");
  await expect(form.getByLabel(label("Qualité"))).toHaveValue("Cheffe de projet");
  await form.getByLabel(label("Qualité")).fill("Directrice de projet");
  await form.getByRole("button", { name: "Enregistrer la personne" }).click();
  await expect(form.getByRole("status")).toHaveText("La personne a été modifiée.");
  await expect(personnes.getByRole("row", { name: new RegExp(`Maëlle ${nom}`) })).toContainText("Directrice de projet");
  const historique = page.getByRole("region", { name: "Historique des modifications du référentiel" });
  await expect(historique.getByRole("row", { name: new RegExp(`Personne modifiée : Maëlle ${nom}`) })).toContainText(
    "qualité : Cheffe de projet → Directrice de projet",
  );
  await page.screenshot({ path: "test-results/captures/referentiel-modification.png", fullPage: true });
  await expectAccessible(page);
});
