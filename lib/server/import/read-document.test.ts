// Reading files: the three seeds printed to PDF by a word processor's engine (Chromium) and saved
// as Word files, read back field by field; a scanned page read by OCR; and every bad input refused
// with a French message.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convention2020ClasseA12 } from "@/prisma/seed/convention-2020-classe-a-12";
import { convention2021ClasseA12 } from "@/prisma/seed/convention-2021-classe-a-12";
import { convention2024Webinaire } from "@/prisma/seed/convention-2024-webinaire";
import type { ConventionSeed } from "@/prisma/seed/types";
import { comparer, CONTEXTE, type Comparaison } from "@/lib/domain/import/recuperation.test-support";
import { docxDepuisTexte } from "@/tests/helpers/docx";
import { pageScannee } from "@/tests/helpers/scan";
import { analyserFichier } from "./analyse-fichier";
import { LIMITES_IMPORT, readDocument, verifierTaille } from "./read-document";

const DOSSIER = path.join(__dirname, "../../../tests/fixtures/import");
const SEEDS: [string, ConventionSeed][] = [
  ["seed-001-classe-a-12-2020", convention2020ClasseA12],
  ["seed-003-webinaire-2024", convention2024Webinaire],
  ["seed-004-classe-a-12-2021", convention2021ClasseA12],
];
const texteDe = (nom: string) => readFileSync(path.join(DOSSIER, `${nom}.txt`), "utf8");
const part = (cs: Comparaison[]) => cs.filter((c) => c.ok).length / cs.length;

describe("a text PDF", () => {
  it("gives back at least 98 % of the seeds' fields, and at least 94 % of each", async () => {
    const toutes: Comparaison[] = [];
    for (const [nom, seed] of SEEDS) {
      const a = await analyserFichier(new Uint8Array(readFileSync(path.join(DOSSIER, "pdf", `${nom}.pdf`))), CONTEXTE);
      expect(a.fichier).toMatchObject({ format: "PDF", pagesLuesParOcr: [] });
      const cs = comparer(seed, a.document, texteDe(nom).replace(/\s+/g, " "));
      expect(part(cs), `${nom} : ${JSON.stringify(cs.filter((c) => !c.ok).map((c) => c.champ))}`).toBeGreaterThanOrEqual(0.94);
      toutes.push(...cs);
    }
    expect(part(toutes)).toBeGreaterThanOrEqual(0.98);
  });

  it("keeps the page and the box of every field it read", async () => {
    const a = await analyserFichier(new Uint8Array(readFileSync(path.join(DOSSIER, "pdf", "seed-003-webinaire-2024.pdf"))), CONTEXTE);
    const source = a.sources["parties.1.representantNom"]!;
    expect(source.page).toBe(1);
    expect(source.boites[0]).toMatchObject({ page: 1 });
    expect(source.boites[0]!.largeur).toBeGreaterThan(100);
    expect(a.sources["articles.9"]!.page).toBeGreaterThan(1);
  });
});

describe("a Word file", () => {
  it.each(SEEDS)("%s.docx gives back every field", async (nom, seed) => {
    const a = await analyserFichier(await docxDepuisTexte(texteDe(nom)), CONTEXTE);
    expect(a.fichier.format).toBe("DOCX");
    expect(comparer(seed, a.document, texteDe(nom).replace(/\s+/g, " ")).filter((c) => !c.ok)).toEqual([]);
  });

  it("with tracked changes says the insertions were kept and the deletions dropped", async () => {
    const a = await analyserFichier(await docxDepuisTexte(texteDe("seed-003-webinaire-2024"), { suivies: true }), CONTEXTE);
    expect(a.constats.find((c) => c.code === "MODIFICATIONS_SUIVIES")?.message).toMatch(/1 insertion\(s\), 1 suppression\(s\).*acceptées/);
  });
});

describe("a scan", () => {
  it("reads a page image by OCR, with a confidence from the recognition", { timeout: 60_000 }, async () => {
    const a = await analyserFichier(new Uint8Array(pageScannee(path.join(DOSSIER, "pdf", "seed-003-webinaire-2024.pdf"))), CONTEXTE);
    expect(a.fichier).toMatchObject({ format: "IMAGE", pagesLuesParOcr: [1] });
    expect(a.document.parties.map((p) => [p.organisation, p.representantNom])).toEqual([
      ["DNE", "Audran Le Baron"],
      ["DINUM", "Stéphanie Schaer"],
    ]);
    expect(a.document.basesLegales).toHaveLength(2);
    expect(a.confiance["parties.0.libelle"]).toBeGreaterThan(0.5);
    expect(a.confiance["parties.0.libelle"]).toBeLessThan(1);
  });

  it("an image with no text says so", { timeout: 60_000 }, async () => {
    // a blank page: a PDF with one empty page, rendered
    const { PDF } = await import("@libpdf/core");
    const vide = PDF.create();
    vide.addPage();
    const a = await analyserFichier(new Uint8Array(pageScannee(await vide.save(), { dpi: 50 })), CONTEXTE);
    expect(a.constats.map((c) => c.code)).toEqual(["AUCUN_TEXTE"]);
  });
});

describe("bad input", () => {
  const refus = async (octets: Uint8Array) => {
    try {
      await readDocument(octets);
    } catch (e) {
      return { code: (e as { code: string }).code, message: (e as Error).message };
    }
    throw new Error("accepté");
  };
  it("a damaged PDF", async () =>
    expect(await refus(new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage"))).toMatchObject({
      code: "PDF_ENDOMMAGE",
      message: expect.stringMatching(/endommagé/),
    }));
  it("a PDF protected by a password", async () => {
    const { PDF } = await import("@libpdf/core");
    const doc = await PDF.load(new Uint8Array(readFileSync(path.join(DOSSIER, "pdf", "seed-001-classe-a-12-2020.pdf"))));
    doc.setProtection({ userPassword: "secret", ownerPassword: "admin" });
    expect(await refus(await doc.save())).toMatchObject({ code: "PDF_PROTEGE", message: expect.stringMatching(/mot de passe/) });
  });
  it("a PDF of more pages than a convention has", async () => {
    const { PDF } = await import("@libpdf/core");
    const doc = PDF.create();
    for (let i = 0; i <= LIMITES_IMPORT.pages; i++) doc.addPage();
    expect(await refus(await doc.save())).toMatchObject({
      code: "TROP_DE_PAGES",
      message: expect.stringContaining(`${LIMITES_IMPORT.pages + 1} pages`),
    });
  });
  it("a file of another kind", async () =>
    expect(await refus(new Uint8Array([0, 1, 2, 3, 0, 0, 7, 8]))).toMatchObject({ code: "FORMAT_INCONNU" }));
  it("a zip that is no Word file", async () => {
    const { default: JSZip } = await import("jszip");
    const zip = new JSZip();
    zip.file("a.txt", "a");
    expect(await refus(await zip.generateAsync({ type: "uint8array" }))).toMatchObject({ code: "DOCX_ILLISIBLE" });
  });
  it("an empty file and one over the limit, said before reading", () => {
    expect(() => verifierTaille(0)).toThrow(/vide/);
    expect(() => verifierTaille(LIMITES_IMPORT.octets + 1)).toThrow(/25 Mo/);
  });
  it("a text in Windows-1252 is read with its accents", async () => {
    const octets = new Uint8Array(Buffer.from("Convention de d\xe9l\xe9gation de gestion\n\nEntre\n", "latin1"));
    expect((await readDocument(octets)).lignes[0]!.texte).toBe("Convention de délégation de gestion");
  });
});
