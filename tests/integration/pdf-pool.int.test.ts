// PDFs rendered in worker threads (the bundle `npm run build` makes) are the same documents as
// those rendered in the server's thread, several at once, and a failure comes back as an error.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Piscina } from "piscina";
import { testDb } from "../helpers/db";
import { createAgent } from "../helpers/factories";
import { getConvention } from "@/lib/server/conventions/get-convention";
import { buildConventionPdfData } from "@/lib/server/pdf/build-convention-pdf-data";
import { createPdfPool, PoolRecycle, PRECHAUFFAGE, renderPdf } from "@/lib/server/pdf/pdf-pool";
import { SEED_CONVENTIONS } from "@/prisma/seed/index";
import type { PdfConvention } from "@/lib/pdf/data";
import { buildPdfWorker } from "../../scripts/lib/pdf-worker-bundle";

const db = testDb();
let pool: Piscina;
let workerFile: string;

const texte = (pdf: Buffer) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pool-")), "doc.pdf");
  fs.writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
};

beforeAll(async () => {
  // Inside the project, so that the bundle finds node_modules.
  workerFile = await buildPdfWorker(path.join(process.cwd(), ".next", "pdf-worker-test", `${process.pid}.mjs`));
  pool = createPdfPool(workerFile, 2);
}, 60_000);

afterAll(async () => {
  await pool?.destroy();
  fs.rmSync(path.dirname(workerFile), { recursive: true, force: true });
});

describe("PDF worker pool", () => {
  it("renders the three seeds at once in worker threads, word for word as in this thread", async () => {
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const docs: PdfConvention[] = [];
    for (const seed of SEED_CONVENTIONS) {
      const { id } = await db.convention.findUniqueOrThrow({ where: { reference: seed.reference } });
      docs.push(buildConventionPdfData(await getConvention(agent, id)));
    }
    const inWorkers = await Promise.all(docs.map((d) => renderPdf(d, pool)));
    for (const [i, d] of docs.entries()) {
      expect(inWorkers[i]!.subarray(0, 5).toString()).toBe("%PDF-");
      expect(texte(inWorkers[i]!)).toBe(texte(await renderPdf(d, null)));
    }
    expect(pool.threads.length).toBeGreaterThanOrEqual(1);
  });

  it("turns a failure inside a worker into an error, and keeps serving", async () => {
    await expect(renderPdf({ parties: null } as unknown as PdfConvention, pool)).rejects.toThrow();
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const { id } = await db.convention.findUniqueOrThrow({ where: { reference: SEED_CONVENTIONS[0]!.reference } });
    const pdf = await renderPdf(buildConventionPdfData(await getConvention(agent, id)), pool);
    expect(texte(pdf)).toContain(SEED_CONVENTIONS[0]!.parties[0]!.libelle.split(" ")[0]);
  });

  it("renders the warm-up document of server start (every kind of block, the DINUM model)", async () => {
    const text = texte(await renderPdf(PRECHAUFFAGE, pool)).replace(/\s+/g, " ");
    expect(text).toContain("Article 0 : Blocs");
    expect(text).toContain("cent vingt mille euros (120 000 €)");
    expect(text).toContain("PROJET");
  });

  it("replaces its workers with fresh ones every N renders, without losing a render in between", async () => {
    const recycle = new PoolRecycle(workerFile, 1, 2);
    try {
      await renderPdf(PRECHAUFFAGE, recycle);
      const avant = recycle.threadIds;
      expect(avant).toHaveLength(1);
      // Six at once: the switch happens while the old workers still have renders to finish.
      const rendus = await Promise.all(Array.from({ length: 6 }, () => renderPdf(PRECHAUFFAGE, recycle)));
      expect(rendus.every((pdf) => pdf.subarray(0, 5).toString() === "%PDF-")).toBe(true);
      expect(recycle.threadIds.some((id) => avant.includes(id))).toBe(false);
    } finally {
      await recycle.destroy();
    }
  });
});
