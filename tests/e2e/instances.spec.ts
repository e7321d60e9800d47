// Several instances on one database (issue 23): a second server started beside the journeys' one,
// as a deployment adds one behind its load balancer (same database and secrets, its own process and
// PDF workers, no worker of its own, serving the same build — never rebuilding the one the first serves). A session opened through one holds on the other and ends on
// both; what one saves the other shows; an export on one does not hold the other up; failed logins
// on one slow the next attempt on the other.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect } from "@playwright/test";
import { allowConsoleError, connecte, demoUser, login, nouvelleDuModele, test, unique } from "./helpers";

const PORT_B = Number(process.env.E2E_PORT_B ?? 3120);
const B = `http://localhost:${PORT_B}`;
let second: ChildProcess | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  second = spawn(
    path.resolve("node_modules/.bin/tsx"),
    ["scripts/start.ts", "--demo", "--sans-worker", "--sans-construction", "--port", String(PORT_B)],
    {
      env: {
        ...process.env,
        DATABASE_NAME: "conventions_e2e",
        NEXTAUTH_URL: B,
        NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
        NEXT_TELEMETRY_DISABLED: "1",
        METRICS_PORT: "",
      },
      stdio: "ignore",
      detached: true,
    },
  );
  await expect
    .poll(async () => (await fetch(`${B}/api/health/live`).catch(() => null))?.status ?? 0, { timeout: 200_000, intervals: [1000] })
    .toBe(200);
});

test.afterAll(async () => {
  if (second?.pid) process.kill(-second.pid, "SIGTERM");
});

test("a session opened through one instance holds on the other, and « Se déconnecter » ends it on both", async ({ page }) => {
  await connecte(page, demoUser("LECTEUR").email, "/conventions");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto(`${B}/conventions`);
  await expect(page).toHaveURL(`${B}/conventions`);
  await expect(page.getByRole("button", { name: "Se déconnecter" }).first()).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/connexion/);
  await page.goto("/conventions"); // the first instance
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fconventions/);
});

test("what one instance saves, the other shows; an export on one does not hold the other up", async ({ page, browser }) => {
  const surB = await browser.newContext({ baseURL: B, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const pageB = await surB.newPage();
  try {
    await connecte(pageB, demoUser("REDACTEUR").email, "/conventions");
    const reference = unique("E2E-INSTANCE-B");
    await nouvelleDuModele(pageB, reference, { intitule: "Enregistrée par la seconde instance" });
    await pageB.getByRole("button", { name: "Enregistrer" }).click();
    await expect(pageB).toHaveURL(/\/conventions\/(?!nouvelle)[a-z0-9]+$/);
    const chemin = new URL(pageB.url()).pathname;

    await connecte(page, demoUser("REDACTEUR").email, `/conventions?q=${reference}`);
    await expect(page.getByRole("link", { name: reference })).toBeVisible();

    // Its PDF exported on B while A serves its list: A answers meanwhile.
    const pdf = pageB.request.get(`${chemin}/pdf`);
    const debut = Date.now();
    const liste = await page.request.get("/conventions");
    const dureeA = Date.now() - debut;
    expect(liste.status()).toBe(200);
    const reponsePdf = await pdf;
    expect(reponsePdf.status()).toBe(200);
    expect((await reponsePdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    expect(dureeA).toBeLessThan(30_000); // (a safety net: the list does not wait for B's export)
  } finally {
    await surB.close();
  }
});

test("failed logins on one instance slow the next attempt on the other", async ({ page, browser }) => {
  test.setTimeout(120_000);
  allowConsoleError(page, /status of 401/); // next-auth answers a refused login with a 401
  // an address of its own (the app trusts the header when no proxy stands in front, TRUSTED_PROXY_HOPS=0):
  // the other journeys' logins from this machine are not slowed
  const adresse = { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` };
  await page.setExtraHTTPHeaders(adresse);
  const email = `${unique("inconnu")}@exemple.gouv.fr`;
  const alerte = (p: typeof page) => p.locator("main").getByRole("alert");
  // three failures are free, then each doubles the wait (2, 4, 8, 16 s): seven on the first instance
  for (const [k, attente] of [0, 0, 0, 0, 2.5, 4.5, 8.5].entries()) {
    await page.waitForTimeout(attente * 1000);
    await login(page, email, `mauvais-${k}`);
    await expect(alerte(page)).toHaveText(/Adresse électronique ou mot de passe incorrect\./);
  }
  const surB = await browser.newContext({ baseURL: B, locale: "fr-FR", timezoneId: "Europe/Paris", extraHTTPHeaders: adresse });
  const pageB = await surB.newPage();
  try {
    await login(pageB, email, "mauvais-encore");
    await expect(alerte(pageB)).toHaveText(/Trop de tentatives de connexion en peu de temps/);
  } finally {
    await surB.close();
  }
});
