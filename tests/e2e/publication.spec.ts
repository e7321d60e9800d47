// After signature: the publication tracker of a signed copy of seed 003 proposes the three channels of
// its article 10; the BO reference is typed (a bad NOR refused at the field), gouvernement.fr recorded,
// data.gouv.fr uploaded by the app to a local stand-in of the udata API (multipart upload, file name,
// key, metadata call), the open-data index following; the document shows « publiée » with its date;
// anyone, without a session, recognises the published PDF and not a tampered copy.
import { writeFileSync } from "node:fs";
import { jourDeParis } from "../../lib/domain/dates";
import { connecte, demoUser, expect, expectAccessible, expectMail, fixture, label, test } from "./helpers";

const DATAGOUV = `http://127.0.0.1:${Number(process.env.E2E_DATAGOUV_PORT ?? 3270)}`;
type Requete = {
  methode: string;
  chemin: string;
  cle: string | null;
  fichier: { nom: string; taille: number; entetes: string } | null;
  json: { title?: string; description?: string } | null;
};
const requetes = async (): Promise<Requete[]> => (await fetch(`${DATAGOUV}/requetes`)).json();
/** A day relative to today, as a date field takes it, and as the page writes it. */
// A day counted from today in Paris, as the app counts it (from 23:00 UTC, UTC's date is yesterday's).
const jour = (n: number) => jourDeParis(new Date(Date.now() + n * 86_400_000));

test("a signed convention is published on each channel its article names, data.gouv.fr by the app, then verified without a session", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { id, reference } = await fixture("signed-current");
  await connecte(page, demoUser("REDACTEUR").email, `/conventions/${id}`);
  const publication = page.getByRole("region", { name: "Publication", exact: true });
  await expect(publication).toContainText("Canaux proposés d'après l'article 10");
  for (const canal of ["Bulletin officiel", "gouvernement.fr", "data.gouv.fr"])
    await expect(publication.getByRole("heading", { level: 3, name: new RegExp(`^${canal.replace(".", "\\.")} À faire`) })).toBeVisible();
  // The one-click « Publier » is gone.
  await expect(page.getByRole("button", { name: "Publier", exact: true })).toHaveCount(0);
  await expectAccessible(page);

  // The BO: a NOR not in the official form is refused at its field, then typed right.
  await publication.getByRole("button", { name: "Enregistrer la publication (Bulletin officiel)" }).click();
  const bo = publication.getByRole("form", { name: "Publication : Bulletin officiel" });
  await bo.getByLabel(label("NOR (Bulletin officiel)")).fill("MEN-24-123");
  await bo.getByLabel(label("Numéro du bulletin")).fill("38");
  await bo.getByLabel(label("Date de publication (Bulletin officiel)")).fill(jour(-25)); // before its signature
  await bo.getByRole("button", { name: "Enregistrer comme publiée" }).click();
  await expect(bo.locator(".fr-error-text").filter({ hasText: /Ce NOR n.a pas la forme officielle/ })).toBeVisible();
  await expect(bo.locator(".fr-error-text").filter({ hasText: /La publication ne peut précéder la dernière signature/ })).toBeVisible();
  await publication.screenshot({ path: "test-results/captures/publication-saisie.png" });
  await bo.getByLabel(label("NOR (Bulletin officiel)")).fill("mene 2412345 a");
  await bo.getByLabel(label("Date de publication (Bulletin officiel)")).fill(jour(-5));
  await bo.getByRole("button", { name: "Enregistrer comme publiée" }).click();
  await expect(publication.getByRole("heading", { level: 3, name: /^Bulletin officiel Publiée/ })).toBeVisible();
  await expect(publication).toContainText(/NOR MENE2412345A, n° 38, publié le \d/);

  // gouvernement.fr, by hand.
  await publication.getByRole("button", { name: "Enregistrer la publication (gouvernement.fr)" }).click();
  const gouv = publication.getByRole("form", { name: "Publication : gouvernement.fr" });
  await gouv
    .getByLabel(label("Adresse de la publication (gouvernement.fr)"))
    .fill("https://www.gouvernement.fr/publications-officielles/delegations-de-gestion");
  await gouv.getByLabel(label("Date de publication (gouvernement.fr)")).fill(jour(-4));
  await gouv.getByRole("button", { name: "Enregistrer comme publiée" }).click();
  await expect(publication.getByRole("heading", { level: 3, name: /^gouvernement\.fr Publiée/ })).toBeVisible();
  await expect(page.getByText("Publiée le")).toHaveCount(0); // data.gouv.fr still to do

  // data.gouv.fr, uploaded by the app (the worker), followed on the page.
  await publication.getByRole("button", { name: "Téléverser sur data.gouv.fr" }).click();
  await expect(publication.getByRole("heading", { level: 3, name: /^data\.gouv\.fr Publiée/ })).toBeVisible({ timeout: 60_000 });
  await expect(publication).toContainText(/Publiée le \d{1,2}(er)?\s\S+\s\d{4}/);
  await publication.screenshot({ path: "test-results/captures/publication-publiee.png" });
  await page.goto(`/conventions/${id}`);
  await expect(page.getByRole("region", { name: /^Étape/ })).toContainText("Publiée");

  // A copy to the CBCM its article 10 names, by e-mail from the app (the PDF attached), then acknowledged.
  const transmissions = page.getByRole("region", { name: "Transmission aux contrôleurs" });
  const cbcm = "CBCM — Services du Premier ministre";
  await expect(transmissions.getByRole("heading", { level: 3, name: new RegExp(`^${cbcm} À envoyer`) })).toBeVisible();
  await transmissions.getByRole("button", { name: `Envoyer ou enregistrer l'envoi (${cbcm})` }).click();
  const formEnvoi = transmissions.getByRole("form", { name: `Transmission : ${cbcm}` });
  await formEnvoi.getByLabel(label(`Adresse électronique (${cbcm})`)).fill("cbcm-pm@e2e.gouv.fr");
  await formEnvoi.getByRole("button", { name: "Envoyer le PDF signé par courriel" }).click();
  await expect(transmissions.getByRole("heading", { level: 3, name: new RegExp(`^${cbcm} Envoyée`) })).toBeVisible({ timeout: 60_000 });
  await expectMail("cbcm-pm@e2e.gouv.fr", `Exemplaire signé de la convention de délégation de gestion ${reference}`);
  await transmissions.getByRole("button", { name: `Enregistrer l'accusé de réception (${cbcm})` }).click();
  const accuse = transmissions.getByRole("form", { name: `Transmission : ${cbcm}` });
  await accuse.getByLabel(label(`Date de l'accusé de réception (${cbcm})`)).fill(jour(0));
  await accuse.getByLabel(label("Référence de l'accusé")).fill("AR-118");
  await accuse.getByRole("button", { name: "Enregistrer l'accusé de réception" }).click();
  await expect(transmissions.getByRole("heading", { level: 3, name: new RegExp(`^${cbcm} Réception accusée`) })).toBeVisible();
  await expect(transmissions).toContainText("(AR-118)");

  // « À compter de sa notification »: in force once its notification is recorded, with its dates.
  const vie = page.getByRole("region", { name: "Vie de la convention" });
  await expect(vie.getByRole("row", { name: /Entrée en vigueur/ })).toContainText("à la notification, quand elle sera enregistrée");
  await vie.getByRole("button", { name: "Enregistrer la notification" }).click();
  await vie.getByLabel(label("Date de notification aux parties")).fill(jour(-3));
  await vie.getByRole("form", { name: "Notification aux parties" }).getByRole("button", { name: "Enregistrer la notification" }).click();
  await expect(vie.getByRole("status")).toContainText("Notification enregistrée.");
  await expect(page.getByRole("region", { name: /^Étape/ })).toContainText("En vigueur");
  await expect(vie.getByRole("row", { name: /Entrée en vigueur/ })).toContainText("à compter de la notification");
  await expect(vie.getByRole("row", { name: /Fin par défaut/ })).toContainText(String(new Date().getUTCFullYear() + 1));
  await expectAccessible(page);

  const nom = `convention-delegation-gestion-${reference.toLowerCase()}-dne-dinum.pdf`;
  const recues = await requetes();
  const envoi = recues.find((r) => r.methode === "POST" && r.fichier?.nom === nom)!;
  expect(envoi).toMatchObject({ chemin: "/api/1/datasets/conventions-e2e/upload/", cle: "cle-e2e" });
  expect(envoi.fichier!.entetes).toContain("Content-Type: application/pdf");
  const meta = recues.find((r) => r.methode === "PUT" && r.json?.title?.includes(reference))!;
  expect(meta.json!.description).toContain("Délégataire : Direction interministérielle du numérique (DINUM)");
  // The open-data index follows, as a resource of the same dataset.
  await expect
    .poll(async () => (await requetes()).some((r) => r.fichier?.nom === "conventions-delegation-gestion-index.csv"), { timeout: 30_000 })
    .toBe(true);

  // The history says it.
  await page.goto(`/conventions/${id}/historique`);
  await expect(page.getByRole("main")).toContainText("Publier");
  // …and its journal, a PDF apart from the signed one.
  const journal = await page.request.get(`/conventions/${id}/journal`);
  expect(journal.headers()["content-type"]).toContain("application/pdf");
  expect((await journal.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  writeFileSync("test-results/captures/journal.pdf", await journal.body());
  await expect(page.getByRole("link", { name: "Journal complet (PDF)" })).toBeVisible();

  // Without a session: the open-data index lists it, the published PDF is recognised, a tampered copy is not.
  const anonyme = await browser.newContext({ baseURL });
  const visiteur = await anonyme.newPage();
  const index = await (await visiteur.request.get("/donnees-ouvertes/conventions.json")).json();
  expect(index.find((l: { reference: string }) => l.reference === reference)).toMatchObject({
    nature: "convention",
    references_publication: expect.stringContaining("NOR MENE2412345A"),
    url_fichier: `${DATAGOUV}/fichiers/${nom}`,
  });
  const pdf = Buffer.from(await (await fetch(`${DATAGOUV}/fichiers/${encodeURIComponent(nom)}`)).arrayBuffer());
  await visiteur.goto("/verifier-une-publication");
  await visiteur.getByLabel(label("PDF à vérifier")).setInputFiles({ name: "publie.pdf", mimeType: "application/pdf", buffer: pdf });
  await visiteur.getByRole("button", { name: "Vérifier", exact: true }).click();
  const resultat = visiteur.getByRole("region", { name: /Résultat pour « publie\.pdf »/ });
  await expect(resultat.getByRole("status")).toContainText(
    `Ce fichier est le document publié : Convention de délégation de gestion ${reference}`,
  );
  await expect(resultat).toContainText("Bulletin officiel, NOR MENE2412345A, n° 38, le");
  await expectAccessible(visiteur);
  await visiteur.screenshot({ path: "test-results/captures/verifier-une-publication.png", fullPage: true });
  const altere = Buffer.from(pdf);
  altere[altere.length - 20] = altere[altere.length - 20]! ^ 1;
  await visiteur.getByLabel(label("PDF à vérifier")).setInputFiles({ name: "altere.pdf", mimeType: "application/pdf", buffer: altere });
  await visiteur.getByRole("button", { name: "Vérifier", exact: true }).click();
  await expect(visiteur.getByRole("region", { name: /Résultat pour « altere\.pdf »/ }).getByRole("status")).toContainText(
    "Ce fichier ne correspond à aucun document publié par ce service",
  );
  await anonyme.close();
});

test("notice is given on a signed convention: the end it gives is computed and shown, and the deadlines view lists what is due", async ({
  page,
}) => {
  const { id, reference } = await fixture("signed-current");
  await connecte(page, demoUser("REDACTEUR").email, `/conventions/${id}`);
  const vie = page.getByRole("region", { name: "Vie de la convention" });
  await vie.getByRole("button", { name: "Dénoncer la convention" }).click();
  const form = vie.getByRole("form", { name: "Dénonciation" });
  await form.getByLabel(label("Partie qui dénonce")).selectOption({ label: "DNE (délégant)" });
  await form.getByLabel(label("Date de la dénonciation")).fill(jour(1));
  await form.getByLabel(label("Motif")).fill("Le service est repris par le ministère.");
  await form.getByRole("button", { name: "Enregistrer la dénonciation" }).click();
  await expect(form.locator(".fr-error-text").filter({ hasText: "Cochez la case pour confirmer la dénonciation." })).toBeVisible();
  await form.getByText("Je confirme que cette partie a dénoncé la convention par écrit à cette date.").click();
  await form.getByRole("button", { name: "Enregistrer la dénonciation" }).click();
  await expect(form.locator(".fr-error-text").filter({ hasText: /ne peut pas être à venir/ })).toBeVisible();
  await form.getByLabel(label("Date de la dénonciation")).fill(jour(0));
  await form.getByRole("button", { name: "Enregistrer la dénonciation" }).click();
  await expect(vie.getByRole("status")).toContainText("Dénonciation enregistrée");
  const fin = new Date();
  fin.setUTCMonth(fin.getUTCMonth() + 3);
  await expect(vie.getByRole("row", { name: /Fin effective/ })).toContainText("(dénonciation et préavis)");
  await expect(vie.getByRole("row", { name: /Dénonciation/ })).toContainText("par DNE (délégant)");
  await vie.screenshot({ path: "test-results/captures/vie-denonciation.png" });
  // Its end within 90 days: in « Échéances », filtered by kind, and exported.
  await page.getByRole("link", { name: "Échéances", exact: true }).click();
  await page.getByLabel("Échéance", { exact: true }).selectOption({ label: "Fin dans moins de 90 jours" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByRole("row", { name: new RegExp(reference) })).toContainText("Fin dans moins de 90 jours");
  await page.screenshot({ path: "test-results/captures/echeances.png", fullPage: true });
  await expectAccessible(page);
  const csv = await (await page.request.get(`/echeances/export?type=FIN_PROCHE&format=csv`)).text();
  expect(csv).toContain(reference);
});

test("DINUM finance follows the Chorus set-up of a signed convention on its execution page", async ({ page }) => {
  const { id } = await fixture("signed-current");
  await connecte(page, demoUser("RELECTEUR_FINANCIER").email, `/conventions/${id}/execution`);
  const chorus = page.getByRole("region", { name: "Paramétrage Chorus" });
  await expect(chorus).toContainText("étapes restantes avant que le délégataire puisse engager et payer");
  const droits = chorus.getByRole("heading", { level: 3, name: /^Droits Chorus des services de DINUM sur l'UO/ });
  await expect(droits).toContainText("À faire");
  await chorus.getByRole("button", { name: /^Mettre à jour \(Droits Chorus/ }).click();
  const form = chorus.getByRole("form", { name: /^Étape : Droits Chorus/ });
  await form.getByLabel(label("Date à laquelle l'étape a été faite")).fill(jour(-2));
  await form.getByRole("button", { name: "Marquer comme faite" }).click();
  await expect(droits).toContainText("Faite");
  await expect(chorus).toContainText("par Dominique Relecteur (DINUM)");
  await expectAccessible(page);
});
