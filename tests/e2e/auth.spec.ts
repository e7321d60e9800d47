import { DEMO_USERS } from "../../prisma/seed/referentiel";
import { LIBELLES_ROLE } from "../../lib/domain/roles";
import { allowConsoleError, DEMO_PASSWORD, demoUser, expect, expectAccessible, fixture, login, test } from "./helpers";

test("a visitor without session is sent to the login page, which is accessible", async ({ page }) => {
  await page.goto("/conventions/2024");
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fconventions%2F2024/);
  await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
  await expectAccessible(page);
});

for (const user of DEMO_USERS) {
  test(`${LIBELLES_ROLE[user.role]} (${user.email}) logs in and out`, async ({ page }) => {
    await login(page, user.email);
    await expect(page).toHaveURL(/\/conventions$/);
    await expect(page.getByRole("link", { name: `${user.nom} · ${LIBELLES_ROLE[user.role]}` }).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Conventions" })).toBeVisible();
    await page.getByRole("button", { name: "Se déconnecter" }).first().click();
    await expect(page).toHaveURL(/\/connexion/);
    await page.goto("/conventions");
    await expect(page).toHaveURL(/\/connexion/);
  });
}

test("a wrong password gets one generic message, the same as an unknown account", async ({ page }) => {
  allowConsoleError(page, /status of 401/); // next-auth answers a refused login with a 401
  await login(page, "lecteur@demo.education.gouv.fr", "mauvais-mot-de-passe");
  const alert = page.locator("main").getByRole("alert");
  await expect(alert).toHaveText(/Adresse électronique ou mot de passe incorrect\./);
  await expect(page).toHaveURL(/\/connexion/);
  await login(page, "personne@nulle-part.gouv.fr", "mauvais-mot-de-passe");
  await expect(page.locator("main").getByRole("alert")).toHaveText(/Adresse électronique ou mot de passe incorrect\./);
});

test("the login form explains empty or malformed fields next to them", async ({ page }) => {
  await page.goto("/connexion");
  await page.getByRole("textbox", { name: /Adresse électronique/ }).fill("pas-une-adresse");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Cette adresse électronique n'est pas valide")).toBeVisible();
  await expect(page.getByText("Indiquez votre mot de passe.")).toBeVisible();
});

// Each form a callbackUrl to another host has taken (a tab or a newline, which browsers drop, turn
// « /\t/host » into « //host »): after a password login, and in the server's own redirect when
// already logged in, the browser stays here.
const AILLEURS = [
  "https://exemple.invalid/piege",
  "%2F%09%2Fexemple.invalid%2Fpiege",
  "%2F%0A%2Fexemple.invalid%2Fpiege",
  "%2F%0D%0A%2Fexemple.invalid",
  "%2F%5Cexemple.invalid",
  "%2F%2Fexemple.invalid",
  "%5C%5Cexemple.invalid",
  "javascript%3Aalert(1)",
];

test("the login never redirects to another site", async ({ page, baseURL }) => {
  // Eight full logins in a row (about 4 s each on a quiet machine, three times that under load).
  test.setTimeout(150_000);
  for (const [i, valeur] of AILLEURS.entries()) {
    if (i > 0) await page.context().clearCookies();
    await page.goto(`/connexion?callbackUrl=${valeur}`);
    await page.getByRole("textbox", { name: /Adresse électronique/ }).fill("lecteur@demo.education.gouv.fr");
    await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page, valeur).toHaveURL(`${baseURL}/conventions`);
  }
  // Already logged in: the login page's own redirect (server side) stays here too.
  for (const valeur of AILLEURS) {
    const reponse = await page.request.get(`/connexion?callbackUrl=${valeur}`, { maxRedirects: 0 });
    expect(reponse.status(), valeur).toBe(307);
    expect(reponse.headers()["location"], valeur).toBe("/conventions");
  }
});

test("after a session expires, logging in again comes back to the page that was asked for", async ({ page, context, baseURL }) => {
  const signee = await fixture("signed-convention");
  await login(page, demoUser("RELECTEUR_FINANCIER").email);
  await expect(page).toHaveURL(/\/conventions$/);
  // An expired (here: no longer valid) session cookie: the proxy lets it through, the page finds no session.
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"))!;
  await context.addCookies([{ ...session, value: "expiree" }]);
  await page.goto(`/conventions/${signee.id}?onglet=1`);
  await expect(page).toHaveURL(
    new RegExp(`/connexion\\?callbackUrl=${encodeURIComponent(`/conventions/${signee.id}?onglet=1`).replace(/[?]/g, "\\?")}$`),
  );
  await page.getByRole("textbox", { name: /Adresse électronique/ }).fill(demoUser("RELECTEUR_FINANCIER").email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(`${baseURL}/conventions/${signee.id}?onglet=1`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("« Se déconnecter » ends the session: a cookie copied before it opens nothing afterwards", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await login(page, demoUser("LECTEUR").email);
  await expect(page).toHaveURL(/\/conventions$/);
  const copied = await context.cookies();
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/connexion/);

  const attacker = await browser.newContext({ baseURL });
  await attacker.addCookies(copied);
  const stolen = await attacker.newPage();
  await stolen.goto("/conventions");
  await expect(stolen).toHaveURL(/\/connexion\?callbackUrl=%2Fconventions/);
  expect((await stolen.request.get("/conventions/x/pdf")).status()).toBe(401);
  // next-auth's own endpoint says « logged out » too (no name, e-mail or session id), and clears it.
  const session = await stolen.request.get("/api/auth/session");
  expect(session.status()).toBe(200);
  expect(await session.json()).toEqual({});
  await attacker.close();
});
