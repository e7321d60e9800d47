// One account as its page shows it (administrators): what it is, and its history from the audit log.
import "server-only";
import { db } from "../db";
import { assertCan, type AgentLike } from "../policies";
import { Introuvable } from "@/lib/domain/erreurs";

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
