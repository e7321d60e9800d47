"use server";
import { makeAction } from "@/lib/actions/action";
import { organisationSchema } from "@/lib/schemas/organisation";
import { personneSchema } from "@/lib/schemas/personne";
import { createOrganisation } from "@/lib/server/referentiel/create-organisation";
import { createPersonne } from "@/lib/server/referentiel/create-personne";

export const createPersonneAction = makeAction("referentiel.modifier", personneSchema, (agent, data) => createPersonne(agent, data));

export const createOrganisationAction = makeAction("referentiel.modifier", organisationSchema, (agent, data) =>
  createOrganisation(agent, data),
);
