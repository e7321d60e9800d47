import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import type { personneSchema } from "@/lib/schemas/personne";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";

export async function createPersonne(db: PrismaClient, agent: AgentLike, data: z.output<typeof personneSchema>) {
  assertCan(agent, "referentiel.modifier");
  return db.$transaction(async (tx) => {
    const personne = await tx.personne.create({ data });
    await recordAudit(tx, { userId: agent.id, type: "PERSONNE_CREEE", entite: "Personne", entiteId: personne.id, apres: personne });
    return { id: personne.id, nom: `${personne.prenom} ${personne.nom}` };
  });
}

export async function listReferentielDetaille(db: PrismaClient) {
  const [organisations, personnes] = await Promise.all([
    db.organisation.findMany({ orderBy: [{ sigle: "asc" }, { nom: "asc" }], include: { parent: true, successeur: true } }),
    db.personne.findMany({ orderBy: [{ nom: "asc" }, { prenom: "asc" }], include: { organisation: true } }),
  ]);
  return { organisations, personnes };
}
