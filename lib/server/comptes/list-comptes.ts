// The accounts screen's list (administrators): search by name or e-mail, filters by role,
// organisation and state, newest login first, by pages.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { assertCan, type AgentLike } from "../policies";
import type { FiltresComptes } from "@/lib/schemas/compte";
import type { Role } from "@/lib/domain/roles";

export const COMPTES_PAR_PAGE = 25;

export type LigneCompte = {
  id: string;
  nom: string;
  email: string;
  roles: Role[];
  organisation: string | null;
  /** The sigles (or names) of the organisations of their perimeter; none: their organisation's ministry. */
  perimetre: string[];
  actif: boolean;
  derniereConnexion: Date | null;
  motDePasse: boolean;
};

function filtre(f: FiltresComptes): Prisma.UserWhereInput {
  return {
    ...(f.q ? { OR: [{ nom: { contains: f.q, mode: "insensitive" } }, { email: { contains: f.q, mode: "insensitive" } }] } : {}),
    ...(f.role ? { roles: { has: f.role } } : {}),
    ...(f.organisation ? { organisationId: f.organisation } : {}),
    ...(f.actif ? { actif: f.actif === "oui" } : {}),
  };
}

export async function listComptes(agent: AgentLike, f: FiltresComptes, { tout = false } = {}) {
  assertCan(agent, "utilisateur.gerer");
  const where = filtre(f);
  const total = await db.user.count({ where });
  const pages = Math.max(1, Math.ceil(total / COMPTES_PAR_PAGE));
  const page = Math.min(f.page ?? 1, pages);
  const users = await db.user.findMany({
    where,
    include: {
      organisation: { select: { sigle: true, nom: true } },
      perimetre: { select: { organisation: { select: { sigle: true, nom: true } } } },
    },
    orderBy: [{ derniereConnexion: { sort: "desc", nulls: "last" } }, { nom: "asc" }, { id: "asc" }],
    ...(tout ? {} : { skip: (page - 1) * COMPTES_PAR_PAGE, take: COMPTES_PAR_PAGE }),
  });
  const lignes: LigneCompte[] = users.map((u) => ({
    id: u.id,
    nom: u.nom,
    email: u.email,
    roles: u.roles,
    organisation: u.organisation ? (u.organisation.sigle ?? u.organisation.nom) : null,
    perimetre: u.perimetre.map((p) => p.organisation.sigle ?? p.organisation.nom),
    actif: u.actif,
    derniereConnexion: u.derniereConnexion,
    motDePasse: u.passwordHash !== null,
  }));
  return { lignes, total, page, pages };
}
