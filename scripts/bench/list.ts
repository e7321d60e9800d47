// npm run bench:list — seeds conventions (parties with their representatives, articles, schedules,
// imputations, a third with two signed avenants) in a throwaway database and prints p50/p95 of every
// list filter, sort and deep page, of each kind of search (French words, a code, a person's name, a
// prefix) and of the consolidated view, through the same use cases as the pages
// (lib/server/conventions/find-conventions.ts, get-consolidation.ts), and « Échéances »
// (lib/server/vie/list-echeances.ts; BENCH_VIE=1 also times the nightly job over every signed convention).
// BENCH_CONVENTIONS=10000,100000 measures at each size in turn (the base grows) and says how each
// query grows; BENCH_KEEP=1 keeps the database and BENCH_REUSE=1 takes it again as it is.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { resolveDatabase, dropDatabase, migrate } from "../lib/database";
import { stats } from "./mesure";
import { partiesDuModele } from "./generation";
import { createPrismaClient } from "../../prisma/client";
import type { Prisma } from "../../lib/generated/prisma/client";
import { seed } from "../../prisma/seed";
import { SEED_CONVENTIONS } from "../../prisma/seed/index";
import { conventionFilterOptions, findConventions, type ConventionFilters } from "../../lib/server/conventions/find-conventions";
import { STATUTS } from "../../lib/domain/statut";
import { getConsolidation } from "../../lib/server/avenants/get-consolidation";
import { listEcheances } from "../../lib/server/vie/list-echeances";
import { appliquerVieATous } from "../../lib/server/vie/vie.job";

const TAILLES = (process.env.BENCH_CONVENTIONS ?? "10000").split(",").map((n) => Number(n.trim()));
const RUNS = Number(process.env.BENCH_RUNS ?? 100);

let state = 7;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

const PRENOMS = [
  "Marie",
  "Jean",
  "Camille",
  "Nadia",
  "Pierre",
  "Sophie",
  "Karim",
  "Claire",
  "Louis",
  "Inès",
  "Hugo",
  "Léa",
  "Marc",
  "Julie",
  "Paul",
  "Anne",
  "Yann",
  "Chloé",
  "Omar",
  "Élise",
];
const NOMS = [
  "Martin",
  "Bernard",
  "Lévêque",
  "Durand",
  "Lefèvre",
  "Moreau",
  "Garnier",
  "Faure",
  "Rousseau",
  "Blanc",
  "Guérin",
  "Muller",
  "Henry",
  "Roussel",
  "Nicolas",
  "Perrin",
  "Morin",
  "Mathieu",
  "Clément",
  "Gauthier",
  "Dumont",
  "Lopez",
  "Fontaine",
  "Chevalier",
  "Robin",
  "Masson",
  "Sanchez",
  "Boyer",
  "Denis",
  "Lemaire",
];
const PROGRAMMES = ["129", "214", "218", "352", "363", "148", "156", "305", "723", "724"];

type Db = ReturnType<typeof createPrismaClient>;

/** Adds conventions until the base holds `cible` of them (500 per batch, search vectors computed after). */
// The triggers that keep the filters' keys (migration facettes): off while the rows are written in bulk.
const TRIGGERS_FACETTES = `ALTER TABLE "Convention" ETAT TRIGGER convention_facettes; ALTER TABLE "Partie" ETAT TRIGGER partie_facettes; ALTER TABLE "LigneEcheancier" ETAT TRIGGER ligne_echeancier_facettes; ALTER TABLE "ImputationBudgetaire" ETAT TRIGGER imputation_facettes`;

async function remplir(db: Db, cible: number) {
  const deja = await db.convention.count({ where: { reference: { startsWith: "BENCH-" } } });
  if (deja >= cible) return;
  const orgs = await db.organisation.findMany();
  const sigles = new Map(orgs.map((o) => [o.sigle, o.id]));
  const started = performance.now();
  await db.$executeRawUnsafe(
    `ALTER TABLE "Article" DISABLE TRIGGER article_recherche; ALTER TABLE "Partie" DISABLE TRIGGER partie_recherche; ALTER TABLE "Convention" DISABLE TRIGGER convention_recherche; ALTER TABLE "ImputationBudgetaire" DISABLE TRIGGER imputation_recherche; ${TRIGGERS_FACETTES.replaceAll("ETAT", "DISABLE")}`,
  );
  for (let offset = deja; offset < cible; offset += 500) {
    const conventions = [],
      lignes = [];
    const parties: Prisma.PartieCreateManyInput[] = [];
    const articles: Prisma.ArticleCreateManyInput[] = [];
    const imputations: Prisma.ImputationBudgetaireCreateManyInput[] = [];
    for (let i = offset; i < Math.min(cible, offset + 500); i++) {
      const model = SEED_CONVENTIONS[i % 3]!;
      const id = randomUUID();
      const year = 2018 + (i % 12);
      conventions.push({
        id,
        reference: `BENCH-${year}-${String(i).padStart(6, "0")}`,
        type: model.type,
        titre: model.titre,
        intitule: `${model.intitule} n° ${i}`,
        objet: model.objet,
        statut: pick(STATUTS),
        serviceId: sigles.get(model.service)!,
        dateConvention: new Date(`${year}-0${1 + (i % 9)}-15T00:00:00Z`),
        dateFin: new Date(`${year + 1}-12-31T00:00:00Z`),
        plafondAe: BigInt(10_000 + (i % 500) * 1000) * 100n,
        plafondCp: BigInt(10_000 + (i % 500) * 1000) * 100n,
        preambule: model.preambule,
      });
      parties.push(
        ...partiesDuModele(model, id, sigles, (p) => ({ representantNom: `${pick(PRENOMS)} ${pick(NOMS)}`, qualite: p.qualite ?? null })),
      );
      model.articles.forEach((a, ordre) =>
        articles.push({ id: randomUUID(), conventionId: id, ordre, numero: a.numero, titre: a.titre, corps: a.corps }),
      );
      const programme = pick(PROGRAMMES);
      imputations.push({ id: randomUUID(), conventionId: id, programme, centreFinancier: `0${programme}-C${i % 97}-INFO` });
      for (let y = 0; y < 1 + (i % 4); y++)
        lignes.push({ id: randomUUID(), conventionId: id, annee: year + y, ae: 1_000_000n, cp: 1_000_000n });
    }
    await db.convention.createMany({ data: conventions });
    await db.partie.createMany({ data: parties });
    await db.article.createMany({ data: articles });
    await db.imputationBudgetaire.createMany({ data: imputations });
    await db.ligneEcheancier.createMany({ data: lignes });
    // A third of the conventions have two signed avenants: an extension with a new schedule, and new ceilings.
    const avenants: Prisma.AvenantCreateManyInput[] = [];
    const changements: Prisma.ChangementAvenantCreateManyInput[] = [];
    const lignesAvenants: Prisma.LigneEcheancierCreateManyInput[] = [];
    for (const c of conventions.filter((_, k) => k % 3 === 0)) {
      const year = c.dateConvention.getUTCFullYear();
      for (const numero of [1, 2]) {
        const avenantId = randomUUID();
        avenants.push({
          id: avenantId,
          conventionId: c.id,
          numero,
          statut: "SIGNEE",
          dateSignature: new Date(`${year + numero}-06-30T00:00:00Z`),
        });
        if (numero === 1) {
          const changementId = randomUUID();
          changements.push({
            id: randomUUID(),
            avenantId,
            ordre: 0,
            type: "PROLONGATION",
            nouvelleDateFin: new Date(`${year + 2}-12-31T00:00:00Z`),
          });
          changements.push({ id: changementId, avenantId, ordre: 1, type: "ECHEANCIER", echeancierAPartirDe: year + 1 });
          lignesAvenants.push(
            { id: randomUUID(), changementId, annee: year + 1, ae: 500_000n, cp: 500_000n },
            { id: randomUUID(), changementId, annee: year + 2, ae: 500_000n, cp: 500_000n },
          );
        } else
          changements.push({
            id: randomUUID(),
            avenantId,
            ordre: 0,
            type: "PLAFONDS",
            nouveauPlafondAe: c.plafondAe + 100_000n,
            nouveauPlafondCp: c.plafondCp + 100_000n,
          });
      }
    }
    await db.avenant.createMany({ data: avenants });
    await db.changementAvenant.createMany({ data: changements });
    await db.ligneEcheancier.createMany({ data: lignesAvenants });
    if ((offset / 500) % 20 === 0) process.stderr.write(`  ${offset + 500} conventions…\n`);
  }
  await db.$executeRawUnsafe(
    `ALTER TABLE "Article" ENABLE TRIGGER article_recherche; ALTER TABLE "Partie" ENABLE TRIGGER partie_recherche; ALTER TABLE "Convention" ENABLE TRIGGER convention_recherche; ALTER TABLE "ImputationBudgetaire" ENABLE TRIGGER imputation_recherche; ${TRIGGERS_FACETTES.replaceAll("ETAT", "ENABLE")}`,
  );
  // the filters' keys, as the triggers would have written them (migration facettes)
  await db.$executeRawUnsafe(
    `UPDATE "Convention" c SET "facettes" = convention_facettes(c."id", c."statut"::text, c."type"::text, c."serviceId") WHERE c."reference" LIKE 'BENCH-%'`,
  );
  process.stderr.write("  vecteurs de recherche…\n");
  await db.$executeRawUnsafe(`SELECT convention_recherche_maj("id") FROM "Convention" WHERE "recherche" IS NULL`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE`);
  console.log(
    `${await db.convention.count()} conventions en base (${await db.article.count()} articles), ajoutées en ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function mesurer(db: Db, taille: number): Promise<Map<string, number>> {
  const orgs = await db.organisation.findMany();
  const sigles = new Map(orgs.map((o) => [o.sigle, o.id]));
  const reviewer = { id: "bench", roles: ["RELECTEUR_FINANCIER" as const], organisationId: null };
  const drafter = { id: "bench", roles: ["REDACTEUR" as const], organisationId: sigles.get("DNE")! };
  const partieIds = [
    ...new Set((await db.partie.findMany({ distinct: ["organisationId"], select: { organisationId: true } })).map((p) => p.organisationId)),
  ];
  const mots = [
    "visioconférence",
    "comité d'investissement",
    "Classe à 12",
    "intrapreneur",
    "publication data.gouv.fr",
    "délégation de gestion",
    "FAST -webinaire",
  ];
  const annee = () => 2018 + Math.floor(random() * 14);
  const scenarios: [string, () => ConventionFilters, typeof reviewer | typeof drafter][] = [
    ["Liste de toutes les conventions, page 1 (plus récentes)", () => ({}), reviewer],
    ["Liste triée par référence", () => ({ tri: "reference" }), reviewer],
    ["Liste triée par fin", () => ({ tri: "fin" }), reviewer],
    ["Liste triée par plafond", () => ({ tri: "plafond" }), reviewer],
    [
      "Page profonde (la dernière paginée, chaque tri)",
      () => ({ page: 1000, tri: pick(["recent", "reference", "fin", "plafond"] as const) }),
      reviewer,
    ],
    ["Filtre statut + année + page 1 à 3", () => ({ statut: pick(STATUTS), annee: annee(), page: 1 + Math.floor(random() * 3) }), reviewer],
    ["Filtre partie", () => ({ partie: pick(partieIds) }), reviewer],
    [
      "Filtre type + service",
      () => ({
        type: pick(["DELEGATION_GESTION", "CONVENTION_SERVICE", "CONVENTION_PARTENARIAT"] as const),
        service: pick([...sigles.values()]),
      }),
      reviewer,
    ],
    ["Filtre programme", () => ({ programme: pick(PROGRAMMES) }), reviewer],
    ["Filtre UO (partie de code)", () => ({ uo: `C${Math.floor(random() * 97)}-INFO` }), reviewer],
    ["Filtre fin avant une date", () => ({ finAvant: `${annee()}-06-30` }), reviewer],
    [
      "Rédacteur : périmètre de son ministère, statut, pages 1 à 5",
      () => ({ statut: pick(STATUTS), page: 1 + Math.floor(random() * 5) }),
      drafter,
    ],
    [
      "Recherche : mots français (+ statut une fois sur deux)",
      () => ({ q: pick(mots), statut: random() < 0.5 ? pick(STATUTS) : undefined }),
      reviewer,
    ],
    [
      "Recherche : une référence ou un code",
      () => ({
        q: pick([
          `BENCH-${annee()}-0${Math.floor(random() * 9)}`,
          "0214-C12-INFO",
          `BENCH-2024-${String(Math.floor(random() * taille)).padStart(6, "0")}`,
        ]),
      }),
      reviewer,
    ],
    ["Recherche : le nom d'une personne", () => ({ q: `${pick(PRENOMS)} ${pick(NOMS)}` }), reviewer],
    ["Recherche : un début de mot", () => ({ q: pick(["visioconf", "intrapren", "webin", "Lévê", "numéri"]) }), reviewer],
  ];
  const p95 = new Map<string, number>();
  const at95 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(0.95 * samples.length)]!;
  for (const [label, filters, agent] of scenarios) {
    for (let i = 0; i < 5; i++) await findConventions(agent, filters()); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await findConventions(agent, filters());
      samples.push(performance.now() - t);
    }
    console.log(`${label}\n  ${stats(samples)}`);
    p95.set(label, at95(samples));
  }
  // What the list page also reads at each load: the values its filters offer.
  for (const [label, agent] of [
    ["Valeurs des filtres (organisations, années, services, programmes) — relecteur", reviewer],
    ["Valeurs des filtres — rédacteur", drafter],
  ] as const) {
    for (let i = 0; i < 5; i++) await conventionFilterOptions(agent);
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await conventionFilterOptions(agent);
      samples.push(performance.now() - t);
    }
    console.log(`${label}\n  ${stats(samples)}`);
    p95.set(label, at95(samples));
  }
  const avecAvenants = await db.convention.findMany({ where: { avenants: { some: {} } }, select: { id: true }, take: 500 });
  for (let i = 0; i < 10; i++) await getConsolidation(reviewer, pick(avecAvenants).id);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await getConsolidation(reviewer, pick(avecAvenants).id);
    samples.push(performance.now() - t);
  }
  const label = "Vue consolidée (convention + 2 avenants signés appliqués + contrôles)";
  console.log(`${label}, ${await db.avenant.count()} avenants en base\n  ${stats(samples)}`);
  p95.set(label, at95(samples));
  // « Échéances »: every signed convention's deadlines (the page's first page and its export's lines).
  const signees = await db.convention.count({ where: { statut: { in: ["SIGNEE", "PUBLIEE", "EN_VIGUEUR", "TERMINEE"] } } });
  for (const [libelle, tout] of [
    ["Échéances, page 1 — relecteur", false],
    ["Échéances, toutes les lignes (l'export) — relecteur", true],
  ] as const) {
    await listEcheances(reviewer, { delegant: null, service: null, type: null }, undefined, { tout });
    const temps: number[] = [];
    let lignes = 0;
    for (let i = 0; i < Math.min(RUNS, 10); i++) {
      const t = performance.now();
      const r = await listEcheances(reviewer, { delegant: null, service: null, type: null }, undefined, { tout });
      temps.push(performance.now() - t);
      lignes = r.total;
    }
    console.log(`${libelle}, ${signees} conventions signées, ${lignes} échéances\n  ${stats(temps)}`);
    p95.set(libelle, at95(temps));
  }
  // The nightly job over every signed convention (BENCH_VIE=1: it changes the base — statuts, reminders).
  if (process.env.BENCH_VIE) {
    const t = performance.now();
    const r = await appliquerVieATous();
    console.log(
      `Tâche de nuit « vie après signature » : ${r.conventions} conventions en ${((performance.now() - t) / 1000).toFixed(1)} s, ${r.changes.length} changements, ${r.echecs} échecs`,
    );
  }
  return p95;
}

async function main() {
  const database = await resolveDatabase({ database: "conventions_bench", log: () => {} });
  if (!process.env.BENCH_REUSE) {
    await dropDatabase(database.url);
    migrate(database.url);
    await seed(database.url, { demoUsers: false, log: () => {} });
  } else migrate(database.url);
  if (process.env.BENCH_REUSE) {
    // a migration may have rewritten rows: measured as autovacuum would leave the table
    const client = createPrismaClient(database.url, { poolSize: 1 });
    await client.$executeRawUnsafe(`VACUUM ANALYZE`);
    await client.$disconnect();
  }
  process.env.DATABASE_URL = database.url; // the use cases measured take their client from lib/server/db.ts
  const db = createPrismaClient(database.url, { poolSize: 4 });
  try {
    const resultats: [number, Map<string, number>][] = [];
    for (const taille of TAILLES) {
      await remplir(db, taille);
      console.log(`\n── ${taille} conventions ──`);
      resultats.push([taille, await mesurer(db, taille)]);
    }
    if (resultats.length > 1) {
      const [[t0, premier], [t1, dernier]] = [resultats[0]!, resultats.at(-1)!];
      console.log(`\n── p95 de ${t0} à ${t1} conventions (×${(t1 / t0).toFixed(0)}) ──`);
      for (const [label, v] of dernier)
        console.log(`  ${label} : ${premier.get(label)!.toFixed(1)} → ${v.toFixed(1)} ms (×${(v / premier.get(label)!).toFixed(1)})`);
    }
  } finally {
    await db.$disconnect();
    if (!process.env.BENCH_KEEP && !process.env.BENCH_REUSE) await dropDatabase(database.url).catch(() => {});
    await database.server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
