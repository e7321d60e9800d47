// The PDF of each seed holds every party, representative, amount, schedule row, code and date.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent } from "../helpers/factories";
import { getConvention } from "@/lib/server/conventions/get-convention";
import { buildConventionPdfData } from "@/lib/server/pdf/build-convention-pdf-data";
import { renderConventionPdf } from "@/lib/server/pdf/render-convention-pdf";
import { SEED_CONVENTIONS } from "@/prisma/seed/index";
import { formatMontant, parseMontant } from "@/lib/domain/money";
import { formatDateLongue } from "@/lib/domain/dates";

const db = testDb();
const fold = (t: string) => t.replace(/[\s\u00a0\u202f]+/g, " ");

async function pdfOf(reference: string) {
  const agent = await createAgent(db, { role: "ADMINISTRATEUR" });
  const seeded = await db.convention.findUniqueOrThrow({ where: { reference } });
  const data = buildConventionPdfData(await getConvention(db, agent, seeded.id));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pdf-")), data.meta.fileName);
  fs.writeFileSync(file, await renderConventionPdf(data));
  return { file, data, text: fold(execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })), raw: execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }) };
}

describe.each(SEED_CONVENTIONS.map((s) => [s.reference, s] as const))("PDF of %s", (reference, seed) => {
  it("prints every party, representative, amount, schedule row, code and date", async () => {
    const { text, raw } = await pdfOf(reference);
    const contient = (s: string) => expect(text).toContain(fold(s));
    for (const p of seed.parties) {
      contient(p.libelle);
      if (p.representantNom) contient(p.representantNom);
      for (const d of p.denominations) contient(`« ${d} »`);
    }
    for (const l of seed.echeancier) {
      const montant = (v: string) => fold(formatMontant(parseMontant(v))).replace(" €", "\\s*€");
      expect(text).toMatch(new RegExp(`${l.annee}\\s+${montant(l.ae)}\\s+${montant(l.cp)}`));
    }
    for (const code of [...Object.values(seed.imputation ?? {}), ...Object.values(seed.parametrage ?? {})]) if (code.length < 40) contient(code);
    for (const a of seed.articles) contient(a.titre);
    for (const s of seed.signatures) contient(s.mention);
    if (seed.dateConvention) contient(formatDateLongue(seed.dateConvention));
    // Thousands separators read back as a space, not as a wrong glyph.
    expect(raw).not.toMatch(/\d\/\d{3}(?!\d)/);
  });
});

describe("PDF", () => {
  it("names the file after what it is and fills the metadata", async () => {
    const { file, data } = await pdfOf("2024-DNE-DINUM-01");
    expect(data.meta.fileName).toBe("2024-09-01_convention_MENJ-DNE_DINUM.pdf");
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Title:\s+Convention de délégation de gestion — Webinaire/);
    expect(info).toMatch(/Pages:\s+[3-9]/);
  });

  it("marks an unsigned convention as PROJET on every page, with page numbers", async () => {
    const { raw } = await pdfOf("2020-SG-DINUM-01"); // signed by one party only
    const pages = raw.split("\f").filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain("PROJET");
      expect(page).toContain(`page ${i + 1} / ${pages.length}`);
    });
  });
});
