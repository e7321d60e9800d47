// The PDF of each seed holds every party, representative, amount, schedule row, code and date.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention } from "../helpers/factories";
import { getConvention } from "@/lib/server/conventions/get-convention";
import { buildConventionPdfData } from "@/lib/server/pdf/build-convention-pdf-data";
import { renderConventionPdf } from "@/lib/server/pdf/render-convention-pdf";
import { SEED_CONVENTIONS } from "@/prisma/seed/index";
import { formatMontant, parseMontant } from "@/lib/domain/money";
import { formatDateLongue } from "@/lib/domain/dates";
import { lireLignesImprimees } from "@/lib/domain/libelles";

const db = testDb();
const fold = (t: string) => t.replace(/[\s\u00a0\u202f]+/g, " ");

async function pdfOf(reference: string) {
  const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
  const seeded = await db.convention.findUniqueOrThrow({ where: { reference } });
  const data = buildConventionPdfData(await getConvention(agent, seeded.id));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pdf-")), data.meta.fileName);
  fs.writeFileSync(file, await renderConventionPdf(data));
  return {
    file,
    data,
    text: fold(execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })),
    raw: execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }),
  };
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
    for (const code of [...Object.values(seed.imputation ?? {}), ...Object.values(seed.parametrage ?? {})])
      if (code.length < 40) contient(code);
    // The imputation table's rows as the signed document writes them (« Code programme P 214 _ BOP SAAM »).
    for (const [libelle, valeur] of lireLignesImprimees(seed.imputation?.lignesImprimees)) contient(`${libelle} ${valeur}`.trim());
    for (const a of seed.articles) contient(a.titre);
    for (const s of seed.signatures) contient(s.mention);
    if (seed.dateConvention) contient(formatDateLongue(seed.dateConvention));
    // Thousands separators read back as a space, not as a wrong glyph.
    expect(raw).not.toMatch(/\d\/\d{3}(?!\d)/);
  });

  it("never ends a page with a heading or a table header, and keeps « Fait à … » with the signatures", async () => {
    const { raw } = await pdfOf(reference);
    const pages = raw.split("\f").filter((p) => p.trim());
    const titres = seed.articles.map((a) => fold(`Article ${a.numero} : ${a.titre}`));
    pages.forEach((page) => {
      const lignes = page
        .split("\n")
        .map((l) => fold(l).trim())
        .filter((l) => l && !/^page \d+ \/ \d+$/.test(l));
      const derniere = lignes.at(-1)!;
      expect(titres).not.toContain(derniere);
      expect(derniere).not.toMatch(/^(Année|AE|CP)$/);
    });
    const faitA = pages.findIndex((p) => p.includes("Fait à"));
    expect(pages[faitA]).toContain(seed.signatures[0]!.mention.split("\n")[0]);
  });
});

describe("PDF", () => {
  it("heads page 1 with the State's bloc-marque: Marianne's flag in blue and red, « RÉPUBLIQUE FRANÇAISE », the motto", async () => {
    const { file, raw } = await pdfOf("2024-DNE-DINUM-01");
    expect(raw.split("\f")[0]).toMatch(/RÉPUBLIQUE\s+FRANÇAISE\s+Liberté\s+Égalité\s+Fraternité/);
    // The top-left corner of page 1, as pixels: the flag's blue (#000091) and red (#e1000f) are there.
    const ppm = execFileSync("pdftoppm", ["-r", "50", "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "120", "-H", "80", file]);
    const [, w, h] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 20).toString("latin1"))!;
    const pixels = ppm.subarray(ppm.length - Number(w) * Number(h) * 3);
    const proche = (r: number, g: number, b: number) => {
      for (let i = 0; i < pixels.length; i += 3)
        if (Math.abs(pixels[i]! - r) < 40 && Math.abs(pixels[i + 1]! - g) < 40 && Math.abs(pixels[i + 2]! - b) < 40) return true;
      return false;
    };
    expect(proche(0, 0, 145)).toBe(true);
    expect(proche(225, 0, 15)).toBe(true);
  });

  it("names the file after what it is and fills the metadata", async () => {
    const { file, data } = await pdfOf("2024-DNE-DINUM-01");
    expect(data.meta.fileName).toBe("2024-09-01_convention_MENJ-DNE_DINUM.pdf");
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Title:\s+Convention de délégation de gestion — Webinaire/);
    expect(info).toMatch(/Pages:\s+[3-9]/);
  });

  it("tells the truth about signing on every page: seed 001, signed by one party only, is not « PROJET » but half signed", async () => {
    const { raw } = await pdfOf("2020-SG-DINUM-01");
    const pages = raw.split("\f").filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain("Signé par 1 partie sur 2 — signatures en cours");
      expect(page).not.toContain("PROJET");
      expect(page).toContain(`page ${i + 1} / ${pages.length}`);
    });
    // Only the party that signed says so in its block.
    expect(raw.match(/Signé(?! par)/g)).toHaveLength(1);
  });

  it.each(["2020-SG-DINUM-01", "2024-DNE-DINUM-01"])("embeds every font %s references (pdffonts)", async (reference) => {
    const { file } = await pdfOf(reference);
    const lignes = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
    expect(lignes.length).toBeGreaterThan(0);
    expect(lignes.filter((l) => !/\syes\s+yes\s/.test(l))).toEqual([]);
  });

  it("prints « Signé » in each block of seed 003, signed by both, and no PROJET mark", async () => {
    const { raw } = await pdfOf("2024-DNE-DINUM-01");
    expect(raw).not.toContain("PROJET");
    expect(raw.match(/Signé(?! par)/g)).toHaveLength(2);
  });

  it("marks a draft « PROJET » on every page", async () => {
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const convention = await createConvention(db, { statut: "BROUILLON" });
    const file = path.join(os.tmpdir(), `${convention.id}-projet.pdf`);
    fs.writeFileSync(file, await renderConventionPdf(buildConventionPdfData(await getConvention(agent, convention.id))));
    const pages = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })
      .split("\f")
      .filter((p) => p.trim());
    pages.forEach((page) => expect(page).toContain("PROJET — document non signé"));
  });
});

describe("PDF of difficult drafts", () => {
  it("renders a draft missing data, with « [à compléter] » where it is missing", async () => {
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const convention = await createConvention(db, {
      statut: "BROUILLON",
      articles: [],
      echeancier: [],
      signatures: [],
      dateConvention: undefined,
      parties: [{ role: "DELEGANT", organisation: "DNE", libelle: "La DNE", denominations: [] }],
    });
    const data = buildConventionPdfData(await getConvention(agent, convention.id));
    const file = path.join(os.tmpdir(), `${convention.id}.pdf`);
    fs.writeFileSync(file, await renderConventionPdf(data));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("Représentée par [à compléter]");
    expect(text).toContain("[à compléter]");
    expect(text).toContain("PROJET");
  });

  it("renders 200 schedule lines, 10 parties, 40 long articles, non-Latin-1 text and HTML as text; never cuts a row", async () => {
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const parties = Array.from({ length: 10 }, (_, i) => ({
      role: (i === 9 ? "DELEGATAIRE" : "DELEGANT") as "DELEGANT" | "DELEGATAIRE",
      organisation: i === 9 ? "DINUM" : "DNE",
      libelle: `Partie n° ${i + 1} — Œuvre « Ærø » ₂ 😀`,
      representantNom: "Zoë Łukasiewicz",
      denominations: [`P${i + 1}`],
    }));
    const convention = await createConvention(db, {
      statut: "BROUILLON",
      parties,
      articles: Array.from({ length: 40 }, (_, i) => ({
        numero: String(i + 1),
        titre: `Article long ${i + 1}`,
        corps: `<script>alert("x")</script> ${"Texte de l'article très long. ".repeat(60)}\n- point un\n- point deux${i === 5 ? "\n[[echeancier]]" : ""}`,
      })),
    });
    const data = buildConventionPdfData(await getConvention(agent, convention.id));
    // 200 rows (a stored schedule has at most one row per year, 2000–2100): straight to the renderer.
    data.tableaux.echeancier!.lignes = Array.from({ length: 200 }, (_, i) => [`L${i + 1}`, `${1000 + i}\u00a0€`, `${2000 + i}\u00a0€`]);
    const file = path.join(os.tmpdir(), `${convention.id}.pdf`);
    fs.writeFileSync(file, await renderConventionPdf(data));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain("Zoë Łukasiewicz");
    expect(text).toContain("Œuvre");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
    expect(pages).toBeGreaterThan(20);
    // Every row is whole on one page: its three cells are on the same page.
    const parPage = text.split("\f");
    for (const i of [1, 57, 123, 200]) {
      const page = parPage.findIndex((p) => new RegExp(`^L${i}$`, "m").test(p));
      expect(parPage[page]).toContain(`${1000 + i - 1}`);
      expect(parPage[page]).toContain(`${2000 + i - 1}`);
    }
  });

  it("never starts a line with « : », « ; », « € » or « » », nor splits an amount or « n° 2004-1085 » (no-break spaces)", async () => {
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    // Words of every length before each sign, so that some sign falls at a line end whatever the widths.
    const phrase = (k: number) => `${"m".repeat((k % 9) + 1)} : le montant de ${k} 234 567 € « DINUM${k} » ; décret n° 2004-1085 !`;
    const corps = Array.from({ length: 120 }, (_, k) => phrase(k)).join(" ");
    const convention = await createConvention(db, { statut: "BROUILLON", articles: [{ numero: "1", titre: "Typographie", corps }] });
    const data = buildConventionPdfData(await getConvention(agent, convention.id));
    const file = path.join(os.tmpdir(), `${convention.id}.pdf`);
    fs.writeFileSync(file, await renderConventionPdf(data));
    const lines = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).split("\n");
    expect(lines.filter((l) => /^\s*[:;!?»€%]/.test(l))).toEqual([]);
    expect(lines.filter((l) => /(«|n°)\s*$/.test(l))).toEqual([]);
    expect(lines.filter((l, i) => /\d\s*$/.test(l) && /^\d{3}(\D|$)/.test(lines[i + 1] ?? ""))).toEqual([]);
    expect(lines.join(" ").replace(/\s+/g, " ")).toContain("le montant de 7 234 567 € « DINUM7 » ; décret n° 2004-1085 !");
  });

  it("keeps a 300-character title typed without spaces, and a long code, within the right margin", async () => {
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const titre = "CONVENTIONSANSESPACE".repeat(15); // 300 characters
    const code = "0214-CEN2-INFO-".repeat(8).replace(/-$/, "");
    const convention = await createConvention(db, {
      statut: "BROUILLON",
      titre,
      articles: [{ numero: "1", titre: `Objet ${code}`, corps: `Le code ${code} est imputé. ${"x".repeat(200)}` }],
    });
    const data = buildConventionPdfData(await getConvention(agent, convention.id));
    const file = path.join(os.tmpdir(), `${convention.id}-marge.pdf`);
    fs.writeFileSync(file, await renderConventionPdf(data));
    const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
    const page = /<page width="([\d.]+)"/.exec(html)!;
    const limite = Number(page[1]) - 56 + 1; // the page's right margin, 56 pt (lib/pdf/styles.ts), 1 pt of rounding
    const mots = [...html.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
      xMax: Number(m[1]),
      mot: m[2]!,
    }));
    expect(mots.length).toBeGreaterThan(20);
    expect(mots.filter((m) => m.xMax > limite).map((m) => m.mot)).toEqual([]);
    const texte = fold(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })).replace(/[\s-]/g, "");
    expect(texte).toContain(titre); // nothing lost, only broken across lines
  });
});

describe("PDF of the consolidated version", () => {
  it("keeps the footnotes of seed 004's articles", async () => {
    const { getConsolidation } = await import("@/lib/server/avenants/get-consolidation");
    const { buildConsolidatedPdfData } = await import("@/lib/server/pdf/build-other-pdf-data");
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const seeded = await db.convention.findUniqueOrThrow({ where: { reference: "2021-SG-DINUM-01" }, include: { articles: true } });
    const data = buildConsolidatedPdfData(await getConsolidation(agent, seeded.id));
    const attendues = seeded.articles.flatMap((a) => a.notes);
    expect(attendues.length).toBeGreaterThan(0);
    expect(data.articles.flatMap((a) => a.notes)).toEqual(attendues);
  });
});

describe("PDF metadata", () => {
  it("carries XMP metadata (title, language, producer) that pdfinfo reads", async () => {
    const { renderPdf } = await import("@/lib/server/pdf/pdf-pool");
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const seeded = await db.convention.findUniqueOrThrow({ where: { reference: "2024-DNE-DINUM-01" } });
    const data = buildConventionPdfData(await getConvention(agent, seeded.id));
    const file = path.join(os.tmpdir(), `xmp-${seeded.id}.pdf`);
    fs.writeFileSync(file, await renderPdf(data));
    const meta = execFileSync("pdfinfo", ["-meta", file], { encoding: "utf8" });
    expect(meta).toContain(`<rdf:li xml:lang="fr-FR">${data.meta.title.replace(/&/g, "&amp;")}</rdf:li>`);
    expect(meta).toContain("<pdf:Producer>Conventions de délégation de gestion</pdf:Producer>");
    expect(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })).toContain("Convention de délégation de gestion");
  });
});

describe("the annex table of seed 004", () => {
  it("prints a cell's italics in italics, and an asterisk standing alone as an asterisk", async () => {
    const { file } = await pdfOf("2021-SG-DINUM-01");
    const { readDocument } = await import("@/lib/server/import/read-document");
    const lu = await readDocument(new Uint8Array(fs.readFileSync(file)));
    const mots = lu.pagesPositionnees!.flatMap((p) => p.mots);
    const italiques = mots.filter((m) => m.italique).map((m) => m.texte.trim());
    expect(italiques).toEqual(expect.arrayContaining(["privacy by design"]));
    expect(mots.some((m) => !m.italique && /textes\*/.test(m.texte))).toBe(true);
  });
});
