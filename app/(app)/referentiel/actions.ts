"use server";
import { makeAction } from "@/lib/actions/action";
import { organisationSchema } from "@/lib/schemas/organisation";
import { personneSchema } from "@/lib/schemas/personne";
import { createOrganisation } from "@/lib/server/referentiel/create-organisation";
import { createPersonne } from "@/lib/server/referentiel/create-personne";

export const createPersonneAction = makeAction(personneSchema, (agent, data) => createPersonne(agent, data));

export const createOrganisationAction = makeAction(organisationSchema, (agent, data) => createOrganisation(agent, data));
