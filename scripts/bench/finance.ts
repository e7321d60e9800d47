// npm run bench:finance — 10 000 signed conventions (BENCH_CONVENTIONS) with 5 schedule years each and
// 200 000 execution lines (BENCH_LIGNES) in a throwaway database; prints p50/p95 of each dashboard query (the same use case as the
// page, lib/server/execution/get-tableau-de-bord.ts) and the time of a 5 000-line import, xlsx and CSV
// (preview and import, as the page does them).
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { resolveDatabase, dropDatabase, migrate } from "../lib/database";
import { stats } from "./mesure";
import { partiesDuModele } from "./generation";
import { createPrismaClient } from "../../prisma/client";
import type { Prisma } from "../../lib/generated/prisma/client";
import { seed } from "../../prisma/seed";
import { SEED_CONVENTIONS } from "../../prisma/seed/index";

const COUNT = Number(process.env.BENCH_CONVENTIONS ?? 10_000);
const LIGNES = Number(process.env.BENCH_LIGNES ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const IMPORT = Number(process.env.BENCH_IMPORT ?? 5_000);
/** BENCH_KEEP=1 keeps the database, BENCH_REUSE=1 measures it again as it is. */
const REUSE = Boolean(process.env.BENCH_REUSE);

/** The conventions, their schedules, execution lines and figures (the app's own code checked on a sample). */
async function remplir(db: ReturnType<typeof createPrismaClient>, sigles: Map<string | null, string>) {
  const started = performance.now();
  await db.$executeRawUnsafe(
    `ALTER TABLE "Partie" DISABLE TRIGGER partie_recherche; ALTER TABLE "Convention" DISABLE TRIGGER convention_recherche`,
  );
  const ids: string[] = [];
  for (let offset = 0; offset < COUNT; offset += 1000) {
    const conventions: Prisma.ConventionCreateManyInput[] = [];
    const parties: Prisma.PartieCreateManyInput[] = [];
    const lignes: Prisma.LigneEcheancierCreateManyInput[] = [];
    const imputations: Prisma.ImputationBudgetaireCreateManyInput[] = [];
    for (let i = offset; i < Math.min(COUNT, offset + 1000); i++) {
      const model = SEED_CONVENTIONS[i % 3]!;
      const id = randomUUID();
      ids.push(id);
      const year = 2021 + (i % 5);
      conventions.push({
        id,
        reference: `BENCH-${year}-${String(i).padStart(5, "0")}`,
        type: model.type,
        titre: model.titre,
        intitule: `${model.intitule} n° ${i}`,
        objet: model.objet,
        statut: "SIGNEE",
        serviceId: sigles.get(model.service)!,
        dateConvention: new Date(`${year}-03-15T00:00:00Z`),
        dateSignature: new Date(`${year}-03-15T00:00:00Z`),
        dateFin: new Date(`${year + 4}-12-31T00:00:00Z`),
        plafondAe: 500_000_00n,
        plafondCp: 500_000_00n,
      });
      parties.push(...partiesDuModele(model, id, sigles));
      for (let y = 0; y < 5; y++) lignes.push({ id: randomUUID(), conventionId: id, annee: year + y, ae: 100_000_00n, cp: 100_000_00n });
      imputations.push({
        id: randomUUID(),
        conventionId: id,
        programme: i % 2 ? "214" : "129",
        centreFinancier: `0214-B${String(i).padStart(5, "0")}`,
      });
    }
    await db.convention.createMany({ data: conventions });
    await db.partie.createMany({ data: parties });
    await db.ligneEcheancier.createMany({ data: lignes });
    await db.imputationBudgetaire.createMany({ data: imputations });
  }
  await db.$executeRawUnsafe(
    `ALTER TABLE "Partie" ENABLE TRIGGER partie_recherche; ALTER TABLE "Convention" ENABLE TRIGGER convention_recherche`,
  );
  // 200 000 execution lines: per convention, credits made available, commitments and payments.
  await db.$executeRawUnsafe(`
      INSERT INTO "MouvementExecution" ("id", "conventionId", "nature", "annee", "date", "ae", "cp", "numeroEj", "cle")
      SELECT md5(c."id" || g::text), c."id",
             (CASE g % 4 WHEN 0 THEN 'MISE_A_DISPOSITION' WHEN 1 THEN 'ENGAGEMENT' WHEN 2 THEN 'ENGAGEMENT' ELSE 'PAIEMENT' END)::"NatureMouvement",
             2021 + (g % 8), make_date(2021 + (g % 8), 1 + (g % 12), 1 + (g % 28)),
             CASE WHEN g % 4 IN (0, 1, 2) THEN 1000000 ELSE 0 END, CASE WHEN g % 4 IN (0, 3) THEN 800000 ELSE 0 END,
             CASE WHEN g % 4 = 0 THEN NULL ELSE 'EJ' || (g / 4)::text END, 'BENCH|' || g::text
      FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "Convention" WHERE "reference" LIKE 'BENCH-%') c
      CROSS JOIN generate_series(1, ${Math.ceil(LIGNES / COUNT)}) g`);
  // The dashboard's figures per convention and year (lib/server/execution/refresh-suivi.ts), written here
  // in one statement for the 10 000 (what each is filtered by first, as the app does) (no avenant: the consolidated schedule is the convention's
  // own); a sample is computed again by the app's own code, which must give the same rows, and
  // timed (the cost each save, signature or import now pays).
  const t0 = performance.now();
  await db.$executeRawUnsafe(`
      INSERT INTO "SuiviExecution" ("conventionId", "alertes", "reference", "statut", "delegantId", "programme", "uo", "serviceId")
      SELECT c."id", abs(hashtext(c."id")) % 3, c."reference", c."statut"::text,
        (SELECT p."organisationId" FROM "Partie" p WHERE p."conventionId" = c."id" AND p."role" = 'DELEGANT' ORDER BY p."ordre" LIMIT 1),
        i."programme", upper(i."centreFinancier"), c."serviceId"
      FROM "Convention" c LEFT JOIN "ImputationBudgetaire" i ON i."conventionId" = c."id" WHERE c."reference" LIKE 'BENCH-%'`);
  await db.$executeRawUnsafe(`
      INSERT INTO "SuiviExecutionAnnee" ("conventionId", "annee", "aeProgramme", "cpProgramme", "aeDisponible", "cpDisponible", "aeEngage", "aeReporte", "cpPaye")
      SELECT "conventionId", "annee", SUM(ae_p), SUM(cp_p), SUM(ae_d), SUM(cp_d), SUM(ae_e), 0, SUM(cp_e) FROM (
        SELECT "conventionId", "annee", "ae" AS ae_p, "cp" AS cp_p, 0 AS ae_d, 0 AS cp_d, 0 AS ae_e, 0 AS cp_e FROM "LigneEcheancier"
        UNION ALL
        SELECT "conventionId", "annee", 0, 0,
          CASE WHEN "nature" = 'MISE_A_DISPOSITION' THEN "ae" ELSE 0 END, CASE WHEN "nature" = 'MISE_A_DISPOSITION' THEN "cp" ELSE 0 END,
          CASE WHEN "nature" = 'ENGAGEMENT' AND NOT "report" THEN "ae" ELSE 0 END, CASE WHEN "nature" = 'PAIEMENT' THEN "cp" ELSE 0 END
        FROM "MouvementExecution") x
      WHERE "conventionId" IN (SELECT "id" FROM "Convention" WHERE "reference" LIKE 'BENCH-%')
      GROUP BY 1, 2`);
  // (the rollup the dashboard reads, kept by triggers: the differences these rows added, folded in as
  // the worker does every few minutes)
  await db.$queryRawUnsafe(`SELECT suivi_cumul_compacter()`);
  const t1 = performance.now();
  const { refreshSuivi } = await import("../../lib/server/execution/refresh-suivi");
  const echantillon = ids.slice(0, 50);
  const lire = async () => [
    await db.suiviExecutionAnnee.findMany({
      where: { conventionId: { in: echantillon } },
      orderBy: [{ conventionId: "asc" }, { annee: "asc" }],
    }),
    await db.suiviExecution.findMany({
      where: { conventionId: { in: echantillon } },
      orderBy: { conventionId: "asc" },
      select: { reference: true, statut: true, delegantId: true, programme: true, uo: true, serviceId: true },
    }),
  ];
  const ecrites = await lire();
  const temps: number[] = [];
  for (const id of echantillon) {
    const d = performance.now();
    await refreshSuivi([id]);
    temps.push(performance.now() - d);
  }
  if (
    JSON.stringify(await lire(), (_, v) => (typeof v === "bigint" ? String(v) : v)) !==
    JSON.stringify(ecrites, (_, v) => (typeof v === "bigint" ? String(v) : v))
  )
    throw new Error("Les chiffres écrits par le banc d'essai ne sont pas ceux que l'application calcule.");
  console.log(
    `Chiffres du tableau de bord (${await db.suiviExecutionAnnee.count()} lignes convention × année) écrits en ${((t1 - t0) / 1000).toFixed(1)} s ; recalcul d'une convention par l'application : ${stats(temps)}`,
  );
  console.log(`Base remplie en ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  const database = await resolveDatabase({ database: "conventions_bench_finance", log: () => {} });
  if (!REUSE) {
    await dropDatabase(database.url);
    migrate(database.url);
    await seed(database.url, { demoUsers: false, log: () => {} });
  } else migrate(database.url);
  process.env.DATABASE_URL = database.url; // the use cases measured take their client from lib/server/db.ts
  const db = createPrismaClient(database.url, { poolSize: 4 });
  try {
    const orgs = await db.organisation.findMany();
    const sigles = new Map(orgs.map((o) => [o.sigle, o.id]));
    const admin = await db.user.create({
      data: { email: `bench-${randomUUID()}@exemple.gouv.fr`, nom: "Banc d'essai", roles: ["ADMINISTRATEUR" as const] },
    });
    if (!REUSE) await remplir(db, sigles);
    // (the rollup's differences folded in then removed, as the worker's job and autovacuum leave them)
    await db.$executeRawUnsafe(`VACUUM ANALYZE`);
    console.log(
      `${await db.convention.count()} conventions, ${await db.ligneEcheancier.count()} lignes d'échéancier, ${await db.mouvementExecution.count()} lignes d'exécution, ${await db.suiviExecutionAnnee.count()} lignes convention × année`,
    );

    const { getTableauDeBord } = await import("../../lib/server/execution/get-tableau-de-bord");
    const agent = { id: admin.id, roles: ["ADMINISTRATEUR" as const], organisationId: null };
    const requetes: [string, Parameters<typeof getTableauDeBord>[1]][] = [
      ["toutes les conventions, 2024–2027", { de: 2024, a: 2027 }],
      ["un programme (214), 2021–2028", { de: 2021, a: 2028, programme: "214" }],
      ["un délégant (MENJ), 2025", { de: 2025, a: 2025, delegant: sigles.get("MENJ") }],
      ["une UO, 2021–2028", { de: 2021, a: 2028, uo: "0214-B00042" }],
      [
        "un statut (signée) et un service, 2024–2027",
        { de: 2024, a: 2027, statut: "SIGNEE", service: sigles.get(SEED_CONVENTIONS[0]!.service) },
      ],
    ];
    const affichages: [string, Parameters<typeof getTableauDeBord>[2]][] = [
      ["par convention, page 100", { page: 100 }],
      ["par convention, page 1", { page: 1 }],
      ["par statut", { par: "statut" }],
      ["par délégant", { par: "delegant" }],
      ["par programme", { par: "programme" }],
      ["par service", { par: "service" }],
      ["par UO", { par: "uo" }],
      ["par UO, page 1 000", { par: "uo", page: 1000 }],
    ];
    // The rollup's totals are the conventions' own rows summed.
    const [attendu] = await db.$queryRawUnsafe<{ ae: bigint; n: number }[]>(
      `SELECT SUM("aeProgramme")::bigint AS ae, count(DISTINCT "conventionId")::int AS n FROM "SuiviExecutionAnnee" WHERE "annee" BETWEEN 2024 AND 2027`,
    );
    const lu = await getTableauDeBord(agent, { de: 2024, a: 2027 });
    if (lu.total.aeProgramme !== attendu!.ae || lu.conventions !== (await db.suiviExecution.count()))
      throw new Error("Le cumul du tableau de bord ne fait pas la somme des lignes des conventions.");
    for (const [libelle, filtres, options] of [
      ...requetes.map(([l, f]) => [l, f, {}] as const),
      ...affichages.map(([l, o]) => [`toutes les conventions, 2024–2027, ${l}`, { de: 2024, a: 2027 }, o] as const),
    ]) {
      await getTableauDeBord(agent, filtres, options); // warm-up
      const temps: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const t0 = performance.now();
        await getTableauDeBord(agent, filtres, options);
        temps.push(performance.now() - t0);
      }
      console.log(`Tableau de bord, ${libelle} : ${stats(temps)}`);
    }

    // A 5 000-line commitments extract for one convention, in xlsx and in CSV (Windows-1252 not
    // needed here: the decoding is the same cost).
    const { previewImport } = await import("../../lib/server/execution/preview-import");
    const { importExtrait } = await import("../../lib/server/execution/import-extrait");
    const cible = await db.convention.findFirstOrThrow({ where: { reference: { startsWith: "BENCH-" } }, include: { imputation: true } });
    const entetes = [
      "Exercice comptable",
      "Centre financier",
      "N° EJ",
      "N° poste EJ",
      "Fournisseur",
      "Montant",
      "Type de montant",
      "Type de montant.1",
      "Date comptable",
    ];
    const lignes = Array.from({ length: IMPORT }, (_, i) => [
      "2024",
      cible.imputation!.centreFinancier!,
      `13${String(i).padStart(8, "0")}`,
      "1",
      "Fournisseur",
      "1 000,00",
      "EUR",
      "100",
      "15/03/2024",
    ]);
    const csv = Buffer.from([entetes, ...lignes].map((l) => l.join(";")).join("\r\n"), "utf8");
    const classeur = new ExcelJS.Workbook();
    const feuille = classeur.addWorksheet("EJ");
    feuille.addRow(entetes);
    for (const l of lignes) feuille.addRow(l.map((v, k) => (k === 5 ? 1000 : v)));
    const xlsx = Buffer.from(await classeur.xlsx.writeBuffer());
    for (const [format, octets, suffixe] of [
      ["CSV", csv, "a"],
      ["xlsx", xlsx, "b"],
    ] as const) {
      const nom = `bench-${suffixe}.${format.toLowerCase()}`;
      // Both formats write the same 5 000 lines: the second starts from none again.
      const conventionId = cible.id;
      if (format === "xlsx") await db.mouvementExecution.deleteMany({ where: { conventionId, cle: { startsWith: "EJ|" } } });
      const t0 = performance.now();
      const apercu = await previewImport(agent, { nom, octets, conventionId });
      const t1 = performance.now();
      const fait = await importExtrait(agent, { nom, octets, conventionId, sha256: apercu.sha256 });
      const t2 = performance.now();
      console.log(
        `Import de ${IMPORT} lignes (${format}, ${(octets.length / 1024).toFixed(0)} Ko) : aperçu ${(t1 - t0).toFixed(0)} ms, import ${(t2 - t1).toFixed(0)} ms (${fait.importees} lignes écrites), total ${(t2 - t0).toFixed(0)} ms`,
      );
    }
  } finally {
    await db.$disconnect();
    if (!process.env.BENCH_KEEP) await dropDatabase(database.url).catch(() => {});
    await database.server?.stop();
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
