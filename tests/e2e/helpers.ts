import { randomUUID } from "node:crypto";
import { expect, test as base, type Locator, type Page } from "@playwright/test";

const permis = new WeakMap<Page, RegExp[]>();
const APP_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const FIXTURES_URL = `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT ?? 3260}`;

/** The app's pages are pressed only once React has hydrated them (`data-hydrate` on <html>): on a
 *  slow machine a click on a server-rendered button before that does nothing. Every page of every
 *  context — the fixture's and those of `browser.newContext()` — waits after goto and reload. */
function attendreHydratation(page: Page) {
  const proto = Object.getPrototypeOf(page) as Page & { __hydratation?: boolean };
  if (proto.__hydratation) return;
  proto.__hydratation = true;
  for (const methode of ["goto", "reload"] as const) {
    const original = proto[methode] as (...args: unknown[]) => Promise<unknown>;
    (proto as unknown as Record<string, unknown>)[methode] = async function (this: Page, ...args: unknown[]) {
      const reponse = await original.apply(this, args);
      if (new URL(this.url()).port === new URL(APP_URL).port)
        await this.waitForFunction(() => document.documentElement.dataset.hydrate === "ok", null, { timeout: 20_000 }).catch(() => {});
      return reponse;
    };
  }
}

/** Every journey fails on a console error or an uncaught exception of its page (hydration
 *  mismatch, CSP violation, DSFR assertion…), unless the test says it expects that one. */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, provide) => {
    attendreHydratation(page);
    const erreurs: string[] = [];
    page.on("console", (m) => {
      if (m.type() !== "error" || (permis.get(page) ?? []).some((r) => r.test(m.text()))) return;
      // Only the app's own pages: the local stand-in for ProConnect has its own assets and errors.
      if (new URL(page.url()).port !== new URL(APP_URL).port) return;
      erreurs.push(`${page.url()} : ${m.text()}`);
    });
    page.on("pageerror", (e) => erreurs.push(`${page.url()} : ${e.message}`));
    await provide(page);
    expect(erreurs, "erreurs dans la console").toEqual([]);
  },
});
export { expect };

/** A console error the test expects (the browser logs the 404 status of a page it asked for). */
export function allowConsoleError(page: Page, pattern: RegExp) {
  permis.set(page, [...(permis.get(page) ?? []), pattern]);
}
import AxeBuilder from "@axe-core/playwright";
import { DEMO_USERS } from "../../prisma/seed/referentiel";
import type { ConventionSeed } from "../../prisma/seed/types";
import { formatMontant, parseMontant } from "../../lib/domain/money";
import { formatDateLongue } from "../../lib/domain/dates";

/** The database the e2e server runs on (playwright.config.ts): kept between runs, never reset. */
export const E2E_DATABASE = "conventions_e2e";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "Conventions-demo-2026";
export const demoUser = (role: (typeof DEMO_USERS)[number]["role"]) => DEMO_USERS.find((u) => u.role === role)!;

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/connexion");
  await page.getByRole("textbox", { name: /Adresse électronique/ }).fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** Starts a journey logged in as this agent, on `chemin` (the list by default): the session is opened
 *  by the fixture server as the password login opens it (tests/e2e/fixtures/server.ts), without the
 *  two page loads of the form. Journeys about the login itself use `login` (auth.spec.ts). */
export async function connecte(page: Page, email: string, chemin = "/conventions") {
  const reponse = await fetch(`${FIXTURES_URL}/session/${encodeURIComponent(email)}`, { method: "POST" });
  if (!reponse.ok) throw new Error(`Session de ${email} : ${reponse.status} ${await reponse.text()}`);
  const { name, value } = (await reponse.json()) as { name: string; value: string };
  await page.context().addCookies([{ name, value, url: APP_URL, httpOnly: true, sameSite: "Lax" }]);
  await page.goto(chemin);
}

/** One step of the life cycle from the document's « Étape » panel, with an optional comment. */
/** The local stand-in for ProConnect: its login form (any password), then its consent, once. */
export async function saisirProConnect(page: Page, email: string) {
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("peu-importe");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const consent = page.getByRole("button", { name: "Continue" });
  if (await consent.isVisible().catch(() => false)) await consent.click();
}

export async function etape(page: Page, bouton: string, commentaire?: string) {
  const panneau = page.getByRole("region", { name: /^Étape/ });
  if (commentaire) await panneau.getByLabel(label("Commentaire (facultatif)")).fill(commentaire);
  await panneau.getByRole("button", { name: bouton, exact: true }).click();
  // (« Valider pour signature » is prepared by the job worker: its progress shows meanwhile.)
  await expect(panneau.getByRole("status").filter({ hasText: `« ${bouton} » : fait.` })).toBeVisible({ timeout: 60_000 });
}

/** The reviewer approves every section still to approve, one by one. */
export async function approuverTout(page: Page) {
  const revue = page.getByRole("region", { name: "Revue", exact: true });
  for (let n = 0; n < 40; n++) {
    const bouton = revue.getByRole("button", { name: /^Approuver la section/ }).first();
    if ((await bouton.count()) === 0) return;
    const nom = (await bouton.getAttribute("aria-label"))!;
    await bouton.click();
    await expect(revue.getByRole("button", { name: nom, exact: true })).toHaveCount(0);
  }
}

/** Every warning acknowledged, then « Valider pour signature ». */
export async function validerPourSignature(page: Page) {
  const panneau = page.getByRole("region", { name: /^Étape/ });
  for (const caseACocher of await panneau.getByRole("checkbox").all()) await caseACocher.check();
  await etape(page, "Valider pour signature", "Échéancier et codes conformes.");
  await expect(page.getByRole("region", { name: /^Étape/ })).toContainText("Prête à signer");
}

/** What the local SMTP server (tests/e2e/smtp-server.mjs) received. */
export const MAILBOX_URL = `http://127.0.0.1:${Number(process.env.E2E_SMTP_PORT ?? 3250) + 1}/messages`;

/** Waits for an e-mail to `to` whose subject contains `sujet` (the worker polls every 2 s). */
export async function expectMail(to: string, sujet: string) {
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(MAILBOX_URL)).json()) as { to: string[]; subject: string }[];
        return messages.filter((m) => m.to.includes(to) && m.subject.includes(sujet)).length;
      },
      { timeout: 20_000, message: `courriel à ${to} : « ${sujet} »` },
    )
    .toBeGreaterThan(0);
}

/** WCAG 2.1 A/AA checks of the current page (axe-core). */
export async function expectAccessible(page: Page) {
  // Next streams the page's <title> (and re-renders it after a server action's refresh): wait until
  // the page has one rather than catch the instant between two renders. A page without a title
  // still fails here.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
  );
  expect(summary).toEqual([]);
}

/** Page text with every kind of space folded to one ASCII space (amounts use U+202F and U+00A0). */
export async function pageText(page: Page): Promise<string> {
  return (await page.locator("main").innerText()).replace(/[\s\u00a0\u202f]+/g, " ");
}

export const fold = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");

/** The detail page shows every party, representative, legal basis, article, amount, code, date,
 *  signature and annex of the seed. */
export async function expectConventionShown(page: Page, seed: ConventionSeed) {
  await expect(page.getByRole("heading", { level: 1, name: seed.intitule })).toBeVisible();
  const text = await pageText(page);
  for (const partie of seed.parties) {
    expect(text).toContain(fold(partie.libelle));
    if (partie.representantNom) expect(text).toContain(partie.representantNom);
    if (partie.qualite) expect(text).toContain(fold(partie.qualite));
    for (const d of partie.denominations) expect(text).toContain(`« ${d} »`);
  }
  for (const base of seed.basesLegales) expect(text).toContain(fold(`Vu ${base.texte}`));
  for (const article of seed.articles) expect(text).toContain(fold(`Article ${article.numero} : ${article.titre}`));
  for (const ligne of seed.echeancier) {
    expect(text).toContain(String(ligne.annee));
    expect(text).toContain(fold(formatMontant(parseMontant(ligne.ae))));
    expect(text).toContain(fold(formatMontant(parseMontant(ligne.cp))));
  }
  expect(text).toContain(fold(`Plafond AE ${formatMontant(parseMontant(seed.plafondAe!))}`));
  const { lignesImprimees, ...imputation } = seed.imputation ?? {};
  for (const code of [...Object.values(imputation), ...Object.values(seed.parametrage ?? {})]) expect(text).toContain(fold(code));
  // The imputation table as the signed document prints it, row by row.
  for (const ligne of (lignesImprimees ?? "").split("\n").filter(Boolean))
    for (const cellule of ligne.split(" | ")) expect(text).toContain(fold(cellule));
  for (const c of seed.cofinancements) expect(text).toContain(fold(formatMontant(parseMontant(c.montant))));
  if (seed.dateFin) expect(text).toContain(fold(formatDateLongue(seed.dateFin)));
  if (seed.preavisMois) expect(text).toContain(`${seed.preavisMois} mois`);
  for (const s of seed.signatures) expect(text).toContain(fold(s.mention));
  for (const annexe of seed.annexes) expect(text).toContain(`Annexe ${annexe.numero} : ${annexe.titre}`);
}

/** A field by the start of its accessible name (hints are part of it; "Nature" is inside "Signature"). */
export const label = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s|$)`);

/** A unique value for what a journey creates, so that the suite runs again on the same database. */
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;

/** Test data written into the e2e database by the fixture server (tests/e2e/fixtures/server.ts,
 *  started with the app; never a demo seed). */
export async function fixture(
  what:
    | "signed-convention"
    | "draft-convention"
    | "draft-avenant"
    | "long-title"
    | "duplicate-organisation"
    | "ready-to-sign"
    | "signed-current",
): Promise<{
  id: string;
  reference: string;
  sigle?: string;
  conserveeId?: string;
}> {
  const reponse = await fetch(`${FIXTURES_URL}/${what}`, { method: "POST" });
  if (!reponse.ok) throw new Error(`Donnée de test ${what} : ${reponse.status} ${await reponse.text()}`);
  return reponse.json();
}

/** A button or link shows its whole text, not a bare icon (DSFR clips the text of icon-only buttons). */
export async function expectLabelShown(control: Locator) {
  await expect(control).toBeVisible();
  const box = await control.evaluate((el) => ({ clipped: el.scrollWidth > el.clientWidth + 1, width: el.getBoundingClientRect().width }));
  expect(box, `« ${await control.innerText()} » n'affiche que son icône`).toEqual({ clipped: false, width: expect.any(Number) });
  expect(box.width).toBeGreaterThan(64);
}

/** A signature block per party, each with its signatory's power stated (« valider » needs it). */
export async function ajouterBlocsDeSignature(page: Page, blocs: readonly { partie: number; mention: string; signataire?: string }[]) {
  const fieldset = page.locator("fieldset:has(#legend-signatures)");
  for (const [i, b] of blocs.entries()) {
    await page.getByRole("button", { name: "Ajouter un bloc de signature" }).click();
    const bloc = fieldset.locator(".fr-grid-row").nth(i);
    await bloc.getByLabel(label("Partie")).selectOption(String(b.partie));
    await bloc.getByLabel(label("Mention")).fill(b.mention);
    if (b.signataire) await bloc.getByLabel(label("Signataire")).fill(b.signataire);
    await bloc.getByLabel(label("Fondement du pouvoir de signer")).selectOption({ label: "Titulaire de la fonction (nomination)" });
  }
}

/** A new convention from the DINUM model: its fields (DNE délégant, DINUM délégataire, 100 000 € on
 *  2025, UO, end date, a block per party); « Remplir les articles » pressed or not. */
export async function nouvelleDuModele(page: Page, reference: string, { remplir = true, intitule = "Cycle de vie de bout en bout" } = {}) {
  await page.goto("/conventions/nouvelle");
  await page.getByLabel(label("Référence")).fill(reference);
  await page.getByLabel(label("Titre imprimé")).fill("Convention de délégation de gestion");
  await page.getByLabel(label("Intitulé court")).fill(intitule);
  await page.getByLabel(label("Service rédacteur")).selectOption({ label: "DNE — Direction du numérique pour l'éducation" });
  await page.getByLabel(label("Objet : la mission confiée au délégataire")).fill("Héberger le service de visioconférence de l'État");
  const blocs = page.locator("fieldset:has(#legend-parties) .fr-p-2w");
  await blocs
    .nth(0)
    .getByLabel(label("Organisation (référentiel)"))
    .selectOption({ label: "DNE — Direction du numérique pour l'éducation" });
  await blocs.nth(0).getByLabel(label("Désignation imprimée")).fill("La direction du numérique pour l'éducation (DNE)");
  await blocs
    .nth(1)
    .getByLabel(label("Organisation (référentiel)"))
    .selectOption({ label: "DINUM — Direction interministérielle du numérique" });
  await blocs.nth(1).getByLabel(label("Désignation imprimée")).fill("La direction interministérielle du numérique (DINUM)");
  await page.getByLabel(label("Plafond AE (€)")).fill("100 000");
  await page.getByLabel(label("Plafond CP (€)")).fill("100 000");
  await page.getByRole("button", { name: "Ajouter une année" }).click();
  await page.getByLabel(label("Année, ligne 1")).fill("2025");
  await page.getByLabel(label("AE 2025")).fill("100 000");
  await page.getByLabel(label("CP 2025")).fill("100 000");
  await page.locator("fieldset:has(#legend-imputation)").getByLabel(label("Centre financier")).fill("0214-CEN2-INFO");
  await page.getByLabel(label("Date de fin")).fill("2026-12-31");
  if (remplir) {
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Remplir les articles du modèle DINUM à partir des champs" }).click();
  }
  await ajouterBlocsDeSignature(page, [
    { partie: 0, mention: "Pour la DNE, le directeur", signataire: "Audran Le Baron" },
    { partie: 1, mention: "Pour la DINUM, la directrice", signataire: "Stéphanie Schaer" },
  ]);
}
