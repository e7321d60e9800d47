import { execFileSync } from "node:child_process";
import {
  approuverTout,
  DEMO_PASSWORD,
  demoUser,
  etape,
  expect,
  expectAccessible,
  fixture,
  label,
  connecte,
  test,
  validerPourSignature,
} from "./helpers";

test("an avenant to a convention like seed 003 extends it by a year and moves 20 000 € of CP; once signed, the consolidated view shows it", async ({
  page,
}) => {
  test.setTimeout(240_000);
  // Its own signed convention, shaped like seed 003: the demo seeds are never modified.
  const convention = await fixture("signed-convention");
  await connecte(page, demoUser("REDACTEUR").email, `/conventions?q=${convention.reference}`);
  await page.getByRole("link", { name: convention.reference }).click();
  await page.getByRole("link", { name: "Créer l'avenant n° 1" }).click();

  await page.getByLabel(label("Contexte")).fill("Le service est maintenu en 2026 ; une partie des paiements glisse sur 2026.");
  // Its own legal bases, started from the convention's and the convention itself; checked while typing.
  const visas = page.getByRole("group", { name: "Bases légales (« Vu … »)" });
  await expect(visas.getByRole("textbox").last()).toHaveValue(/^la convention de délégation de gestion du 1er.septembre 2024/);
  await page.getByRole("button", { name: "Ajouter un visa" }).click();
  const nouveauVisa = visas.getByRole("textbox").last();
  await nouveauVisa.fill("le décret n° 2004-1058 du 14 octobre 2004 relatif à la délégation de gestion");
  const controles = page.getByRole("region", { name: "Contrôles de cohérence" });
  const typo = "Avenant n° 1 : « décret n° 2004-1058 » ne correspond à aucun texte du référentiel : s'agit-il du n° 2004-1085 ?";
  await expect(controles).toContainText(typo);
  await expect(visas).toContainText(typo); // next to the field too
  await nouveauVisa.fill("le décret n° 2019-1088 du 25 octobre 2019 relatif au système d'information et de communication de l'État");
  await expect(controles).not.toContainText("2004-1058");
  // The parties as named at its date: the DINUM has a new director, who signs.
  const parties = page.getByRole("group", { name: /Parties à la date de l'avenant/ });
  await expect(parties).toContainText("Partie 2 — délégataire : DINUM");
  await page.getByLabel(label("Partie 2 : représentée par")).fill("Camille Nouvelle");
  await page.getByLabel(label("Partie 2 : qualité du représentant")).fill("directrice interministérielle du numérique par intérim");
  // A role written against the one of the party is an error, shown at the party.
  await page.getByLabel(label("Partie 2 : mention du rôle (facultatif)")).fill("délégant, d'autre part");
  await expect(parties).toContainText("« La Direction Interministérielle du Numérique (DINUM) » est dite « délégant » dans le texte");
  await page.getByLabel(label("Partie 2 : mention du rôle (facultatif)")).fill("délégataire, d'autre part");
  await expect(parties).not.toContainText("est dite « délégant »");
  const blocs = page.getByRole("group", { name: "Blocs de signature" });
  await blocs.getByLabel(label("Signataire")).nth(1).fill("Camille Nouvelle");
  await blocs.getByLabel(label("Mention")).nth(1).fill("Pour la DINUM, la directrice par intérim");
  await page.locator("label", { hasText: "Prolonger la convention" }).click();
  // The checks run while typing: an « extension » that ends before the current end is an error.
  await page.getByLabel(label("Nouvelle date de fin")).fill("2025-06-30");
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
  const texte = page.getByRole("article", { name: "Texte de l'avenant" });
  await expect(texte.getByTestId("partie").nth(1)).toContainText(
    "Représentée par Camille Nouvelle, directrice interministérielle du numérique par intérim",
  );
  await expect(texte.getByRole("region", { name: "Bases légales" })).toContainText("Vu le décret n° 2019-1088 du 25 octobre 2019");
  await expect(texte.getByRole("region", { name: "Signatures" })).toContainText("Pour la DINUM, la directrice par intérim");
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
  await connecte(page, demoUser("RELECTEUR_FINANCIER").email, avenantUrl);
  await approuverTout(page);
  await validerPourSignature(page);

  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/connexion/);
  await connecte(page, demoUser("SIGNATAIRE").email, avenantUrl);
  // Each party signs in turn, in the app: the ministry first (the DNE's signatory), the DINUM last.
  const signatures = page.getByRole("region", { name: "Signature des parties" });
  await expect(signatures.getByTestId("etape-signature").nth(1)).toContainText("En attente des signatures précédentes");
  await expect(signatures.getByRole("button", { name: "Signer dans l'application" })).toHaveCount(1);
  await signatures.getByLabel(label("Votre mot de passe")).fill("pas le bon");
  await signatures.getByRole("button", { name: "Signer dans l'application" }).click();
  await expect(signatures.getByRole("alert")).toContainText("Mot de passe incorrect : la signature n'a pas été appliquée.");
  await signatures.getByLabel(label("Votre mot de passe")).fill(DEMO_PASSWORD);
  await signatures.getByRole("button", { name: "Signer dans l'application" }).click();
  await expect(signatures.getByRole("status")).toContainText("Signature de");
  await expect(page.getByRole("region", { name: /^Étape/ })).toContainText("Signée par une partie");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/connexion/);
  await connecte(page, "signataire@demo.numerique.gouv.fr", avenantUrl);
  await signatures.getByLabel(label("Votre mot de passe")).fill(DEMO_PASSWORD);
  await signatures.getByRole("button", { name: "Signer dans l'application" }).click();
  await expect(signatures.getByRole("status")).toContainText("le document est signé par toutes les parties");
  await expect(page.getByRole("region", { name: /^Étape/ })).toContainText("Signée");
  // The signed PDF: both signatures, each signatory in their own name.
  const [signe] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Télécharger l'avenant (PDF)" }).click(),
  ]);
  expect(signe.suggestedFilename()).toMatch(/_avenant-1_signe\.pdf$/);
  const rapport = pdfsig(await signe.path());
  expect(rapport.match(/Signature is Valid/g)).toHaveLength(2);
  expect(rapport).toContain("Signer Certificate Common Name: Claude Signataire (DNE)");
  expect(rapport).toContain("Signer Certificate Common Name: Morgane Signataire (DINUM)");

  await page.getByRole("link", { name: "Voir la convention consolidée" }).click();
  await expect(page.getByTestId("fin-consolidee")).toHaveText(/31.décembre 2026/);
  await expect(page.getByTestId("chronologie")).toContainText("Avenant n° 1, signé le");
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

function pdfsig(fichier: string): string {
  try {
    return execFileSync("pdfsig", [fichier], { encoding: "utf8" });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}
