// npm run bench:sign — one in-app signature (issue 11: median under 300 ms, the signatory's
// re-authentication excluded): open the signatory's PKCS#12 and apply a PAdES B-B signature as an
// incremental update, as lib/server/signature/fournisseur.ts does, on the PDF of each seed convention
// and of a 40-article (~20-page) convention; first signature over the frozen PDF, second over the
// first. Prints median and p95 (ms) and the bytes each signature adds. Certificates come from a
// throwaway development CA (openssl), the documents from a throwaway database.
import { it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { P12Signer, PDF } from "@libpdf/core";
import { resolveDatabase, dropDatabase, migrate } from "../lib/database";
import { createPrismaClient } from "../../prisma/client";
import { seed } from "../../prisma/seed";
import { insertConvention } from "../../prisma/seed/insert";
import { SEED_CONVENTIONS, convention2024Webinaire } from "../../prisma/seed/index";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const DATABASE = "conventions_bench_sign";
const stat = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! };
};

async function main() {
  process.env.SIGNATURE_DOSSIER = fs.mkdtempSync(path.join(os.tmpdir(), "bench-sign-ca-"));
  process.env.DATABASE_NAME = DATABASE;
  const database = await resolveDatabase({ database: DATABASE, log: () => {} });
  try {
    await dropDatabase(database.url);
    migrate(database.url);
    await seed(database.url, { log: () => {} });
    process.env.DATABASE_URL = database.url;
    const db = createPrismaClient(database.url, { poolSize: 2 });
    await insertConvention(db, {
      ...convention2024Webinaire,
      reference: "BENCH-SIGN-40-ARTICLES",
      intitule: "Convention de 40 articles",
      articles: Array.from({ length: 40 }, (_, i) => ({
        numero: String(i + 1),
        titre: `Article de référence ${i + 1}`,
        corps: `${convention2024Webinaire.articles[i % 10]!.corps}\n${"Le délégataire rend compte au délégant de l'exécution des dépenses. ".repeat(10)}`,
      })),
    });
    const { getConvention } = await import("../../lib/server/conventions/get-convention");
    const { buildConventionPdfData } = await import("../../lib/server/pdf/build-convention-pdf-data");
    const { renderConventionPdf } = await import("../../lib/server/pdf/render-convention-pdf");
    const { emettreCertificat } = await import("../../lib/server/signature/autorite");
    const partenaire = emettreCertificat({ nom: "Audran Le Baron", email: "dne@bench.gouv.fr", organisation: "DNE" });
    const dinum = emettreCertificat({ nom: "Stéphanie Schaer", email: "dinum@bench.gouv.fr", organisation: "DINUM" });
    const signer = async (pdf: Uint8Array, cert: typeof partenaire, rang: number) => {
      const signataire = await P12Signer.create(new Uint8Array(cert.p12), cert.motDePasse);
      const { bytes } = await (
        await PDF.load(pdf)
      ).sign({ signer: signataire, reason: "Signature", location: "Paris", fieldName: `Signature_${rang}`, level: "B-B" });
      return bytes;
    };
    const admin = { id: "bench", role: "ADMINISTRATEUR" as const, organisationId: null };
    console.log(`Signature dans l'application (${RUNS} signatures par document après un échauffement ; ouverture du PKCS#12 comprise)`);
    console.log("document                    pages  PDF      1re signature med/p95   2e signature med/p95   + octets/signature");
    for (const reference of [...SEED_CONVENTIONS.map((s) => s.reference), "BENCH-SIGN-40-ARTICLES"]) {
      const { id } = await db.convention.findUniqueOrThrow({ where: { reference } });
      const fige = new Uint8Array(await renderConventionPdf(buildConventionPdfData(await getConvention(admin, id))));
      const pages = (await PDF.load(fige)).getPageCount();
      await signer(fige, partenaire, 1); // warm-up
      const premiers: number[] = [];
      const seconds: number[] = [];
      let un: Uint8Array = fige;
      let deux: Uint8Array = fige;
      for (let i = 0; i < RUNS; i++) {
        let t = performance.now();
        un = await signer(fige, partenaire, 1);
        premiers.push(performance.now() - t);
        t = performance.now();
        deux = await signer(un, dinum, 2);
        seconds.push(performance.now() - t);
      }
      const [a, b] = [stat(premiers), stat(seconds)];
      console.log(
        `${reference.padEnd(27)} ${String(pages).padStart(5)}  ${`${Math.round(fige.length / 1024)} Ko`.padEnd(8)} ${`${a.median.toFixed(0)} / ${a.p95.toFixed(0)} ms`.padEnd(23)} ${`${b.median.toFixed(0)} / ${b.p95.toFixed(0)} ms`.padEnd(22)} ${Math.round((un.length - fige.length) / 1024)} Ko, ${Math.round((deux.length - un.length) / 1024)} Ko`,
      );
    }
    await db.$disconnect();
  } finally {
    await database.server?.stop().catch(() => {});
    fs.rmSync(process.env.SIGNATURE_DOSSIER!, { recursive: true, force: true });
  }
}

it("bench:sign", main);
