// The convention list: scoped to the agent, filtered, sorted, paginated.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { totauxEcheancier } from "@/lib/domain/echeancier";
import { PAGE_MAX, type ConventionFilters } from "@/lib/schemas/liste-conventions";
import type { ConventionListe, OptionsFiltres } from "@/lib/views/liste";
import { can, conventionScopeSql, organisationsDuPerimetre, type AgentLike } from "../policies";
import { inTransaction, on, type InTx } from "../db";

export type { ConventionFilters };

// Prisma passes `contains` to LIKE as is: escape its wildcards so that "%" or "_" are searched as text.
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Results counted exactly up to this many: beyond, the list says « plus de 1 000 » and its pages
 *  stop there (counting or ranking 100 000 matches to show 20 is what made the list slow). */
export const RESULTATS_MAX = 1000;

/** The French full-text query of what was typed: its words (stemmed, accents ignored, « "…" »,
 *  « -mot » and « ou » as a search engine reads them), the last one also as the start of a word
 *  (« visioconf » finds « visioconférence »). */
function requeteTexte(q: string): Prisma.Sql {
  const entiere = Prisma.sql`websearch_to_tsquery('conventions_fr', ${q})`;
  const mots = q.split(/\s+/);
  const dernier = mots.at(-1)!;
  if (!/^[\p{L}\d]{3,}$/u.test(dernier) || /["-]/.test(q)) return entiere;
  const debut = Prisma.sql`to_tsquery('conventions_fr', ${`${dernier}:*`})`;
  const autres = mots.slice(0, -1).join(" ");
  return Prisma.sql`(${entiere} || ${autres ? Prisma.sql`(websearch_to_tsquery('conventions_fr', ${autres}) && ${debut})` : debut})`;
}

export async function findConventions(agent: AgentLike, filters: ConventionFilters, { tx: outer }: InTx = {}): Promise<ConventionListe> {
  const parPage = Math.min(Math.max(filters.parPage ?? 20, 1), 100);
  const q = filters.q?.trim();
  // French full-text search (stems, accents ignored, a word's start) over titles, purpose, parties,
  // their representatives, codes and articles. A code typed as is ("2024-DNE", "0214-CEN2-INFO")
  // also matches any part of a reference (trigram index).
  const query = q ? requeteTexte(q) : null;
  // (« EVAL-OTHER » as well as « 2024-DNE »: a code need not hold a digit.)
  const code = Boolean(q && /^[\p{L}\d]+(?:[-/][\p{L}\d]+)+-?$/u.test(q));
  const conditions: Prisma.Sql[] = [await conventionScopeSql(agent, outer)];
  if (query && code) conditions.push(Prisma.sql`(c."reference" ILIKE ${`%${escapeLike(q!)}%`} OR c."recherche" @@ ${query})`);
  else if (query) conditions.push(Prisma.sql`c."recherche" @@ ${query}`);
  // With a text query, the conditions on the convention's own columns are written so that their
  // indexes are not chosen (a cast, « + 0 »): the rows then come from the text's GIN index, and each
  // is checked on columns it holds — else the planner takes the column's index and tests the text of
  // every row it gives, reading its whole vector (~50 µs a row).
  const sansIndex = Boolean(query);
  // Status, type, service, a party, a programme, a year: keys of the convention's « facettes » array
  // (migration facettes), all matched at once through its GIN index — or, with a text query, tested
  // on each row the text's index gives (an array read in the row, no other index taken).
  const cles = [
    filters.statut && `s:${filters.statut}`,
    filters.type && `t:${filters.type}`,
    filters.service && `v:${filters.service}`,
    filters.partie && `p:${filters.partie}`,
    filters.programme && `g:${filters.programme}`,
    filters.annee && `a:${filters.annee}`,
  ].filter((k): k is string => Boolean(k));
  if (cles.length)
    conditions.push(
      sansIndex ? Prisma.sql`(c."facettes" || '{}'::text[]) @> ${cles}::text[]` : Prisma.sql`c."facettes" @> ${cles}::text[]`,
    );
  if (filters.uo)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ImputationBudgetaire" i WHERE i."conventionId" = c."id" AND i."centreFinancier" ILIKE ${`%${escapeLike(filters.uo)}%`})`,
    );
  // The end as the app computes it once signed (a notice, a closure, a prolongation: lib/domain/echeances.ts), else the stated one.
  if (filters.finAvant)
    conditions.push(
      sansIndex
        ? Prisma.sql`COALESCE(c."dateFinEffective", c."dateFin") + 0 < ${filters.finAvant}::date`
        : Prisma.sql`COALESCE(c."dateFinEffective", c."dateFin") < ${filters.finAvant}::date`,
    );
  // Each order has its index (migration 20261207130000_liste_a_grande_echelle).
  const ordre = {
    recent: Prisma.sql`c."dateConvention" DESC NULLS LAST, c."reference" DESC`,
    reference: Prisma.sql`c."reference" ASC`,
    fin: Prisma.sql`COALESCE(c."dateFinEffective", c."dateFin") ASC NULLS LAST, c."reference" ASC`,
    plafond: Prisma.sql`c."plafondAe" DESC NULLS LAST, c."reference" ASC`,
  }[filters.tri ?? "recent"];
  const where = Prisma.join(conditions, " AND ");

  const [page_, compte, page] = await inTransaction(outer, async (tx) => {
    // A text query is matched through its GIN index (a code's part of a reference through the
    // trigram one), never row by row: an ordered or sequential scan testing rows read each one's
    // whole text vector (~50 µs).
    if (query) await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
    // At most RESULTATS_MAX + 1 counted: enough to say « plus de 1 000 ».
    const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`
      SELECT count(*) AS n FROM (SELECT 1 FROM "Convention" c WHERE ${where} LIMIT ${RESULTATS_MAX + 1}) t`;
    const compte = Number(n);
    const pages = Math.max(1, Math.ceil(Math.min(compte, RESULTATS_MAX) / parPage));
    const page = Math.min(Math.max(Math.trunc(filters.page ?? 1) || 1, 1), PAGE_MAX, pages);
    const decalage = (page - 1) * parPage;
    // With a search, the first RESULTATS_MAX matches the index gives are ranked — by relevance on the
    // small heading vector, then date — or sorted: every match of a common word is never read (all of
    // them when there are fewer, the list then says how many). Without one, a few matches (the count
    // says so) are taken through the filters' indexes and sorted; many, read in order through the
    // sort's index until the page is full — unless a year is asked for: a schedule's years follow
    // the convention's date, so its matches lie far along the order (measured at 100 000: a status
    // and a year walked 40 000 rows, 250 ms; all its matches taken through the keys' index and
    // sorted, 20 ms).
    const parAnnee = !query && Boolean(filters.annee) && compte > RESULTATS_MAX;
    if (parAnnee) await tx.$executeRawUnsafe(`SET LOCAL enable_indexscan = off`);
    const rows =
      query || compte <= RESULTATS_MAX
        ? await tx.$queryRaw<{ id: string }[]>`
          WITH trouvees AS MATERIALIZED (
            SELECT c."id", ${query ? Prisma.sql`c."entete",` : Prisma.empty} c."dateConvention", c."reference", c."dateFinEffective", c."dateFin", c."plafondAe"
            FROM "Convention" c WHERE ${where} LIMIT ${RESULTATS_MAX})
          SELECT c."id" FROM trouvees c
          ORDER BY ${query && (filters.tri ?? "recent") === "recent" ? Prisma.sql`ts_rank(c."entete", ${query}) DESC,` : Prisma.empty} ${ordre}
          LIMIT ${parPage} OFFSET ${decalage}`
        : await tx.$queryRaw<{ id: string }[]>`
          SELECT c."id" FROM "Convention" c WHERE ${where} ORDER BY ${ordre} LIMIT ${parPage} OFFSET ${decalage}`;
    // the caller's transaction goes on as before
    if (query && outer) await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = on`);
    if (parAnnee && outer) await tx.$executeRawUnsafe(`SET LOCAL enable_indexscan = on`);
    return [rows, compte, page] as const;
  });
  const total = Math.min(compte, RESULTATS_MAX);

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
    plusDe: compte > RESULTATS_MAX,
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

/** Values for the filters: organisations that are a party somewhere, services, programmes, years,
 *  among the conventions the agent sees. Read by skipping from one value to the next through their
 *  indexes when the agent sees everything; for a perimeter, from its conventions, kept per perimeter
 *  until a convention changes (its latest update) or for five minutes at most. */
export async function conventionFilterOptions(agent: AgentLike, { tx }: InTx = {}): Promise<OptionsFiltres> {
  const db = on(tx);
  if (can(agent, "convention.toutes_lire")) return optionsDeTout(db);
  const ids = await organisationsDuPerimetre(agent, tx);
  if (!ids.length) return { organisations: [], annees: [], services: [], programmes: [] };
  const [{ derniere }] = await db.$queryRaw<[{ derniere: Date | null }]>`SELECT max("updatedAt") AS derniere FROM "Convention"`;
  const cle = `${[...ids].sort().join(",")}|${derniere?.getTime() ?? 0}`;
  const garde = OPTIONS_PERIMETRE.get(cle);
  if (!tx && garde && garde.jusqua > Date.now()) return garde.options;
  const options = await optionsDuPerimetre(db, ids);
  if (!tx) {
    if (OPTIONS_PERIMETRE.size > 500) OPTIONS_PERIMETRE.clear();
    OPTIONS_PERIMETRE.set(cle, { options, jusqua: Date.now() + 5 * 60_000 });
  }
  return options;
}

const OPTIONS_PERIMETRE = new Map<string, { options: OptionsFiltres; jusqua: number }>();
type Lecteur = ReturnType<typeof on>;
type Option = { id: string; sigle: string | null; nom: string };

async function optionsDeTout(db: Lecteur): Promise<OptionsFiltres> {
  const [organisations, services, annees, programmes] = await Promise.all([
    db.$queryRaw<Option[]>`SELECT o."id", o."sigle", o."nom" FROM "Organisation" o
      WHERE EXISTS (SELECT 1 FROM "Partie" p WHERE p."organisationId" = o."id") ORDER BY o."sigle" ASC`,
    db.$queryRaw<Option[]>`SELECT o."id", o."sigle", o."nom" FROM "Organisation" o
      WHERE EXISTS (SELECT 1 FROM "Convention" c WHERE c."serviceId" = o."id") ORDER BY o."sigle" ASC`,
    // From one year to the next through the index (a handful of steps, whatever the number of lines).
    db.$queryRaw<{ v: number }[]>`WITH RECURSIVE a AS (
        SELECT min("annee") AS v FROM "LigneEcheancier" WHERE "conventionId" IS NOT NULL
        UNION ALL SELECT (SELECT min("annee") FROM "LigneEcheancier" WHERE "conventionId" IS NOT NULL AND "annee" > a.v) FROM a WHERE a.v IS NOT NULL)
      SELECT v FROM a WHERE v IS NOT NULL ORDER BY v DESC`,
    db.$queryRaw<{ v: string }[]>`WITH RECURSIVE a AS (
        SELECT min("programme") AS v FROM "ImputationBudgetaire"
        UNION ALL SELECT (SELECT min("programme") FROM "ImputationBudgetaire" WHERE "programme" > a.v) FROM a WHERE a.v IS NOT NULL)
      SELECT v FROM a WHERE v IS NOT NULL ORDER BY v ASC`,
  ]);
  return { organisations, services, annees: annees.map((a) => a.v), programmes: programmes.map((p) => p.v) };
}

async function optionsDuPerimetre(db: Lecteur, ids: string[]): Promise<OptionsFiltres> {
  // Its conventions once (drafting service or a party in the perimeter), then each value among them.
  const [ligne] = await db.$queryRaw<
    [{ organisations: Option[] | null; services: Option[] | null; annees: number[] | null; programmes: string[] | null }]
  >`
    WITH s AS MATERIALIZED (
      SELECT c."id", c."serviceId" FROM "Convention" c WHERE c."serviceId" IN (${Prisma.join(ids)})
      UNION SELECT p."conventionId", c."serviceId" FROM "Partie" p JOIN "Convention" c ON c."id" = p."conventionId"
        WHERE p."organisationId" IN (${Prisma.join(ids)}))
    SELECT
      (SELECT json_agg(json_build_object('id', o."id", 'sigle', o."sigle", 'nom', o."nom") ORDER BY o."sigle") FROM "Organisation" o
        WHERE o."id" IN (SELECT DISTINCT p."organisationId" FROM "Partie" p JOIN s ON s."id" = p."conventionId")) AS organisations,
      (SELECT json_agg(json_build_object('id', o."id", 'sigle', o."sigle", 'nom', o."nom") ORDER BY o."sigle") FROM "Organisation" o
        WHERE o."id" IN (SELECT DISTINCT s."serviceId" FROM s)) AS services,
      (SELECT array_agg(v ORDER BY v DESC) FROM (SELECT DISTINCT l."annee" AS v FROM "LigneEcheancier" l JOIN s ON s."id" = l."conventionId") t) AS annees,
      (SELECT array_agg(v ORDER BY v) FROM (SELECT DISTINCT i."programme" AS v FROM "ImputationBudgetaire" i JOIN s ON s."id" = i."conventionId"
        WHERE i."programme" IS NOT NULL) t) AS programmes`;
  return {
    organisations: ligne.organisations ?? [],
    services: ligne.services ?? [],
    annees: ligne.annees ?? [],
    programmes: ligne.programmes ?? [],
  };
}
