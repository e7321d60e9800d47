// Every page and download, opened by every role: a right refused is the « accès non autorisé » page
// (403), a document out of scope « introuvable » (404), never the 500 page.
import { DEMO_USERS } from "../../prisma/seed/referentiel";
import { allowConsoleError, demoUser, expect, fixture, connecte, test } from "./helpers";

const ROLES = ["REDACTEUR", "RELECTEUR_FINANCIER", "SIGNATAIRE", "ADMINISTRATEUR", "LECTEUR"] as const;

/** Pages a role may not open at all (whatever the document). */
const REFUSEES: Record<string, readonly (typeof ROLES)[number][]> = {
  "/finances": ["REDACTEUR", "SIGNATAIRE", "LECTEUR"],
  "/finances/export?format=csv": ["REDACTEUR", "SIGNATAIRE", "LECTEUR"],
  "/conventions/nouvelle": ["RELECTEUR_FINANCIER", "SIGNATAIRE", "LECTEUR"],
  "/administration/comptes": ["REDACTEUR", "RELECTEUR_FINANCIER", "SIGNATAIRE", "LECTEUR"],
  "/administration/comptes/nouveau": ["REDACTEUR", "RELECTEUR_FINANCIER", "SIGNATAIRE", "LECTEUR"],
  "/administration/comptes/csv": ["REDACTEUR", "RELECTEUR_FINANCIER", "SIGNATAIRE", "LECTEUR"],
};

test("every page with every role: 200, 403 or 404, never 500", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const { id } = await fixture("draft-avenant"); // a signed convention with a draft avenant n° 1
  const pages = [
    "/conventions",
    "/conventions/nouvelle",
    `/conventions/${id}`,
    `/conventions/${id}/modifier`,
    `/conventions/${id}/historique`,
    `/conventions/${id}/historique/csv`,
    `/conventions/${id}/consolidee`,
    `/conventions/${id}/consolidee/pdf`,
    `/conventions/${id}/pdf`,
    `/conventions/${id}/certificat-signature`,
    `/conventions/${id}/execution`,
    `/conventions/${id}/execution/export?tableau=synthese&format=csv`,
    `/conventions/${id}/execution/compte-rendu`,
    `/conventions/${id}/execution/compte-rendu-csv`,
    `/conventions/${id}/avenants/nouveau`,
    `/conventions/${id}/avenants/1`,
    `/conventions/${id}/avenants/1/modifier`,
    `/conventions/${id}/avenants/1/historique`,
    `/conventions/${id}/avenants/1/pdf`,
    "/finances",
    "/finances/export?format=csv",
    "/notifications",
    "/referentiel",
    "/verifier",
    "/verifier/autorite",
    "/accessibilite",
    "/mentions-legales",
    "/donnees-personnelles",
    "/statistiques",
    "/statistiques/csv?tableau=documents",
    "/administration/comptes",
    "/administration/comptes/nouveau",
    "/administration/comptes/csv",
    "/administration/comptes/inconnu",
  ];
  for (const role of ROLES) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await connecte(page, (DEMO_USERS.find((u) => u.role === role) ?? demoUser(role)).email);
    // (PDF renders are the same code for every role: two roles are enough for them, the rest is quicker.)
    const pdf = (chemin: string) => /\/(pdf|compte-rendu|certificat-signature)$/.test(chemin);
    for (const chemin of pages.filter((c) => !pdf(c) || role === "LECTEUR" || role === "ADMINISTRATEUR")) {
      const reponse = await context.request.get(chemin, { maxRedirects: 0 });
      const quoi = `${role} ${chemin} → ${reponse.status()}`;
      expect([200, 307, 403, 404, 409], quoi).toContain(reponse.status()); // (409: a certificate not yet there)
      if (REFUSEES[chemin]?.includes(role)) expect(reponse.status(), quoi).toBe(403);
      if (reponse.status() === 403 && (reponse.headers()["content-type"] ?? "").includes("text/html"))
        expect(await reponse.text(), quoi).toContain("Accès non autorisé");
    }
    // A bad query of a download: said in French, with its status.
    if (role === "RELECTEUR_FINANCIER") {
      const mauvaise = await context.request.get(`/conventions/${id}/execution/export?tableau=tout&format=csv`);
      expect(mauvaise.status()).toBe(400);
      expect(await mauvaise.text()).toContain("Un fichier CSV ne contient qu'un tableau");
    }
    // As the browser shows it: the 403 page in the app's layout, in French.
    if (REFUSEES["/finances"]!.includes(role)) {
      page.on("console", () => {}); // (the browser logs the 403 status of the page it asked for)
      const reponse = await page.goto("/finances").catch(() => null);
      expect(reponse?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Accès non autorisé" })).toBeVisible();
    }
    await context.close();
  }
});

test("a step that gets no answer from the server says so, and keeps the page as it was", async ({ page }) => {
  const { id } = await fixture("draft-convention");
  allowConsoleError(page, /Failed to load resource|net::ERR|Failed to fetch|fetch/i);
  await connecte(page, demoUser("REDACTEUR").email, `/conventions/${id}`);
  // The server action's request fails on the way (a network cut, a server restarting).
  await page.route("**/*", (route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort("connectionreset") : route.continue(),
  );
  const panneau = page.getByRole("region", { name: /^Étape/ });
  await panneau.getByRole("button", { name: "Soumettre à la revue", exact: true }).click();
  await expect(panneau.getByRole("alert")).toContainText("Le serveur n'a pas répondu, la demande n'a peut-être pas abouti.");
  await expect(panneau.getByRole("button", { name: "Soumettre à la revue", exact: true })).toBeEnabled();
  await page.unroute("**/*");
});
