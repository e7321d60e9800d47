import "server-only";
import type { z } from "zod";
import type { personneSchema } from "@/lib/schemas/personne";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, on, type InTx } from "../db";
import { ErreurMetier } from "@/lib/domain/erreurs";

export async function createPersonne(agent: AgentLike, data: z.output<typeof personneSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "referentiel.modifier");
  // The same person twice in the same organisation is a duplicate, whatever the case typed.
  const meme = await on(outer).personne.findFirst({
    where: {
      prenom: { equals: data.prenom, mode: "insensitive" },
      nom: { equals: data.nom, mode: "insensitive" },
      organisationId: data.organisationId,
    },
  });
  if (meme) {
    const message = `${meme.prenom} ${meme.nom} figure déjà dans le référentiel : choisissez cette personne dans la liste.`;
    throw new ErreurMetier("PERSONNE_EXISTE", message, { nom: message });
  }
  return inTransaction(outer, async (tx) => {
    const personne = await tx.personne.create({ data });
    await recordAudit(tx, { userId: agent.id, type: "PERSONNE_CREEE", entite: "Personne", entiteId: personne.id, apres: personne });
    return { id: personne.id, nom: `${personne.prenom} ${personne.nom}` };
  });
}
