// npm run bench:list — seeds 10 000 conventions (parties, articles, schedules) in a throwaway
// database and prints p50/p95 of the filtered list and of the French full-text search, through
// the same use case as the page (lib/server/conventions/find-conventions.ts).
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { resolveDatabase, dropDatabase, migrate } from "../lib/database";
import { stats } from "./mesure";
import { createPrismaClient } from "../../prisma/client";
import type { Prisma } from "../../lib/generated/prisma/client";
import { seed } from "../../prisma/seed";
import { SEED_CONVENTIONS } from "../../prisma/seed/index";
import { findConventions, type ConventionFilters } from "../../lib/server/conventions/find-conventions";
import { STATUTS } from "../../lib/domain/statut";
import { getConsolidation } from "../../lib/server/avenants/get-consolidation";

const COUNT = Number(process.env.BENCH_CONVENTIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

let state = 7;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

async function main() {
  const database = await resolveDatabase({ database: "conventions_bench", log: () => {} });
  await dropDatabase(database.url);
  migrate(database.url);
  await seed(database.url, { demoUsers: false, log: () => {} });
  process.env.DATABASE_URL = database.url; // the use cases measured take their client from lib/server/db.ts
  const db = createPrismaClient(database.url, { poolSize: 4 });
  try {
    const orgs = await db.organisation.findMany();
    const sigles = new Map(orgs.map((o) => [o.sigle, o.id]));
    const started = performance.now();
    await db.$executeRawUnsafe(
      `ALTER TABLE "Article" DISABLE TRIGGER article_recherche; ALTER TABLE "Partie" DISABLE TRIGGER partie_recherche; ALTER TABLE "Convention" DISABLE TRIGGER convention_recherche`,
    );
    for (let offset = 0; offset < COUNT; offset += 500) {
      const conventions = [],
        lignes = [];
      const parties: Prisma.PartieCreateManyInput[] = [];
      const articles: Prisma.ArticleCreateManyInput[] = [];
      for (let i = offset; i < Math.min(COUNT, offset + 500); i++) {
        const model = SEED_CONVENTIONS[i % 3]!;
        const id = randomUUID();
        const year = 2018 + (i % 12);
        conventions.push({
          id,
          reference: `BENCH-${year}-${String(i).padStart(5, "0")}`,
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
        model.parties.forEach((p, ordre) =>
          parties.push({
            id: randomUUID(),
            conventionId: id,
            ordre,
            role: p.role,
            organisationId: sigles.get(p.organisation)!,
            libelle: p.libelle,
            denominations: p.denominations,
          }),
        );
        model.articles.forEach((a, ordre) =>
          articles.push({ id: randomUUID(), conventionId: id, ordre, numero: a.numero, titre: a.titre, corps: a.corps }),
        );
        for (let y = 0; y < 1 + (i % 4); y++)
          lignes.push({ id: randomUUID(), conventionId: id, annee: year + y, ae: 1_000_000n, cp: 1_000_000n });
      }
      await db.convention.createMany({ data: conventions });
      await db.partie.createMany({ data: parties });
      await db.article.createMany({ data: articles });
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
          } else {
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
      }
      await db.avenant.createMany({ data: avenants });
      await db.changementAvenant.createMany({ data: changements });
      await db.ligneEcheancier.createMany({ data: lignesAvenants });
    }
    await db.$executeRawUnsafe(
      `ALTER TABLE "Article" ENABLE TRIGGER article_recherche; ALTER TABLE "Partie" ENABLE TRIGGER partie_recherche; ALTER TABLE "Convention" ENABLE TRIGGER convention_recherche`,
    );
    await db.$executeRawUnsafe(`SELECT convention_recherche_maj("id") FROM "Convention" WHERE "recherche" IS NULL`);
    await db.$executeRawUnsafe(`ANALYZE`);
    const total = await db.convention.count();
    console.log(
      `${total} conventions en base (${await db.article.count()} articles), créées en ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const reviewer = { id: "bench", roles: ["RELECTEUR_FINANCIER" as const], organisationId: null };
    const drafter = { id: "bench", roles: ["REDACTEUR" as const], organisationId: sigles.get("DNE")! };
    const mots = [
      "visioconférence",
      "comité d'investissement",
      "Classe à 12",
      "intrapreneur",
      "publication data.gouv.fr",
      "délégation de gestion",
      "FAST -webinaire",
      "BENCH-2024",
    ];
    const scenarios: [string, () => ConventionFilters, typeof reviewer | typeof drafter][] = [
      [
        "Liste filtrée (statut, année, page) — relecteur, toutes conventions",
        () => ({ statut: pick(STATUTS), annee: 2018 + Math.floor(random() * 14), page: 1 + Math.floor(random() * 3) }),
        reviewer,
      ],
      [
        "Liste filtrée — rédacteur, périmètre de son ministère",
        () => ({ statut: pick(STATUTS), page: 1 + Math.floor(random() * 5) }),
        drafter,
      ],
      [
        "Recherche plein texte en français (+ filtre de statut une fois sur deux)",
        () => ({ q: pick(mots), statut: random() < 0.5 ? pick(STATUTS) : undefined }),
        reviewer,
      ],
    ];
    for (const [label, filters, agent] of scenarios) {
      for (let i = 0; i < 10; i++) await findConventions(agent, filters()); // warm-up
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await findConventions(agent, filters());
        samples.push(performance.now() - t);
      }
      console.log(`${label}\n  ${stats(samples)}`);
    }
    const avecAvenants = await db.convention.findMany({ where: { avenants: { some: {} } }, select: { id: true }, take: 500 });
    for (let i = 0; i < 10; i++) await getConsolidation(reviewer, pick(avecAvenants).id);
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await getConsolidation(reviewer, pick(avecAvenants).id);
      samples.push(performance.now() - t);
    }
    console.log(
      `Vue consolidée (convention + 2 avenants signés appliqués + contrôles), ${await db.avenant.count()} avenants en base\n  ${stats(samples)}`,
    );
  } finally {
    await db.$disconnect();
    if (!process.env.BENCH_KEEP) await dropDatabase(database.url).catch(() => {});
    await database.server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
