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
const CLES: Record<Groupement, Prisma.Sql> = {
  convention: Prisma.sql`NULL::text`,
  statut: Prisma.sql`se."statut"`,
  delegant: Prisma.sql`se."delegantId"`,
  programme: Prisma.sql`se."programme"`,
  uo: Prisma.sql`se."uo"`,
  service: Prisma.sql`se."serviceId"`,
};

/** `options.tout`: every convention on one page (the exports). */
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
  const conditions: Prisma.Sql[] = [];
  if (!can(agent, "convention.toutes_lire"))
    conditions.push(Prisma.sql`se."conventionId" IN (SELECT c."id" FROM "Convention" c WHERE ${await conventionScopeSql(agent, tx)})`);
  if (filtres.statut) conditions.push(Prisma.sql`se."statut" = ${filtres.statut}`);
  if (filtres.delegant) conditions.push(Prisma.sql`se."delegantId" = ${filtres.delegant}`);
  if (filtres.programme) conditions.push(Prisma.sql`se."programme" = ${filtres.programme}`);
  if (filtres.uo) conditions.push(Prisma.sql`se."uo" = ${normaliserCode(filtres.uo)}`);
  if (filtres.service) conditions.push(Prisma.sql`se."serviceId" = ${filtres.service}`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const et = conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  // The years the conventions in view schedule or execute: the whole duration, and the default span.
  const [etendue] = await db.$queryRaw<{ min: number | null; max: number | null }[]>`
    SELECT min(s."annee") AS "min", max(s."annee") AS "max" FROM "SuiviExecutionAnnee" s
    JOIN "SuiviExecution" se ON se."conventionId" = s."conventionId" ${where}`;
  const duree = { de: etendue?.min ?? annee - 2, a: etendue?.max ?? annee + 1 };
  let de = filtres.de ?? Math.max(annee - 2, Math.min(duree.de, annee));
  let a = filtres.a ?? Math.max(annee + 1, duree.a);
  if (de > a) [de, a] = [a, de];
  const f = { ...filtres, de, a };
  const annees = Prisma.sql`s."annee" BETWEEN ${f.de} AND ${f.a}`;
  const cle = CLES[par];
  const [parAnnee_, comptes, sommesGroupes, lignes, organisations, [valeurs]] = await Promise.all([
    db.$queryRaw<({ annee: number } & Sommes)[]>`
      SELECT s."annee", ${SOMMES} FROM "SuiviExecutionAnnee" s JOIN "SuiviExecution" se ON se."conventionId" = s."conventionId"
      WHERE ${annees} ${et} GROUP BY s."annee"`,
    db.$queryRaw<{ cle: string | null; conventions: number; alertes: number }[]>`
      SELECT ${cle} AS "cle", count(*)::int AS "conventions", COALESCE(SUM(se."alertes"), 0)::int AS "alertes"
      FROM "SuiviExecution" se ${where} GROUP BY 1`,
    par === "convention"
      ? Promise.resolve([])
      : db.$queryRaw<({ cle: string | null } & Sommes)[]>`
          SELECT ${cle} AS "cle", ${SOMMES} FROM "SuiviExecutionAnnee" s JOIN "SuiviExecution" se ON se."conventionId" = s."conventionId"
          WHERE ${annees} ${et} GROUP BY 1`,
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
    db.$queryRaw<{ delegants: string[] | null; services: string[] | null; programmes: string[] | null }[]>`
      SELECT array_agg(DISTINCT "delegantId") FILTER (WHERE "delegantId" IS NOT NULL) AS "delegants",
        array_agg(DISTINCT "serviceId") FILTER (WHERE "serviceId" IS NOT NULL) AS "services",
        array_agg(DISTINCT "programme") FILTER (WHERE "programme" IS NOT NULL) AS "programmes"
      FROM "SuiviExecution"`,
  ]);
  const nomOrg = new Map(organisations.map((o) => [o.id, o.sigle ?? o.nom]));
  const libelleOrg = (o: { sigle: string | null; nom: string }) => (o.sigle ? `${o.sigle} — ${o.nom}` : o.nom);
  const parAnnee = new Map(parAnnee_.map((r) => [r.annee, montants(r)]));
  const total = parAnnee_.reduce((t, r) => ajouter(t, montants(r)), vide());
  const conventions = comptes.reduce((n, g) => n + g.conventions, 0);
  const sommesDe = new Map(sommesGroupes.map((g) => [g.cle, montants(g)]));
  const libelleGroupe = (cle: string | null) =>
    cle === null
      ? "(non renseigné)"
      : par === "statut"
        ? (LIBELLES_STATUT[cle as Statut] ?? cle)
        : par === "delegant" || par === "service"
          ? (nomOrg.get(cle) ?? cle)
          : cle;
  const groupes =
    par === "convention"
      ? null
      : comptes
          .map((g) => ({
            cle: g.cle,
            libelle: libelleGroupe(g.cle),
            conventions: g.conventions,
            alertes: g.alertes,
            montants: sommesDe.get(g.cle) ?? vide(),
          }))
          .sort((x, y) => x.libelle.localeCompare(y.libelle, "fr"));
  const rangs = groupes ? groupes.length : conventions;
  const dans = (ids: string[] | null | undefined) => new Set(ids ?? []);
  const [delegants, services] = [dans(valeurs?.delegants), dans(valeurs?.services)];
  return {
    filtres: f,
    /** The first and last years of the conventions in view (« toute la durée »). */
    duree,
    annees: Array.from({ length: f.a - f.de + 1 }, (_, i) => ({ annee: f.de + i, montants: parAnnee.get(f.de + i) ?? vide() })),
    total,
    conventions,
    alertes: comptes.reduce((n, g) => n + g.alertes, 0),
    /** Grouped: this page's rows, one per value, its key being what its filter takes (null: not filled in). */
    groupes: groupes && !tout ? groupes.slice((page - 1) * PAR_PAGE, page * PAR_PAGE) : groupes,
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
