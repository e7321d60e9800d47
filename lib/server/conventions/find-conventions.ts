// The convention list: scoped to the agent, filtered, sorted, paginated.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { conventionScope, type AgentLike } from "../policies";
import type { Statut } from "@/lib/domain/statut";
import { totauxEcheancier } from "@/lib/domain/echeancier";

export type ConventionFilters = {
  q?: string;
  statut?: Statut;
  partie?: string; // organisation id
  annee?: number;
  page?: number;
  parPage?: number;
};

// Prisma passes `contains` to LIKE as is: escape its wildcards so that "%" or "_" are searched as text.
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function findConventions(db: PrismaClient, agent: AgentLike, filters: ConventionFilters) {
  const parPage = Math.min(Math.max(filters.parPage ?? 20, 1), 100);
  const page = Math.max(filters.page ?? 1, 1);
  const and: Prisma.ConventionWhereInput[] = [await conventionScope(db, agent)];
  const q = filters.q?.trim() ? escapeLike(filters.q.trim()) : undefined;
  if (q) {
    and.push({
      OR: [
        { reference: { contains: q, mode: "insensitive" } },
        { intitule: { contains: q, mode: "insensitive" } },
        { titre: { contains: q, mode: "insensitive" } },
        { objet: { contains: q, mode: "insensitive" } },
        { parties: { some: { OR: [{ libelle: { contains: q, mode: "insensitive" } }, { organisation: { sigle: { equals: q, mode: "insensitive" } } }] } } },
      ],
    });
  }
  if (filters.statut) and.push({ statut: filters.statut });
  if (filters.partie) and.push({ parties: { some: { organisationId: filters.partie } } });
  if (filters.annee) and.push({ lignesEcheancier: { some: { annee: filters.annee } } });
  const where: Prisma.ConventionWhereInput = { AND: and };

  const [total, rows] = await Promise.all([
    db.convention.count({ where }),
    db.convention.findMany({
      where,
      orderBy: [{ dateConvention: { sort: "desc", nulls: "last" } }, { reference: "desc" }],
      skip: (page - 1) * parPage,
      take: parPage,
      select: {
        id: true,
        reference: true,
        intitule: true,
        type: true,
        statut: true,
        dateConvention: true,
        dateSignature: true,
        dateFin: true,
        plafondAe: true,
        plafondCp: true,
        parties: { orderBy: { ordre: "asc" }, select: { role: true, organisation: { select: { sigle: true, nom: true } } } },
        lignesEcheancier: { select: { annee: true, ae: true, cp: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    parPage,
    pages: Math.max(1, Math.ceil(total / parPage)),
    conventions: rows.map(({ lignesEcheancier, ...row }) => ({
      ...row,
      annees: [...new Set(lignesEcheancier.map((l) => l.annee))].sort(),
      totaux: totauxEcheancier(lignesEcheancier),
    })),
  };
}

/** Values for the filters: organisations that are a party somewhere, and schedule years. */
export async function conventionFilterOptions(db: PrismaClient, agent: AgentLike) {
  const scope = await conventionScope(db, agent);
  const [organisations, annees] = await Promise.all([
    db.organisation.findMany({ where: { parties: { some: { convention: scope } } }, orderBy: { sigle: "asc" }, select: { id: true, sigle: true, nom: true } }),
    db.ligneEcheancier.findMany({ where: { convention: scope }, distinct: ["annee"], orderBy: { annee: "desc" }, select: { annee: true } }),
  ]);
  return { organisations, annees: annees.map((a) => a.annee) };
}
