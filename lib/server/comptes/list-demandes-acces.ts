// The access requests an administrator has to decide, and the last ones decided; how many wait (the
// accounts page says it).
import "server-only";
import { db } from "../db";
import { assertCan, type AgentLike } from "../policies";

export async function listDemandesAcces(agent: AgentLike) {
  assertCan(agent, "utilisateur.gerer");
  const [enAttente, traitees] = await Promise.all([
    db.demandeAcces.findMany({ where: { statut: "EN_ATTENTE" }, include: { organisation: true }, orderBy: { createdAt: "asc" } }),
    db.demandeAcces.findMany({
      where: { statut: { not: "EN_ATTENTE" } },
      include: { organisation: true, traiteePar: { select: { nom: true } } },
      orderBy: { traiteeLe: "desc" },
      take: 20,
    }),
  ]);
  return { enAttente, traitees };
}

/** How many requests wait for an administrator (the accounts page says it). */
export async function countDemandesEnAttente(agent: AgentLike): Promise<number> {
  assertCan(agent, "utilisateur.gerer");
  return db.demandeAcces.count({ where: { statut: "EN_ATTENTE" } });
}
