import { demoUser, expect, expectAccessible, fixture, label, connecte, test } from "./helpers";

test("an administrator merges an organisation entered twice: the convention that used the duplicate now uses the one kept, the history keeps both", async ({
  page,
  browser,
  baseURL,
}) => {
  // Two agents, a merge and the history: about 45 s on a quiet machine, much more under load.
  test.setTimeout(150_000);
  const { sigle, reference, conserveeId } = await fixture("duplicate-organisation");
  await connecte(page, demoUser("ADMINISTRATEUR").email);
  // Before: the list filtered on the organisation kept does not find the convention (its party is the duplicate).
  await page.goto(`/conventions?partie=${conserveeId}`);
  await expect(page.getByRole("link", { name: new RegExp(reference) })).toHaveCount(0);
  await page.goto("/referentiel");
  const organisations = page.getByRole("region", { name: "Organisations", exact: true });
  await expect(organisations.getByRole("row", { name: new RegExp(`^${sigle}-BIS `) })).toBeVisible();

  const form = page.getByRole("form", { name: "Fusionner deux organisations en double" });
  // Nothing chosen: said at each field, nothing sent.
  await form.getByRole("button", { name: "Fusionner les deux fiches" }).click();
  await expect(form.getByText("Choisissez l'organisation en double, qui sera supprimée.")).toBeVisible();
  await expect(form.getByText("Choisissez l'organisation à conserver.")).toBeVisible();

  await form
    .getByLabel(label("Organisation en double (sera supprimée)"))
    .selectOption({ label: `${sigle}-BIS — Direction de test ${sigle}` });
  await form.getByLabel(label("Organisation à conserver")).selectOption({ label: `${sigle} — Direction de test ${sigle}` });
  await expect(
    form.getByText(`La fiche « ${sigle}-BIS » sera supprimée. Ce qui s'y rattache sera repris par « ${sigle} » : 1 partie de convention.`),
  ).toBeVisible();
  await page.screenshot({ path: "test-results/captures/referentiel-fusion.png", fullPage: true });
  await form.getByRole("button", { name: "Fusionner les deux fiches" }).click();
  await expect(form.getByRole("status")).toHaveText(
    `La fiche « ${sigle}-BIS » a été fusionnée dans « ${sigle} » (repris : 1 partie de convention).`,
  );
  await expect(organisations.getByRole("row", { name: new RegExp(`^${sigle}-BIS `) })).toHaveCount(0);
  const historique = page.getByRole("region", { name: "Historique des modifications du référentiel" });
  await expect(
    historique.getByRole("row", { name: new RegExp(`Doublon fusionné : ${sigle}-BIS \\(fiche supprimée\\) → ${sigle}`) }),
  ).toContainText("repris : 1 partie de convention ; adresse : — → 20 avenue de Ségur, Paris");
  await expectAccessible(page);

  // After: the convention's party is the organisation kept.
  await page.goto(`/conventions?partie=${conserveeId}`);
  await expect(page.getByRole("link", { name: new RegExp(reference) })).toBeVisible();

  // The demo drafter, also « gestionnaire du référentiel », edits the referential but does not merge: told who can.
  const redacteur = await browser.newContext({ baseURL });
  const autre = await redacteur.newPage();
  await connecte(autre, demoUser("REDACTEUR").email, "/referentiel");
  await expect(autre.getByText("Deux fiches en double ? Un administrateur peut les fusionner.").first()).toBeVisible();
  await expect(autre.getByRole("button", { name: "Fusionner les deux fiches" })).toHaveCount(0);
  await redacteur.close();

  // A signatory only reads it, and is told who keeps it.
  const signataire = await browser.newContext({ baseURL });
  const lecture = await signataire.newPage();
  await connecte(lecture, demoUser("SIGNATAIRE").email, "/referentiel");
  await expect(lecture.getByText(/Consultation seule : le référentiel est tenu par les gestionnaires du référentiel/)).toBeVisible();
  await expect(lecture.getByRole("button", { name: /Enregistrer|Ajouter/ })).toHaveCount(0);
  await signataire.close();
});
