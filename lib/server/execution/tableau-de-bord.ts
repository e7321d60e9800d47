// The finance dashboard across the conventions the agent may see: scheduled (the consolidated
// schedule: a convention's own, or after its signed avenants), made available, committed and paid,
// for a year range, filtered by status, délégant, programme, UO and service (all in the URL).
import "server-only";
import { calculerTableau, type AgregatMouvements, type ConventionTableau } from "@/lib/domain/execution/tableau";
import { STATUTS, type Statut } from "@/lib/domain/statut";
import { toCalendarDate } from "@/lib/domain/dates";
import { alertesExecution } from "@/lib/domain/execution/alertes";
import { syntheseExecution } from "@/lib/domain/execution/synthese";
import type { Prisma } from "@/lib/generated/prisma/client";
import { conventionScope, type AgentLike } from "../policies";
import { on, type InTx } from "../db";
import { getConsolidation } from "../avenants/get-consolidation";

export type FiltresTableau = {
  de: number;
  a: number;
  statut?: Statut;
  delegant?: string;
  programme?: string;
  uo?: string;
  service?: string;
};

/** The filters read from the URL, with the current year ± 2 by default. */
export function lireFiltres(p: Record<string, string | string[] | undefined>, annee = new Date().getFullYear()): FiltresTableau {
  const un = (k: string) => {
    const v = p[k];
    return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  };
  const an = (k: string, defaut: number) => {
    const v = Number(un(k));
    return Number.isInteger(v) && v >= 2000 && v <= 2100 ? v : defaut;
  };
  let de = an("de", annee - 2);
  let a = an("a", annee + 1);
  if (de > a) [de, a] = [a, de];
  const statut = un("statut");
  return {
    de,
    a,
    statut: STATUTS.includes(statut as Statut) ? (statut as Statut) : undefined,
    delegant: un("delegant"),
    programme: un("programme"),
    uo: un("uo"),
    service: un("service"),
  };
}

export async function tableauDeBord(agent: AgentLike, f: FiltresTableau, { tx }: InTx = {}) {
  const db = on(tx);
  const where: Prisma.ConventionWhereInput = {
    AND: [
      await conventionScope(agent, tx),
      f.statut ? { statut: f.statut } : {},
      f.delegant ? { parties: { some: { role: "DELEGANT", organisationId: f.delegant } } } : {},
      f.programme ? { imputation: { programme: f.programme } } : {},
      f.uo ? { imputation: { centreFinancier: f.uo } } : {},
      f.service ? { serviceId: f.service } : {},
    ],
  };
  const conventions = await db.convention.findMany({
    where,
    orderBy: { reference: "asc" },
    select: {
      id: true,
      reference: true,
      intitule: true,
      statut: true,
      service: { select: { id: true, sigle: true, nom: true } },
      imputation: { select: { programme: true, centreFinancier: true } },
      parties: {
        where: { role: "DELEGANT" },
        orderBy: { ordre: "asc" },
        select: { organisation: { select: { id: true, sigle: true, nom: true } } },
      },
      lignesEcheancier: { select: { annee: true, ae: true, cp: true } },
      plafondAe: true,
      dateSignature: true,
      dateConvention: true,
      dateFin: true,
      avenants: { where: { statut: { in: ["SIGNEE", "PUBLIEE", "EN_VIGUEUR", "TERMINEE"] } }, select: { id: true } },
    },
  });
  const ids = conventions.map((c) => c.id);
  const [groupes, organisations, services, programmes, uos] = await Promise.all([
    ids.length
      ? db.mouvementExecution.groupBy({
          by: ["conventionId", "nature", "annee", "report"],
          where: { conventionId: { in: ids }, annee: { gte: f.de, lte: f.a } },
          _sum: { ae: true, cp: true },
        })
      : Promise.resolve([]),
    db.organisation.findMany({
      where: { parties: { some: { role: "DELEGANT" } } },
      select: { id: true, sigle: true, nom: true },
      orderBy: { nom: "asc" },
    }),
    db.organisation.findMany({
      where: { conventionsService: { some: {} } },
      select: { id: true, sigle: true, nom: true },
      orderBy: { nom: "asc" },
    }),
    db.imputationBudgetaire.findMany({
      where: { programme: { not: null } },
      distinct: ["programme"],
      select: { programme: true },
      orderBy: { programme: "asc" },
    }),
    db.imputationBudgetaire.findMany({
      where: { centreFinancier: { not: null } },
      distinct: ["centreFinancier"],
      select: { centreFinancier: true },
      orderBy: { centreFinancier: "asc" },
    }),
  ]);
  // The consolidated schedule: after signed avenants, for the conventions that have some.
  const lignes: ConventionTableau[] = [];
  for (const c of conventions) {
    const echeancier = c.avenants.length ? (await getConsolidation(agent, c.id, { tx })).etat.echeancier : c.lignesEcheancier;
    const d = c.parties[0]?.organisation;
    lignes.push({
      id: c.id,
      reference: c.reference,
      intitule: c.intitule,
      statut: c.statut,
      delegant: d ? (d.sigle ?? d.nom) : null,
      programme: c.imputation?.programme ?? null,
      uo: c.imputation?.centreFinancier ?? null,
      service: c.service ? (c.service.sigle ?? c.service.nom) : null,
      echeancier,
    });
  }
  const agregats: AgregatMouvements[] = groupes.map((g) => ({
    conventionId: g.conventionId,
    nature: g.nature,
    annee: g.annee,
    report: g.report,
    ae: g._sum.ae ?? 0n,
    cp: g._sum.cp ?? 0n,
  }));
  // The alerts each convention raises, from the same figures (the article names are on its page).
  const aujourdhui = toCalendarDate(new Date());
  const parConvention = new Map<string, AgregatMouvements[]>();
  for (const g of agregats) parConvention.set(g.conventionId, [...(parConvention.get(g.conventionId) ?? []), g]);
  const alertes = new Map(
    conventions.map((c, i) => {
      const debut = c.dateSignature ?? c.dateConvention;
      const a = alertesExecution(
        {
          dateSignature: debut ? toCalendarDate(debut) : null,
          dateFin: c.dateFin ? toCalendarDate(c.dateFin) : null,
          plafondAe: c.plafondAe,
          articles: [],
          synthese: syntheseExecution(lignes[i]!.echeancier, parConvention.get(c.id) ?? []),
          engagements: [],
        },
        aujourdhui,
      );
      return [c.id, a.filter((x) => x.gravite !== "information").length];
    }),
  );
  const delegantDe = new Map(conventions.map((c) => [c.id, c.parties[0]?.organisation.id ?? null]));
  const serviceDe = new Map(conventions.map((c) => [c.id, c.service?.id ?? null]));
  return {
    filtres: f,
    ...calculerTableau(lignes, agregats, f),
    alertes,
    /** The filter value behind a group: the organisation's id for a délégant or a service. */
    cleFiltre: { delegant: delegantDe, service: serviceDe },
    choix: {
      delegants: organisations.map((o) => ({ id: o.id, libelle: o.sigle ? `${o.sigle} — ${o.nom}` : o.nom })),
      services: services.map((o) => ({ id: o.id, libelle: o.sigle ? `${o.sigle} — ${o.nom}` : o.nom })),
      programmes: programmes.map((p) => p.programme!),
      uos: uos.map((u) => u.centreFinancier!),
    },
  };
}
export type TableauDeBord = Awaited<ReturnType<typeof tableauDeBord>>;
