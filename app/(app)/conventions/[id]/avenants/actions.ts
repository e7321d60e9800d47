"use server";
import { z } from "zod";
import { makeAction } from "@/lib/actions/action";
import { avenantSchema, type AvenantInput } from "@/lib/schemas/avenant";
import { createAvenant } from "@/lib/server/avenants/create-avenant";
import { transitionAvenant } from "@/lib/server/avenants/transition-avenant";
import { deleteAvenantDraft } from "@/lib/server/avenants/delete-avenant";
import { EVENEMENTS } from "@/lib/domain/statut";
import { ACTION_DE } from "@/lib/domain/roles";

export async function createAvenantAction(conventionId: string, input: AvenantInput) {
  return makeAction("avenant.creer", avenantSchema, (agent, data) => createAvenant(agent, conventionId, data))(input);
}

const transitionSchema = z.object({
  conventionId: z.string().min(1),
  numero: z.number().int().positive(),
  evenement: z.enum(EVENEMENTS),
  version: z.number().int(),
  dateSignature: z.string().nullable().optional(),
});

export const transitionAvenantAction = makeAction(Object.values(ACTION_DE), transitionSchema, (agent, input) =>
  transitionAvenant(agent, input),
);

export const deleteAvenantAction = makeAction(
  "avenant.creer",
  z.object({ conventionId: z.string().min(1), numero: z.number().int().positive() }),
  (agent, input) => deleteAvenantDraft(agent, input.conventionId, input.numero),
);
