// The accounts screen's list (administrators): search by name or e-mail, filters by role,
// organisation and state, newest login first, by pages; and one account with its history.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { assertCan, type AgentLike } from "../policies";
import type { FiltresComptes } from "@/lib/schemas/compte";
import { Introuvable } from "@/lib/domain/erreurs";
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

const LIBELLES_EVENEMENT: Record<string, string> = {
  COMPTE_CREE: "Compte ouvert",
  COMPTE_MODIFIE: "Compte modifié",
  COMPTE_DESACTIVE: "Compte désactivé",
  COMPTE_REACTIVE: "Compte réactivé",
  INVITATION_ENVOYEE: "Invitation envoyée de nouveau",
  MOT_DE_PASSE_DEFINI: "Mot de passe choisi par l'agent",
  CONNEXION_REUSSIE: "Connexion",
  CONNEXION_ECHOUEE: "Connexion refusée",
};

export async function getCompte(agent: AgentLike, id: string) {
  assertCan(agent, "utilisateur.gerer");
  const user = await db.user.findUnique({
    where: { id },
    include: { organisation: { select: { sigle: true, nom: true } }, perimetre: { select: { organisationId: true } } },
  });
  if (!user) throw new Introuvable("Ce compte");
  const evenements = await db.auditEvent.findMany({
    where: { entite: "User", entiteId: id, type: { in: Object.keys(LIBELLES_EVENEMENT) } },
    include: { user: { select: { nom: true } } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return {
    compte: {
      id: user.id,
      nom: user.nom,
      email: user.email,
      roles: user.roles,
      organisationId: user.organisationId,
      perimetre: user.perimetre.map((p) => p.organisationId),
      actif: user.actif,
      version: user.version,
      derniereConnexion: user.derniereConnexion,
      motDePasse: user.passwordHash !== null,
    },
    historique: evenements.map((e) => ({
      id: e.id,
      le: e.createdAt,
      quoi: LIBELLES_EVENEMENT[e.type] ?? e.type,
      par: e.user?.nom ?? null,
      avant: e.avant as Record<string, unknown> | null,
      apres: e.apres as Record<string, unknown> | null,
    })),
  };
}
