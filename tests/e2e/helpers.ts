import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_USERS } from "../../prisma/seed/referentiel";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "Conventions-demo-2026";
export const demoUser = (role: (typeof DEMO_USERS)[number]["role"]) => DEMO_USERS.find((u) => u.role === role)!;

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/connexion");
  await page.getByRole("textbox", { name: /Adresse électronique/ }).fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** WCAG 2.1 A/AA checks of the current page (axe-core). */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(summary).toEqual([]);
}

/** Page text with every kind of space folded to one ASCII space (amounts use U+202F and U+00A0). */
export async function pageText(page: Page): Promise<string> {
  return (await page.locator("main").innerText()).replace(/[\s\u00a0\u202f]+/g, " ");
}

export const fold = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");
