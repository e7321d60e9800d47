// The convention list: scoped to the agent, filtered, sorted, paginated.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { totauxEcheancier } from "@/lib/domain/echeancier";
import { PAGE_MAX, type ConventionFilters } from "@/lib/schemas/liste-conventions";
import type { ConventionListe, OptionsFiltres } from "@/lib/views/liste";
import { conventionScope, conventionScopeSql, type AgentLike } from "../policies";
import { inTransaction, on, type InTx } from "../db";

export type { ConventionFilters };

// Prisma passes `contains` to LIKE as is: escape its wildcards so that "%" or "_" are searched as text.
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function findConventions(agent: AgentLike, filters: ConventionFilters, { tx: outer }: InTx = {}): Promise<ConventionListe> {
  const parPage = Math.min(Math.max(filters.parPage ?? 20, 1), 100);
  const page = Math.min(Math.max(Math.trunc(filters.page ?? 1) || 1, 1), PAGE_MAX);
  const q = filters.q?.trim();
  // French full-text search (stems, accents ignored) over titles, purpose, parties and articles.
  // A code typed as is ("2024-DNE", "0214-CEN2-INFO") also matches the start of a reference.
  const query = q ? Prisma.sql`websearch_to_tsquery('conventions_fr', ${q})` : null;
  // (« EVAL-OTHER » as well as « 2024-DNE »: a code need not hold a digit.)
  const code = Boolean(q && /^[\p{L}\d]+(?:[-/][\p{L}\d]+)+-?$/u.test(q));
  const conditions: Prisma.Sql[] = [await conventionScopeSql(agent, outer)];
  if (query && code) conditions.push(Prisma.sql`(c."reference" ILIKE ${`%${escapeLike(q!)}%`} OR c."recherche" @@ ${query})`);
  else if (query) conditions.push(Prisma.sql`c."recherche" @@ ${query}`);
  if (filters.statut) conditions.push(Prisma.sql`c."statut" = ${filters.statut}::"StatutConvention"`);
  if (filters.partie)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Partie" p WHERE p."conventionId" = c."id" AND p."organisationId" = ${filters.partie})`,
    );
  if (filters.type) conditions.push(Prisma.sql`c."type" = ${filters.type}::"TypeConvention"`);
  if (filters.service) conditions.push(Prisma.sql`c."serviceId" = ${filters.service}`);
  if (filters.programme)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ImputationBudgetaire" i WHERE i."conventionId" = c."id" AND i."programme" = ${filters.programme})`,
    );
  if (filters.uo)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ImputationBudgetaire" i WHERE i."conventionId" = c."id" AND i."centreFinancier" ILIKE ${`%${escapeLike(filters.uo)}%`})`,
    );
  // The end as the app computes it once signed (a notice, a closure, a prolongation: lib/domain/echeances.ts), else the stated one.
  if (filters.finAvant) conditions.push(Prisma.sql`COALESCE(c."dateFinEffective", c."dateFin") < ${filters.finAvant}::date`);
  if (filters.annee)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "LigneEcheancier" l WHERE l."conventionId" = c."id" AND l."annee" = ${filters.annee})`,
    );
  // Ranked on the small heading vector: ranking on the full one reads every matching text.
  const rank = query ? Prisma.sql`ts_rank(c."entete", ${query}) DESC,` : Prisma.empty;
  const ordre = {
    recent: Prisma.sql`${rank} c."dateConvention" DESC NULLS LAST, c."reference" DESC`,
    reference: Prisma.sql`c."reference" ASC`,
    fin: Prisma.sql`COALESCE(c."dateFinEffective", c."dateFin") ASC NULLS LAST, c."reference" ASC`,
    plafond: Prisma.sql`c."plafondAe" DESC NULLS LAST, c."reference" ASC`,
  }[filters.tri ?? "recent"];
  const where = Prisma.join(conditions, " AND ");

  const [page_, count] = await inTransaction(outer, async (tx) => {
    // The planner does not count the cost of reading large vectors: a sequential scan of a query
    // matching most rows reads them all (~40 ms at 10 000 conventions), the GIN index none.
    // (Not for codes: their OR with a LIKE cannot use the index, and they match few rows.)
    if (query && !code) await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    const rows = await tx.$queryRaw<{ id: string; total: bigint }[]>`
      SELECT c."id", count(*) OVER () AS total FROM "Convention" c WHERE ${where}
      ORDER BY ${ordre}
      LIMIT ${parPage} OFFSET ${(page - 1) * parPage}`;
    // Past the last page the window count is not there: count apart.
    const n = rows.length
      ? rows[0]!.total
      : (await tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Convention" c WHERE ${where}`)[0]!.n;
    if (query && !code && outer) await tx.$executeRaw`SET LOCAL enable_seqscan = on`; // the caller's transaction goes on as before
    return [rows, Number(n)] as const;
  });
  const total = count;

  const rows = await on(outer).convention.findMany({
    where: { id: { in: page_.map((r) => r.id) } },
    select: {
      id: true,
      reference: true,
      intitule: true,
      type: true,
      statut: true,
      dateConvention: true,
      dateSignature: true,
      dateFin: true,
      dateFinEffective: true,
      plafondAe: true,
      plafondCp: true,
      parties: { orderBy: { ordre: "asc" }, select: { role: true, organisation: { select: { sigle: true, nom: true } } } },
      lignesEcheancier: { select: { annee: true, ae: true, cp: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total,
    page,
    parPage,
    pages: Math.max(1, Math.ceil(total / parPage)),
    conventions: page_.map(({ id }) => {
      const { lignesEcheancier, dateFinEffective, ...row } = byId.get(id)!;
      return {
        ...row,
        dateFin: dateFinEffective ?? row.dateFin,
        annees: [...new Set(lignesEcheancier.map((l) => l.annee))].sort(),
        totaux: totauxEcheancier(lignesEcheancier),
      };
    }),
  };
}

/** Values for the filters: organisations that are a party somewhere, services, programmes, years. */
export async function conventionFilterOptions(agent: AgentLike, { tx }: InTx = {}): Promise<OptionsFiltres> {
  const db = on(tx);
  const scope = await conventionScope(agent, tx);
  const [organisations, annees, services, programmes] = await Promise.all([
    db.organisation.findMany({
      where: { parties: { some: { convention: scope } } },
      orderBy: { sigle: "asc" },
      select: { id: true, sigle: true, nom: true },
    }),
    db.ligneEcheancier.findMany({ where: { convention: scope }, distinct: ["annee"], orderBy: { annee: "desc" }, select: { annee: true } }),
    db.organisation.findMany({
      where: { conventionsService: { some: scope } },
      orderBy: { sigle: "asc" },
      select: { id: true, sigle: true, nom: true },
    }),
    db.imputationBudgetaire.findMany({
      where: { convention: scope, programme: { not: null } },
      distinct: ["programme"],
      orderBy: { programme: "asc" },
      select: { programme: true },
    }),
  ]);
  return { organisations, annees: annees.map((a) => a.annee), services, programmes: programmes.map((p) => p.programme!) };
}
