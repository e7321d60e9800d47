import "server-only";
import type { z } from "zod";
import type { personneSchema } from "@/lib/schemas/personne";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, type InTx } from "../db";
import { assertPersonneUnique } from "./verifications";

export async function createPersonne(agent: AgentLike, data: z.output<typeof personneSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "referentiel.modifier");
  await assertPersonneUnique(data, { tx: outer });
  return inTransaction(outer, async (tx) => {
    const personne = await tx.personne.create({ data });
    await recordAudit(tx, { userId: agent.id, type: "PERSONNE_CREEE", entite: "Personne", entiteId: personne.id, apres: personne });
    return { id: personne.id, nom: `${personne.prenom} ${personne.nom}` };
  });
}
