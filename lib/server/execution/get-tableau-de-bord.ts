// The finance dashboard across the conventions the agent may see: scheduled (the consolidated
// schedule: a convention's own, or after its signed avenants), made available, committed and paid,
// for a year range, filtered by status, délégant, programme, UO and service (all in the URL).
// The figures are summed in SQL over what lib/server/execution/refresh-suivi.ts keeps per convention and
// year (SuiviExecutionAnnee) and per convention with what it is filtered and grouped by
// (SuiviExecution): a few aggregate queries on two small tables whatever the number of conventions;
// the per-convention table is paginated. A convention with several délégants counts under its
// first (the filter and the grouping agree).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { GROUPEMENTS, vide, ajouter, type Groupement, type Montants } from "@/lib/domain/execution/tableau";
import { LIBELLES_STATUT, STATUTS, type Statut } from "@/lib/domain/statut";
import { can, conventionScopeSql, type AgentLike } from "../policies";
import { on, type InTx } from "../db";
import { normaliserCode } from "@/lib/domain/execution/rattachement";

export type FiltresTableau = {
  /** The years shown; unset: from two years back to the last year any convention schedules (the
   *  later years of the conventions running are never left out). */
  de?: number;
  a?: number;
  statut?: Statut;
  delegant?: string;
  programme?: string;
  uo?: string;
  service?: string;
};
export type Affichage = { par: Groupement; page: number };
export const PAR_PAGE = 50;

/** The filters read from the URL (the years, when given). */
export function readFiltres(
  p: Record<string, string | string[] | undefined>,
  annee = new Date().getFullYear(),
): FiltresTableau & Affichage {
  const un = (k: string) => {
    const v = p[k];
    return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  };
  const an = (k: string, defaut: number) => {
    const v = Number(un(k));
    return Number.isInteger(v) && v >= 2000 && v <= 2100 ? v : defaut;
  };
  let de = un("de") ? an("de", annee - 2) : undefined;
  let a = un("a") ? an("a", annee + 1) : undefined;
  if (de !== undefined && a !== undefined && de > a) [de, a] = [a, de];
  const statut = un("statut");
  const par = un("par");
  const page = Number(un("page"));
  return {
    de,
    a,
    statut: STATUTS.includes(statut as Statut) ? (statut as Statut) : undefined,
    delegant: un("delegant"),
    programme: un("programme"),
    uo: un("uo") ? normaliserCode(un("uo")) : undefined, // (shown as the dashboard reads it)
    service: un("service"),
    par: (GROUPEMENTS as readonly string[]).includes(par ?? "") ? (par as Groupement) : "convention",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

type Sommes = { ae_p: bigint; cp_p: bigint; ae_d: bigint; cp_d: bigint; ae_e: bigint; cp_e: bigint };
const SOMMES = Prisma.sql`COALESCE(SUM(s."aeProgramme"), 0)::bigint AS ae_p, COALESCE(SUM(s."cpProgramme"), 0)::bigint AS cp_p,
  COALESCE(SUM(s."aeDisponible"), 0)::bigint AS ae_d, COALESCE(SUM(s."cpDisponible"), 0)::bigint AS cp_d,
  COALESCE(SUM(s."aeEngage"), 0)::bigint AS ae_e, COALESCE(SUM(s."cpPaye"), 0)::bigint AS cp_e`;
const montants = (r: Sommes): Montants => ({
  aeProgramme: r.ae_p,
  cpProgramme: r.cp_p,
  aeDisponible: r.ae_d,
  cpDisponible: r.cp_d,
  aeEngage: r.ae_e,
  cpPaye: r.cp_e,
});
/** What a grouping groups by, on the conventions' rows (`se`) or on the rollup (`s`, no value: ""). */
const CLES: Record<Exclude<Groupement, "convention">, string> = {
  statut: "statut",
  delegant: "delegantId",
  programme: "programme",
  uo: "uo",
  service: "serviceId",
};
const cle = (alias: string, par: Exclude<Groupement, "convention">) => Prisma.raw(`NULLIF(${alias}."${CLES[par]}", '')`);
/** The rollup (migration suivi_cumul): its totals and the differences not yet folded in, read in one
 *  statement (one snapshot). Year 0: the count of conventions and of their alerts. */
const CUMUL = Prisma.sql`(
  SELECT "annee", "statut", "delegantId", "programme", "serviceId", "conventions", "alertes", "aeProgramme", "cpProgramme",
    "aeDisponible", "cpDisponible", "aeEngage", "cpPaye" FROM "SuiviCumul"
  UNION ALL
  SELECT "annee", "statut", "delegantId", "programme", "serviceId", "conventions", "alertes", "aeProgramme", "cpProgramme",
    "aeDisponible", "cpDisponible", "aeEngage", "cpPaye" FROM "SuiviCumulAjout")`;

/** `options.tout`: every convention (or group) on one page (the exports).
 *
 *  An agent who sees every convention (DINUM finance, administrators) reads the totals, the years and
 *  the groupings from the rollup — a few hundred rows whatever the number of conventions —, except
 *  when filtering by UO (nearly one per convention: not a key of the rollup), read from the
 *  conventions' rows through its index; the groups by UO are paginated in SQL; the rows by convention
 *  are one page of the reference's index. An agent scoped to a perimeter sums the conventions' rows. */
export async function getTableauDeBord(
  agent: AgentLike,
  filtres: FiltresTableau,
  {
    par = "convention",
    page = 1,
    tout = false,
    tx,
    annee = new Date().getFullYear(),
  }: Partial<Affichage> & { tout?: boolean; annee?: number } & InTx = {},
) {
  const db = on(tx);
  const voitTout = can(agent, "convention.toutes_lire");
  const parCumul = voitTout && !filtres.uo;
  /** The filters on the conventions' rows (`se`) or on the rollup (`s`). */
  const conditions = (alias: "se" | "s") => {
    const a = (colonne: string) => Prisma.raw(`${alias}."${colonne}"`);
    const c: Prisma.Sql[] = [];
    if (filtres.statut) c.push(Prisma.sql`${a("statut")} = ${filtres.statut}`);
    if (filtres.delegant) c.push(Prisma.sql`${a("delegantId")} = ${filtres.delegant}`);
    if (filtres.programme) c.push(Prisma.sql`${a("programme")} = ${filtres.programme}`);
    if (filtres.service) c.push(Prisma.sql`${a("serviceId")} = ${filtres.service}`);
    return c;
  };
  const detail = conditions("se");
  if (filtres.uo) detail.push(Prisma.sql`se."uo" = ${normaliserCode(filtres.uo)}`);
  if (!voitTout)
    detail.push(Prisma.sql`se."conventionId" IN (SELECT c."id" FROM "Convention" c WHERE ${await conventionScopeSql(agent, tx)})`);
  const where = detail.length ? Prisma.sql`WHERE ${Prisma.join(detail, " AND ")}` : Prisma.empty;
  const et = detail.length ? Prisma.sql`AND ${Prisma.join(detail, " AND ")}` : Prisma.empty;
  const cumul = conditions("s");
  const etCumul = cumul.length ? Prisma.sql`AND ${Prisma.join(cumul, " AND ")}` : Prisma.empty;

  // The years the conventions in view schedule or execute: the whole duration, and the default span.
  const [etendue] = parCumul
    ? await db.$queryRaw<{ min: number | null; max: number | null }[]>`
        SELECT min(x."annee") AS "min", max(x."annee") AS "max" FROM (
          SELECT s."annee" FROM ${CUMUL} s WHERE s."annee" > 0 ${etCumul} GROUP BY s."annee" HAVING SUM(s."conventions") > 0) x`
    : await db.$queryRaw<{ min: number | null; max: number | null }[]>`
        SELECT min(s."annee") AS "min", max(s."annee") AS "max" FROM "SuiviExecutionAnnee" s
        JOIN "SuiviExecution" se ON se."conventionId" = s."conventionId" ${where}`;
  const duree = { de: etendue?.min ?? annee - 2, a: etendue?.max ?? annee + 1 };
  let de = filtres.de ?? Math.max(annee - 2, Math.min(duree.de, annee));
  let a = filtres.a ?? Math.max(annee + 1, duree.a);
  if (de > a) [de, a] = [a, de];
  const f = { ...filtres, de, a };
  const annees = Prisma.sql`s."annee" BETWEEN ${f.de} AND ${f.a}`;
  type Compte = { cle: string | null; conventions: number; alertes: number };

  /** The groups (all of them, or this page's when by UO) with their counts, then their sums. */
  const lireGroupes = async (g: Exclude<Groupement, "convention">) => {
    if (g === "uo") {
      // Nearly one per convention: counted, sorted (« non renseigné » last) and paginated in SQL through
      // its index, summed for this page only.
      const [comptes, [nombre]] = await Promise.all([
        db.$queryRaw<Compte[]>`
          SELECT se."uo" AS "cle", count(*)::int AS "conventions", COALESCE(SUM(se."alertes"), 0)::int AS "alertes"
          FROM "SuiviExecution" se ${where} GROUP BY se."uo" ORDER BY se."uo"
          ${tout ? Prisma.empty : Prisma.sql`LIMIT ${PAR_PAGE} OFFSET ${(page - 1) * PAR_PAGE}`}`,
        db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS "n" FROM (SELECT 1 FROM "SuiviExecution" se ${where} GROUP BY se."uo") x`, // (its index read in order)
      ]);
      const cles = comptes.flatMap((c) => (c.cle === null ? [] : [c.cle]));
      const avecVide = comptes.some((c) => c.cle === null);
      const sommes = comptes.length
        ? await db.$queryRaw<({ cle: string | null } & Sommes)[]>`
            SELECT se."uo" AS "cle", ${SOMMES} FROM "SuiviExecutionAnnee" s JOIN "SuiviExecution" se ON se."conventionId" = s."conventionId"
            WHERE ${annees} ${et} AND (se."uo" = ANY(${cles}::text[]) ${avecVide ? Prisma.sql`OR se."uo" IS NULL` : Prisma.empty})
            GROUP BY 1`
        : [];
      return { comptes, sommes, nombre: nombre?.n ?? 0 };
    }
    const [comptes, sommes] = parCumul
      ? await Promise.all([
          db.$queryRaw<Compte[]>`
            SELECT ${cle("s", g)} AS "cle", SUM(s."conventions")::int AS "conventions", SUM(s."alertes")::int AS "alertes"
            FROM ${CUMUL} s WHERE s."annee" = 0 ${etCumul} GROUP BY 1 HAVING SUM(s."conventions") > 0`,
          db.$queryRaw<({ cle: string | null } & Sommes)[]>`
            SELECT ${cle("s", g)} AS "cle", ${SOMMES} FROM ${CUMUL} s WHERE ${annees} ${etCumul} GROUP BY 1`,
        ])
      : await Promise.all([
          db.$queryRaw<Compte[]>`
            SELECT ${cle("se", g)} AS "cle", count(*)::int AS "conventions", COALESCE(SUM(se."alertes"), 0)::int AS "alertes"
            FROM "SuiviExecution" se ${where} GROUP BY 1`,
          db.$queryRaw<({ cle: string | null } & Sommes)[]>`
            SELECT ${cle("se", g)} AS "cle", ${SOMMES} FROM "SuiviExecutionAnnee" s JOIN "SuiviExecution" se ON se."conventionId" = s."conventionId"
            WHERE ${annees} ${et} GROUP BY 1`,
        ]);
    return { comptes, sommes, nombre: comptes.length };
  };

  const [parAnnee_, [totaux], lus, lignes, organisations, [valeurs]] = await Promise.all([
    parCumul
      ? db.$queryRaw<({ annee: number } & Sommes)[]>`
          SELECT s."annee", ${SOMMES} FROM ${CUMUL} s WHERE ${annees} ${etCumul} GROUP BY s."annee"`
      : db.$queryRaw<({ annee: number } & Sommes)[]>`
          SELECT s."annee", ${SOMMES} FROM "SuiviExecutionAnnee" s JOIN "SuiviExecution" se ON se."conventionId" = s."conventionId"
          WHERE ${annees} ${et} GROUP BY s."annee"`,
    parCumul
      ? db.$queryRaw<{ conventions: number; alertes: number }[]>`
          SELECT COALESCE(SUM(s."conventions"), 0)::int AS "conventions", COALESCE(SUM(s."alertes"), 0)::int AS "alertes"
          FROM ${CUMUL} s WHERE s."annee" = 0 ${etCumul}`
      : db.$queryRaw<{ conventions: number; alertes: number }[]>`
          SELECT count(*)::int AS "conventions", COALESCE(SUM(se."alertes"), 0)::int AS "alertes" FROM "SuiviExecution" se ${where}`,
    par === "convention" ? Promise.resolve(null) : lireGroupes(par),
    par === "convention"
      ? db.$queryRaw<
          ({
            id: string;
            reference: string;
            intitule: string;
            statut: Statut;
            serviceId: string | null;
            programme: string | null;
            uo: string | null;
            delegantId: string | null;
            alertes: number;
          } & Sommes)[]
        >`WITH p AS (
            SELECT se.* FROM "SuiviExecution" se ${where} ORDER BY se."reference"
            ${tout ? Prisma.empty : Prisma.sql`LIMIT ${PAR_PAGE} OFFSET ${(page - 1) * PAR_PAGE}`})
          SELECT p."conventionId" AS "id", p."reference", c."intitule", p."statut", p."serviceId", c2."programme", c2."centreFinancier" AS "uo",
            p."delegantId", p."alertes", m.*
          FROM p JOIN "Convention" c ON c."id" = p."conventionId"
          LEFT JOIN "ImputationBudgetaire" c2 ON c2."conventionId" = p."conventionId"
          CROSS JOIN LATERAL (SELECT ${SOMMES} FROM "SuiviExecutionAnnee" s WHERE s."conventionId" = p."conventionId" AND ${annees}) m
          ORDER BY p."reference"`
      : Promise.resolve([]),
    db.organisation.findMany({ select: { id: true, sigle: true, nom: true }, orderBy: { nom: "asc" } }),
    // The values the filters offer: those of the conventions followed (the rollup's keys).
    db.$queryRaw<{ delegants: string[] | null; services: string[] | null; programmes: string[] | null }[]>`
      SELECT array_agg(DISTINCT x."delegantId") FILTER (WHERE x."delegantId" <> '') AS "delegants",
        array_agg(DISTINCT x."serviceId") FILTER (WHERE x."serviceId" <> '') AS "services",
        array_agg(DISTINCT x."programme") FILTER (WHERE x."programme" <> '') AS "programmes"
      FROM (SELECT s."delegantId", s."serviceId", s."programme" FROM ${CUMUL} s WHERE s."annee" = 0
        GROUP BY s."statut", s."delegantId", s."serviceId", s."programme" HAVING SUM(s."conventions") > 0) x`,
  ]);
  const nomOrg = new Map(organisations.map((o) => [o.id, o.sigle ?? o.nom]));
  const libelleOrg = (o: { sigle: string | null; nom: string }) => (o.sigle ? `${o.sigle} — ${o.nom}` : o.nom);
  const parAnnee = new Map(parAnnee_.map((r) => [r.annee, montants(r)]));
  const total = parAnnee_.reduce((t, r) => ajouter(t, montants(r)), vide());
  const conventions = totaux?.conventions ?? 0;
  const sommesDe = new Map((lus?.sommes ?? []).map((g) => [g.cle, montants(g)]));
  const libelleGroupe = (cle: string | null) =>
    cle === null
      ? "(non renseigné)"
      : par === "statut"
        ? (LIBELLES_STATUT[cle as Statut] ?? cle)
        : par === "delegant" || par === "service"
          ? (nomOrg.get(cle) ?? cle)
          : cle;
  const groupes = lus
    ? lus.comptes.map((g) => ({
        cle: g.cle,
        libelle: libelleGroupe(g.cle),
        conventions: g.conventions,
        alertes: g.alertes,
        montants: sommesDe.get(g.cle) ?? vide(),
      }))
    : null;
  // (by UO: sorted and paginated in SQL)
  if (groupes && par !== "uo") groupes.sort((x, y) => x.libelle.localeCompare(y.libelle, "fr"));
  const rangs = lus ? lus.nombre : conventions;
  const dans = (ids: string[] | null | undefined) => new Set(ids ?? []);
  const [delegants, services] = [dans(valeurs?.delegants), dans(valeurs?.services)];
  return {
    filtres: f,
    /** The first and last years of the conventions in view (« toute la durée »). */
    duree,
    annees: Array.from({ length: f.a - f.de + 1 }, (_, i) => ({ annee: f.de + i, montants: parAnnee.get(f.de + i) ?? vide() })),
    total,
    conventions,
    alertes: totaux?.alertes ?? 0,
    /** Grouped: this page's rows, one per value, its key being what its filter takes (null: not filled in). */
    groupes: groupes && !tout && par !== "uo" ? groupes.slice((page - 1) * PAR_PAGE, page * PAR_PAGE) : groupes,
    /** How many groups (or conventions, ungrouped) in all pages. */
    rangs,
    /** Per convention: this page's rows, by reference. */
    lignes: lignes.map((l) => ({
      id: l.id,
      reference: l.reference,
      intitule: l.intitule,
      statut: l.statut,
      delegant: l.delegantId ? (nomOrg.get(l.delegantId) ?? null) : null,
      programme: l.programme,
      uo: l.uo,
      service: l.serviceId ? (nomOrg.get(l.serviceId) ?? null) : null,
      alertes: l.alertes,
      montants: montants(l),
    })),
    pagination: { page, pages: Math.max(1, Math.ceil(rangs / PAR_PAGE)), parPage: PAR_PAGE },
    choix: {
      delegants: organisations.filter((o) => delegants.has(o.id)).map((o) => ({ id: o.id, libelle: libelleOrg(o) })),
      services: organisations.filter((o) => services.has(o.id)).map((o) => ({ id: o.id, libelle: libelleOrg(o) })),
      programmes: [...(valeurs?.programmes ?? [])].sort(),
    },
  };
}
export type TableauDeBord = Awaited<ReturnType<typeof getTableauDeBord>>;
