"use server";
import { makeAction } from "@/lib/actions/action";
import { conventionSchema, type ConventionInput } from "@/lib/schemas/convention";
import { organisationSchema } from "@/lib/schemas/organisation";
import { createConvention, updateConvention } from "@/lib/server/conventions/save-convention";
import { createOrganisation } from "@/lib/server/referentiel/create-organisation";
import { deleteConventionDraft } from "@/lib/server/conventions/delete-convention";
import { z } from "zod";

export const createConventionAction = makeAction("convention.creer", conventionSchema, (agent, data) => createConvention(agent, data));

export async function updateConventionAction(id: string, input: ConventionInput) {
  return makeAction("convention.modifier", conventionSchema, (agent, data) => updateConvention(agent, id, data))(input);
}

export const createOrganisationAction = makeAction("referentiel.modifier", organisationSchema, (agent, data) =>
  createOrganisation(agent, data),
);

export const deleteConventionAction = makeAction(
  "convention.modifier",
  z.object({ id: z.string().min(1), version: z.number().int() }),
  (agent, data) => deleteConventionDraft(agent, data.id, data.version),
);
