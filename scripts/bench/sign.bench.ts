// npm run bench:sign — one in-app signature as the app applies it (issue 11: median under 300 ms, the
// signatory's re-authentication excluded; issue 18: under 40 Ko per signature): the signatory's
// certificate, the visible mention drawn in the party's block of the frozen version (its room, its
// subset font) and a PAdES B-B signature, each an incremental update — lib/server/signature/
// fournisseur.ts itself, on the version each seed convention and a 40-article (~20-page) convention
// would be frozen as (« prête à signer », with their signature rooms); first signature over the
// frozen PDF, second over the first. Prints median and p95 (ms) and the bytes each signature adds.
// Certificates come from a throwaway development CA (openssl), the documents from a throwaway database.
import { it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { PDF } from "@libpdf/core";
import type { Signataire } from "../../lib/server/signature/fournisseur";
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
  process.env.NEXTAUTH_SECRET ??= "bench-sign-secret-not-for-production"; // (seals the signatories' certificates)
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
    const { signatureInterne } = await import("../../lib/server/signature/fournisseur");
    const { ancreSignature } = await import("../../lib/pdf/data");
    const { formatInstant } = await import("../../lib/domain/dates");
    const [partenaire, dinum] = (await Promise.all(
      [
        ["Audran Le Baron", "dne@bench.gouv.fr", "DNE"],
        ["Stéphanie Schaer", "dinum@bench.gouv.fr", "DINUM"],
      ].map(async ([nom, email, organisation]) => {
        const u = await db.user.create({ data: { nom: nom!, email: email!, roles: ["SIGNATAIRE" as const] } });
        return { userId: u.id, nom: u.nom, email: u.email, organisation: organisation! };
      }),
    )) as [Signataire, Signataire];
    // As sign-document.ts asks: the signatory, the block's room, the mention's lines.
    const signer = async (pdf: Uint8Array, signataire: Signataire, rang: number, blocId: string | undefined) =>
      (
        await signatureInterne.signer(pdf, {
          signataire,
          raison: "Signature de la convention",
          lieu: "Paris",
          champ: `Signature_${rang}_${blocId ?? rang}`,
          mention: blocId
            ? {
                ancre: ancreSignature(blocId),
                lignes: [
                  `Signé électroniquement par ${signataire.nom}`,
                  "directeur du numérique pour l'éducation",
                  `le ${formatInstant(new Date())} (heure de Paris)`,
                  "Signature électronique avancée (PAdES)",
                ],
              }
            : undefined,
        })
      ).pdf;
    const admin = { id: "bench", roles: ["ADMINISTRATEUR" as const], organisationId: null };
    console.log(`Signature dans l'application (${RUNS} signatures par document après un échauffement ; ouverture du PKCS#12 comprise)`);
    console.log("document                    pages  PDF      1re signature med/p95   2e signature med/p95   + octets/signature");
    for (const reference of [...SEED_CONVENTIONS.map((s) => s.reference), "BENCH-SIGN-40-ARTICLES"]) {
      const { id } = await db.convention.findUniqueOrThrow({ where: { reference } });
      // Frozen as the app freezes it: « prête à signer », its blocks unsigned, each with its room.
      const convention = await getConvention(admin, id);
      const aSigner = {
        ...convention,
        statut: "PRETE_A_SIGNER" as const,
        signatures: convention.signatures.map((b) => ({ ...b, signee: false })),
      };
      const fige = new Uint8Array(await renderConventionPdf(buildConventionPdfData(aSigner)));
      const pages = (await PDF.load(fige)).getPageCount();
      const [bloc1, bloc2] = aSigner.signatures.map((b) => b.id);
      await signer(fige, partenaire, 1, bloc1); // warm-up
      const premiers: number[] = [];
      const seconds: number[] = [];
      let un: Uint8Array = fige;
      let deux: Uint8Array = fige;
      for (let i = 0; i < RUNS; i++) {
        let t = performance.now();
        un = await signer(fige, partenaire, 1, bloc1);
        premiers.push(performance.now() - t);
        t = performance.now();
        deux = await signer(un, dinum, 2, bloc2);
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
