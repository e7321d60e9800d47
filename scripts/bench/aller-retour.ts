// npm run bench:import-aller-retour — the import's round trip at scale (issue 20): varied
// conventions (scripts/bench/generateur.ts) saved in a throwaway database, exported as the app's PDF
// (the same data and renderer as « Télécharger le PDF »), then read back by the import's own path
// (analyserFichier, with the referential of that database) from:
//   - the PDF itself (text layer);
//   - its text (pdftotext -layout, as a copy of the document would give), and the same text as a
//     .docx converted from the PDF (a paragraph per printed line, spaces and blank lines kept);
//   - a scan of it: each page rendered at 150 dpi in grey by pdftoppm, turned by up to 1°, speckled
//     with noise (grain of ±20 grey levels, 0.03 % dust, 0.1 % dropouts), then put back together as an image-only PDF (OCR).
// One convention in four also gets an avenant (a longer duration, a new ceiling, or both), exported
// as the app's PDF of the avenant and read back from it and from its text.
// It prints the share of fields recovered exactly, per format and per field family, and the worst
// fields. BENCH_DOCUMENTS (200) documents; BENCH_SCANS (10) of them also scanned (OCR ~3 s a page).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import zlib from "node:zlib";
import { PDF } from "@libpdf/core";
import { resolveDatabase, dropDatabase, migrate } from "../lib/database";
import { buildPdfWorker } from "../lib/pdf-worker-bundle";
import { createPrismaClient } from "../../prisma/client";
import { seed } from "../../prisma/seed";
import { insertConvention } from "../../prisma/seed/insert";
import { comparer, type Comparaison } from "../../lib/domain/import/recuperation.test-support";
import type { ChangementLu, DocumentLu } from "../../lib/domain/import";
import { redigerArticlesAvenant } from "../../lib/domain/avenant-redaction";
import { blankAvenant } from "../../lib/schemas/avenant";
import { saisieAvenant } from "../../tests/helpers/avenant";
import { docxDepuisTexte } from "../../tests/helpers/docx";
import { generateur, ORGANISATIONS_BENCH } from "./generateur";

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 200);
const SCANS = Number(process.env.BENCH_SCANS ?? 10);
const DATABASE = "conventions_bench_import";

type Format = "PDF texte" | "Texte" | "Word (.docx)" | "Scan (OCR)" | "Avenant PDF" | "Avenant texte";

/** What an avenant's text must give back: its number, the convention it names, its changes, its
 *  articles, its parties' representatives and its signatories. */
function comparerAvenant(
  attendu: {
    numero: number;
    dateConvention: string;
    nouvelleDateFin: string | null;
    plafond: number | null;
    articles: { titre: string; corps: string }[];
    representants: string[];
  },
  lu: DocumentLu,
): Comparaison[] {
  const out: Comparaison[] = [];
  const c = (champ: string, a: unknown, l: unknown) =>
    out.push({
      champ,
      famille: `avenant.${champ.replace(/\.\d+/g, "")}`,
      attendu: a,
      lu: l,
      ok: JSON.stringify(a) === JSON.stringify(l ?? null),
    });
  c("nature", "AVENANT", lu.nature);
  c("numero", attendu.numero, lu.avenant?.numero);
  c("convention.date", attendu.dateConvention, lu.avenant?.convention.date);
  const changement = <T extends ChangementLu["type"]>(type: T) =>
    lu.avenant?.changements.find((x): x is Extract<ChangementLu, { type: T }> => x.type === type);
  if (attendu.nouvelleDateFin) c("prolongation", attendu.nouvelleDateFin, changement("PROLONGATION")?.nouvelleDateFin);
  if (attendu.plafond !== null) {
    const p = changement("PLAFONDS");
    c("plafonds.ae", attendu.plafond, p?.nouveauPlafondAe);
    c("plafonds.cp", attendu.plafond, p?.nouveauPlafondCp);
  }
  attendu.articles.forEach((a, i) => {
    c(`articles.${i}.titre`, a.titre, lu.articles[i]?.titre);
    c(`articles.${i}.corps`, a.corps.replace(/\s+/g, " "), lu.articles[i]?.corps.replace(/\s+/g, " "));
  });
  attendu.representants.forEach((r, i) => c(`parties.${i}.representantNom`, r, lu.parties[i]?.representantNom));
  return out;
}

/** A grey page (PGM from pdftoppm) turned by `degres` around its centre, with noise: a PNG. */
export function scanBruite(pgm: Buffer, degres: number, hasard: () => number): { png: Buffer; largeur: number; hauteur: number } {
  const entete = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString("latin1"))!;
  const [largeur, hauteur] = [Number(entete[1]), Number(entete[2])];
  const source = pgm.subarray(entete[0].length);
  const [cos, sin] = [Math.cos((degres * Math.PI) / 180), Math.sin((degres * Math.PI) / 180)];
  const [cx, cy] = [largeur / 2, hauteur / 2];
  const lignes = Buffer.alloc((largeur + 1) * hauteur);
  for (let y = 0; y < hauteur; y++) {
    lignes[y * (largeur + 1)] = 0; // PNG filter: none
    for (let x = 0; x < largeur; x++) {
      const sx = Math.round(cos * (x - cx) + sin * (y - cy) + cx);
      const sy = Math.round(-sin * (x - cx) + cos * (y - cy) + cy);
      let v = sx >= 0 && sy >= 0 && sx < largeur && sy < hauteur ? source[sy * largeur + sx]! : 255;
      const r = hasard();
      if (r < 0.0003)
        v = 0; // dust
      else if (r < 0.0013)
        v = 255; // dropout
      else v = Math.max(0, Math.min(255, v + Math.round((hasard() - 0.5) * 40)));
      lignes[y * (largeur + 1) + 1 + x] = v;
    }
  }
  const bloc = (type: string, data: Buffer) => {
    const t = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const longueur = Buffer.alloc(4);
    longueur.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(t) >>> 0);
    return Buffer.concat([longueur, t, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(largeur, 0);
  ihdr.writeUInt32BE(hauteur, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    bloc("IHDR", ihdr),
    bloc("IDAT", zlib.deflateSync(lignes)),
    bloc("IEND", Buffer.alloc(0)),
  ]);
  return { png, largeur, hauteur };
}

/** The PDF as a scanner gives it back: image-only pages, slightly turned, with noise. */
export async function scanner(pdf: Uint8Array, dossier: string, hasard: () => number): Promise<Uint8Array> {
  const source = path.join(dossier, "source.pdf");
  writeFileSync(source, pdf);
  execFileSync("pdftoppm", ["-r", "150", "-gray", source, path.join(dossier, "page")]);
  const pages = execFileSync("ls", [dossier], { encoding: "utf8" })
    .split("\n")
    .filter((f) => /^page-\d+\.pgm$/.test(f))
    .sort();
  const sortie = PDF.create();
  for (const f of pages) {
    const { png, largeur, hauteur } = scanBruite(readFileSync(path.join(dossier, f)), (hasard() - 0.5) * 2, hasard);
    const page = sortie.addPage({ width: (largeur * 72) / 150, height: (hauteur * 72) / 150 });
    page.drawImage(sortie.embedImage(png), { x: 0, y: 0, width: (largeur * 72) / 150, height: (hauteur * 72) / 150 });
  }
  return sortie.save();
}

async function main() {
  const t0 = performance.now();
  const database = await resolveDatabase({ database: DATABASE, log: () => {} });
  await dropDatabase(database.url);
  migrate(database.url);
  await seed(database.url, { demoUsers: true, log: () => {} });
  process.env.DATABASE_URL = database.url; // the use cases take their client from lib/server/db.ts
  const db = createPrismaClient(database.url, { poolSize: 4 });
  const { getConvention } = await import("../../lib/server/conventions/get-convention");
  const { buildConventionPdfData } = await import("../../lib/server/pdf/build-convention-pdf-data");
  const { createPdfPool, renderPdf } = await import("../../lib/server/pdf/pdf-pool");
  const { analyserFichier } = await import("../../lib/server/import/analyse-fichier");
  const { loadContexteImport } = await import("../../lib/server/import/contexte");
  const { createAvenant } = await import("../../lib/server/avenants/create-avenant");
  const { getAvenant } = await import("../../lib/server/avenants/get-avenant");
  const { buildAvenantPdfData } = await import("../../lib/server/pdf/build-other-pdf-data");
  const pool = createPdfPool(await buildPdfWorker(path.join(process.cwd(), ".next", "pdf-worker-bench", "pdf-worker.mjs")), 2);
  const resultats = new Map<Format, Comparaison[]>();
  const parDocument = new Map<Format, number[]>();
  const noter = (format: Format, cs: Comparaison[]) => {
    resultats.set(format, [...(resultats.get(format) ?? []), ...cs]);
    parDocument.set(format, [...(parDocument.get(format) ?? []), cs.filter((c) => c.ok).length / cs.length]);
  };
  const dossier = mkdtempSync(path.join(os.tmpdir(), "aller-retour-"));
  try {
    for (const o of ORGANISATIONS_BENCH) await db.organisation.create({ data: { ...o, type: "MINISTERE" } });
    const admin = await db.user.findFirstOrThrow({
      where: { roles: { has: "ADMINISTRATEUR" } },
      select: { id: true, roles: true, organisationId: true },
    });
    const contexte = await loadContexteImport();
    const convention = generateur();
    let bruit = 99;
    const hasard = () => (bruit = (bruit * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < DOCUMENTS; i++) {
      const s = convention(i);
      const { id } = await insertConvention(db, s);
      const pdf = await renderPdf(buildConventionPdfData(await getConvention(admin as never, id)), pool);
      const lire = async (format: Format, octets: Uint8Array, texteSource: string) => {
        const a = await analyserFichier(octets, contexte);
        noter(format, comparer(s, a.document, texteSource));
      };
      writeFileSync(path.join(dossier, "c.pdf"), pdf);
      const texte = execFileSync("pdftotext", ["-layout", path.join(dossier, "c.pdf"), "-"], { encoding: "utf8" });
      await lire("PDF texte", pdf, texte);
      if (process.env.BENCH_GARDER) {
        // the documents themselves, to look at (BENCH_GARDER=folder)
        writeFileSync(path.join(process.env.BENCH_GARDER, `convention-${i}.pdf`), pdf);
        writeFileSync(path.join(process.env.BENCH_GARDER, `convention-${i}.txt`), texte);
      }
      await lire("Texte", new TextEncoder().encode(texte), texte);
      await lire("Word (.docx)", await docxDepuisTexte(texte, { miseEnPageGardee: true }), texte);
      if (i < SCANS) {
        const scan = mkdtempSync(path.join(dossier, "scan-"));
        const scanne = await scanner(pdf, scan, hasard);
        await lire("Scan (OCR)", scanne, texte);
        if (process.env.BENCH_GARDER) writeFileSync(path.join(process.env.BENCH_GARDER, `scan-${i}.pdf`), scanne);
        rmSync(scan, { recursive: true, force: true });
      }
      // one convention in four gets an avenant: a longer duration, a new ceiling, or both
      if (i % 4 === 3) {
        const tirage = i % 3;
        const nouvelleDateFin = tirage !== 1 ? `${Number(s.dateFin!.slice(0, 4)) + 1 + (i % 2)}-12-31` : null;
        const plafond = tirage !== 0 ? Number(s.plafondAe) + 1000 * (10 + (i % 90)) : null;
        const changements = [
          ...(nouvelleDateFin ? [{ type: "PROLONGATION" as const, nouvelleDateFin }] : []),
          ...(plafond !== null
            ? [{ type: "PLAFONDS" as const, nouveauPlafondAe: BigInt(plafond) * 100n, nouveauPlafondCp: BigInt(plafond) * 100n }]
            : []),
        ];
        const articles = redigerArticlesAvenant({ titre: s.titre, date: s.dateConvention!, articles: s.articles }, changements);
        const agent = admin as never;
        const data = await saisieAvenant(agent, id, {
          ...blankAvenant(),
          dateAvenant: `${Number(s.dateFin!.slice(0, 4))}-10-15`,
          contexte: "Le déploiement du service se poursuit.",
          prolongation: { active: Boolean(nouvelleDateFin), nouvelleDateFin: nouvelleDateFin ?? "" },
          plafonds: { active: plafond !== null, ae: plafond !== null ? String(plafond) : "", cp: plafond !== null ? String(plafond) : "" },
          articles,
        });
        const { numero, id: avenantId } = await createAvenant(agent, id, data);
        // signed, as an archive's avenant is (a draft's PDF carries a « PROJET » watermark)
        const signeLe = new Date(`${Number(s.dateFin!.slice(0, 4))}-10-20T00:00:00Z`);
        await db.signature.updateMany({ where: { avenantId }, data: { signee: true, dateSignature: signeLe, methode: "MANUSCRITE" } });
        await db.avenant.update({ where: { id: avenantId }, data: { statut: "SIGNEE", dateSignature: signeLe } });
        const pdfAvenant = await renderPdf(buildAvenantPdfData(await getAvenant(agent, id, numero)), pool);
        const attendu = {
          numero,
          dateConvention: s.dateConvention!,
          nouvelleDateFin,
          plafond,
          articles,
          representants: s.parties.map((p) => p.representantNom!),
        };
        noter("Avenant PDF", comparerAvenant(attendu, (await analyserFichier(pdfAvenant, contexte)).document));
        writeFileSync(path.join(dossier, "a.pdf"), pdfAvenant);
        const texteAvenant = execFileSync("pdftotext", ["-layout", path.join(dossier, "a.pdf"), "-"], { encoding: "utf8" });
        noter(
          "Avenant texte",
          comparerAvenant(attendu, (await analyserFichier(new TextEncoder().encode(texteAvenant), contexte)).document),
        );
        if (process.env.BENCH_GARDER) writeFileSync(path.join(process.env.BENCH_GARDER, `avenant-${i}.pdf`), pdfAvenant);
      }
      if ((i + 1) % 20 === 0) process.stderr.write(`${i + 1}/${DOCUMENTS} documents…\n`);
    }
  } finally {
    rmSync(dossier, { recursive: true, force: true });
    await pool.destroy();
    await db.$disconnect();
    await database.server?.stop();
  }

  const pct = (cs: Comparaison[]) => `${((100 * cs.filter((c) => c.ok).length) / Math.max(1, cs.length)).toFixed(1)} %`;
  console.log(
    `Aller-retour de l'import — ${DOCUMENTS} conventions générées (${SCANS} scannées), ${Math.round((performance.now() - t0) / 1000)} s\n`,
  );
  console.log("Par format : champs retrouvés exactement (documents entièrement retrouvés)");
  for (const [format, cs] of resultats) {
    const docs = parDocument.get(format)!;
    console.log(
      `  ${format.padEnd(14)} ${pct(cs).padStart(7)} de ${cs.length} champs · ${docs.filter((d) => d === 1).length}/${docs.length} documents à 100 %`,
    );
  }
  const familles = [...new Set([...resultats.values()].flat().map((c) => c.famille))].sort();
  console.log(`\nPar famille de champs${" ".repeat(13)}${[...resultats.keys()].map((f) => f.padStart(14)).join("")}`);
  for (const f of familles)
    console.log(
      `  ${f.padEnd(32)}${[...resultats.values()].map((cs) => (cs.some((c) => c.famille === f) ? pct(cs.filter((c) => c.famille === f)) : "—").padStart(14)).join("")}`,
    );
  for (const [format, cs] of resultats) {
    const manques = cs.filter((c) => !c.ok);
    if (!manques.length) continue;
    console.log(`\n${format} — exemples de champs manqués :`);
    // one example per family of fields missed
    const parFamille = [...new Map(manques.map((m) => [m.famille, m])).values()];
    for (const m of parFamille.slice(0, 10)) {
      // where the two values part
      const [a, b] = [JSON.stringify(m.attendu) ?? "", JSON.stringify(m.lu) ?? ""];
      let k = 0;
      while (k < a.length && a[k] === b[k]) k++;
      const debut = Math.max(0, k - 40);
      console.log(`  ${m.champ} : attendu …${a.slice(debut, k + 60)} · lu …${b.slice(debut, k + 60)}`);
    }
  }
}

if (process.argv[1]?.endsWith("aller-retour.ts"))
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
