// The deadlines of every convention the agent sees (« Échéances »): end within 90 days, last day to
// give notice within 90 days, ended with credits left, publication late, acknowledgement awaited —
// computed by the domain (lib/domain/echeances.ts) from what each convention holds.
// At 100 000 conventions (half of them signed) the page read every signed convention with its
// avenants, figures and copies sent through the ORM: 3 s and 300 MB. Now one lean statement gives
// each signed convention what the rules read (its dates, the end its last prolongation says, its
// figures per year, its copies sent), the rules run on that, and only the conventions with a
// deadline are read for display — for this page of lines only, the export excepted.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { creditsNonConsommes, echeanceAccuse, echeancesDu, TYPES_RAPPEL, vieDe, type TypeRappel } from "@/lib/domain/echeances";
import { jourDeParis, type CalendarDate } from "@/lib/domain/dates";
import { STATUTS_SIGNES_PAR_TOUS, type Statut } from "@/lib/domain/statut";
import type { FiltresEcheances, LigneEcheance } from "@/lib/views/echeances";
import { conventionScopeSql, type AgentLike } from "../policies";
import { db } from "../db";

export const ECHEANCES_PAR_PAGE = 100;

export function lireFiltresEcheances(query: Record<string, string | undefined>): FiltresEcheances & { page: number } {
  const type = (TYPES_RAPPEL as readonly string[]).includes(query.type ?? "") ? (query.type as TypeRappel) : null;
  const page = Number(query.page);
  return {
    delegant: query.delegant || null,
    service: query.service || null,
    type,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

type Lue = {
  id: string;
  reference: string;
  statut: Statut;
  pointDepart: "SIGNATURE" | "NOTIFICATION" | "PUBLICATION" | "DATE_EFFET";
  regleDuree: "DATE_FIXE" | "JUSQU_AU_REGLEMENT";
  dateSignature: Date | null;
  dateNotification: Date | null;
  datePublication: Date | null;
  dateEffet: Date | null;
  dateFin: Date | null;
  preavisMois: number | null;
  dateDenonciation: Date | null;
  dateCloture: Date | null;
  prolongation: Date | null;
  disponibles: bigint[] | null;
  engages: bigint[] | null;
  envois: { destinataire: string; dateEnvoi: string }[] | null;
};

/** `page`: which lines to read for display (`tout`: every line, the export). */
export async function listEcheances(
  agent: AgentLike,
  filtres: FiltresEcheances & { page?: number },
  aujourdhui = jourDeParis(new Date()),
  { tout = false }: { tout?: boolean } = {},
) {
  const conditions = [
    await conventionScopeSql(agent),
    Prisma.sql`c."statut"::text IN (${Prisma.join(STATUTS_SIGNES_PAR_TOUS)})`,
    filtres.delegant
      ? Prisma.sql`EXISTS (SELECT 1 FROM "Partie" p WHERE p."conventionId" = c."id" AND p."role" = 'DELEGANT' AND p."organisationId" = ${filtres.delegant})`
      : Prisma.sql`TRUE`,
    filtres.service ? Prisma.sql`c."serviceId" = ${filtres.service}` : Prisma.sql`TRUE`,
  ];
  const where = Prisma.join(conditions, " AND ");
  const [conventions, delegantsVus, servicesVus] = await Promise.all([
    // (each relation read in one pass and joined, not looked up row by row: 48 000 signed conventions
    // took 2 s with a subquery per convention)
    db.$queryRaw<Lue[]>`
      WITH c AS MATERIALIZED (
        SELECT c."id", c."reference", c."statut", c."pointDepart", c."regleDuree", c."dateSignature", c."dateNotification",
          c."datePublication", c."dateEffet", c."dateFin", c."preavisMois", c."dateDenonciation", c."dateCloture"
        FROM "Convention" c WHERE ${where}),
      pr AS (
        SELECT DISTINCT ON (a."conventionId") a."conventionId", ch."nouvelleDateFin" FROM "Avenant" a
        JOIN "ChangementAvenant" ch ON ch."avenantId" = a."id"
        WHERE a."conventionId" IN (SELECT "id" FROM c) AND a."statut"::text IN (${Prisma.join(STATUTS_SIGNES_PAR_TOUS)})
          AND ch."type" = 'PROLONGATION' AND ch."nouvelleDateFin" IS NOT NULL
        ORDER BY a."conventionId", a."numero" DESC, ch."ordre" DESC),
      su AS (
        SELECT s."conventionId", array_agg(s."aeDisponible") AS "disponibles", array_agg(s."aeEngage") AS "engages"
        FROM "SuiviExecutionAnnee" s WHERE s."conventionId" IN (SELECT "id" FROM c) GROUP BY 1),
      tr AS (
        SELECT t."conventionId", json_agg(json_build_object('destinataire', t."destinataire", 'dateEnvoi', t."dateEnvoi")) AS "envois"
        FROM "Transmission" t WHERE t."conventionId" IN (SELECT "id" FROM c) AND t."etat" = 'ENVOYEE' AND t."dateEnvoi" IS NOT NULL GROUP BY 1)
      SELECT c.*, pr."nouvelleDateFin" AS "prolongation", su."disponibles", su."engages", tr."envois"
      FROM c LEFT JOIN pr ON pr."conventionId" = c."id" LEFT JOIN su ON su."conventionId" = c."id" LEFT JOIN tr ON tr."conventionId" = c."id"`,
    // The choices of the filters: the délégants and services of the signed conventions seen.
    db.$queryRaw<{ id: string; libelle: string }[]>`
      SELECT o."id", coalesce(o."sigle", o."nom") AS "libelle" FROM "Organisation" o WHERE o."id" IN (
        SELECT p."organisationId" FROM "Partie" p JOIN "Convention" c ON c."id" = p."conventionId"
        WHERE p."role" = 'DELEGANT' AND ${conditions[0]!} AND ${conditions[1]!})`,
    db.$queryRaw<{ id: string; libelle: string }[]>`
      SELECT o."id", coalesce(o."sigle", o."nom") AS "libelle" FROM "Organisation" o WHERE o."id" IN (
        SELECT c."serviceId" FROM "Convention" c WHERE ${conditions[0]!} AND ${conditions[1]!})`,
  ]);
  type Trouvee = Omit<LigneEcheance, "intitule" | "delegants" | "service">;
  const trouvees: Trouvee[] = [];
  for (const c of conventions) {
    const annees = (c.disponibles ?? []).map((d, i) => ({ aeDisponible: BigInt(d), aeEngage: BigInt(c.engages?.[i] ?? 0) }));
    const vie = vieDe(c, c.prolongation);
    const accuses = (c.envois ?? [])
      .map((t) => echeanceAccuse(t.destinataire, t.dateEnvoi.slice(0, 10) as CalendarDate, aujourdhui))
      .filter((e) => e !== null);
    for (const e of [...echeancesDu(c.statut, vie, aujourdhui, { creditsNonConsommes: creditsNonConsommes(annees) }), ...accuses])
      if (!filtres.type || e.type === filtres.type) trouvees.push({ conventionId: c.id, reference: c.reference, ...e });
  }
  // Sorted by date, then by reference; what else is shown of each convention read for the lines of this page only.
  trouvees.sort((a, b) => a.date.localeCompare(b.date) || a.reference.localeCompare(b.reference));
  const pages = Math.max(1, Math.ceil(trouvees.length / ECHEANCES_PAR_PAGE));
  const page = Math.min(filtres.page ?? 1, pages);
  const montrees = tout ? trouvees : trouvees.slice((page - 1) * ECHEANCES_PAR_PAGE, page * ECHEANCES_PAR_PAGE);
  const details = new Map(
    (
      await db.convention.findMany({
        where: { id: { in: [...new Set(montrees.map((t) => t.conventionId))] } },
        select: {
          id: true,
          intitule: true,
          service: { select: { sigle: true, nom: true } },
          parties: {
            where: { role: "DELEGANT" },
            orderBy: { ordre: "asc" },
            select: { organisation: { select: { sigle: true, nom: true } } },
          },
        },
      })
    ).map((c) => [c.id, c]),
  );
  const lignes: LigneEcheance[] = montrees.map((t) => {
    const c = details.get(t.conventionId)!;
    return {
      ...t,
      intitule: c.intitule,
      delegants: c.parties.map((p) => p.organisation.sigle ?? p.organisation.nom).join(", "),
      service: c.service ? (c.service.sigle ?? c.service.nom) : null,
    };
  });
  const tri = (o: { id: string; libelle: string }[]) =>
    o.map((x) => ({ value: x.id, label: x.libelle })).sort((a, b) => a.label.localeCompare(b.label, "fr"));
  return {
    lignes,
    /** Every deadline found (all pages). */
    total: trouvees.length,
    pagination: { page, pages },
    choix: { delegants: tri(delegantsVus), services: tri(servicesVus) },
  };
}
