"use server";
import { z } from "zod";
import { makeAction } from "@/lib/actions/action";
import { avenantSchema, type AvenantInput } from "@/lib/schemas/avenant";
import { createAvenant } from "@/lib/server/avenants/create-avenant";
import { deleteAvenantDraft } from "@/lib/server/avenants/delete-avenant";
import { updateAvenant } from "@/lib/server/avenants/update-avenant";

export async function createAvenantAction(conventionId: string, input: AvenantInput) {
  return makeAction("avenant.creer", avenantSchema, (agent, data) => createAvenant(agent, conventionId, data))(input);
}

export async function updateAvenantAction(conventionId: string, numero: number, version: number, input: AvenantInput) {
  return makeAction("avenant.creer", avenantSchema, (agent, data) => updateAvenant(agent, conventionId, numero, version, data))(input);
}

export const deleteAvenantAction = makeAction(
  "avenant.creer",
  z.object({ conventionId: z.string().min(1), numero: z.number().int().positive() }),
  (agent, input) => deleteAvenantDraft(agent, input.conventionId, input.numero),
);
