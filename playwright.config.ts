import { defineConfig } from "@playwright/test";

// End-to-end journeys in Debian's Chromium headless shell (never a downloaded browser), against the production
// build started by the README's own script on a throwaway database, with a local OIDC provider
// standing in for ProConnect.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3200);
const APP_URL = `http://localhost:${PORT}`;
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3250);
const MAILBOX_URL = `http://127.0.0.1:${SMTP_PORT + 1}/messages`;
const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? 3260);
// A stand-in of data.gouv.fr's API (tests/e2e/datagouv-server.mjs): the app uploads published documents there.
const DATAGOUV_PORT = Number(process.env.E2E_DATAGOUV_PORT ?? 3270);
// The app's Prometheus metrics (the worker's on the next port), with a token as in production.
export const METRICS_PORT = Number(process.env.E2E_METRICS_PORT ?? 3280);
export const METRICS_TOKEN = "e2e-metriques";
// The app's and the fixture server's (which signs the session cookies of journeys that start logged in).
const NEXTAUTH_SECRET = "e2e-secret-not-for-production-0123456789";

export default defineConfig({
  testDir: "tests/e2e",
  // A safety net, not a measure: journeys run in about half of it on a slow 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: APP_URL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: "node tests/e2e/oidc-server.mjs",
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      env: { OIDC_PORT: String(OIDC_PORT), APP_URL },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: "node tests/e2e/smtp-server.mjs",
      url: MAILBOX_URL,
      env: { SMTP_PORT: String(SMTP_PORT), SMTP_HTTP_PORT: String(SMTP_PORT + 1) },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: "node tests/e2e/datagouv-server.mjs",
      url: `http://127.0.0.1:${DATAGOUV_PORT}/requetes`,
      env: { DATAGOUV_PORT: String(DATAGOUV_PORT) },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      // No --fresh: the suite makes its own data and must pass again on the same database.
      command: `npx tsx scripts/start.ts --demo --port ${PORT}`,
      url: `${APP_URL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "ignore",
      env: {
        DATABASE_NAME: "conventions_e2e",
        NEXTAUTH_URL: APP_URL,
        NEXTAUTH_SECRET,
        PROCONNECT_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
        PROCONNECT_CLIENT_ID: "conventions-e2e",
        PROCONNECT_CLIENT_SECRET: "conventions-e2e-secret",
        NEXT_TELEMETRY_DISABLED: "1",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        DATAGOUV_API_URL: `http://127.0.0.1:${DATAGOUV_PORT}/api/1`,
        DATAGOUV_API_KEY: "cle-e2e",
        DATAGOUV_DATASET: "conventions-e2e",
        METRICS_PORT: String(METRICS_PORT),
        METRICS_TOKEN,
      },
    },
    {
      // Test data, written into the app's database by one long-lived process (after the app: it uses
      // the database the app started and migrated); it first removes what earlier runs created.
      command: "node_modules/.bin/tsx --conditions=react-server tests/e2e/fixtures/server.ts",
      url: `http://127.0.0.1:${FIXTURE_PORT}/sante`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { DATABASE_NAME: "conventions_e2e", E2E_FIXTURE_PORT: String(FIXTURE_PORT), NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_SECRET },
    },
  ],
});
