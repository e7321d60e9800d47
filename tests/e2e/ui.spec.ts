import { expect, test } from "@playwright/test";
import { demoUser, expectLabelShown, fixture, login } from "./helpers";

// Main actions show their text, at the widths agents use (DSFR button groups need their icon
// modifier: components/dsfr/ButtonsGroup.tsx).
for (const width of [1280, 1400]) {
  test(`main actions show their labels at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const signee = fixture("signed-convention");
    const brouillon = fixture("draft-convention");
    const avenant = fixture("draft-avenant");
    await login(page, demoUser("REDACTEUR").email);
    await expect(page).toHaveURL(/\/conventions$/);

    await page.goto(`/conventions/${signee.id}`);
    await expectLabelShown(page.getByRole("button", { name: "Télécharger le PDF" }));
    await expectLabelShown(page.getByRole("link", { name: "Créer l'avenant n° 1" }));

    await page.goto(`/conventions/${brouillon.id}`);
    await expectLabelShown(page.getByRole("link", { name: "Modifier" }));

    await page.goto(`/conventions/${avenant.id}/avenants/1`);
    await expectLabelShown(page.getByRole("button", { name: "Télécharger l'avenant (PDF)" }));
    await expectLabelShown(page.getByRole("button", { name: "Supprimer ce projet d'avenant" }));
    await expectLabelShown(page.getByRole("button", { name: "Soumettre à la revue" }));

    await page.goto(`/conventions/${avenant.id}`);
    await expectLabelShown(page.getByRole("link", { name: "Version consolidée" }));

    await page.goto("/conventions/nouvelle");
    await expectLabelShown(page.getByRole("button", { name: "Ajouter un délégant" }));
    await expectLabelShown(page.getByRole("button", { name: "Ajouter une autre partie" }));
    await expectLabelShown(page.getByRole("button", { name: "Enregistrer" }));
  });
}
