"use server";
import { makeAction } from "@/lib/actions/action";
import { organisationModifSchema, organisationSchema } from "@/lib/schemas/organisation";
import { personneModifSchema, personneSchema } from "@/lib/schemas/personne";
import { updateOrganisation, updatePersonne } from "@/lib/server/referentiel/update-referentiel";
import { createOrganisation } from "@/lib/server/referentiel/create-organisation";
import { createPersonne } from "@/lib/server/referentiel/create-personne";
import { mergeOrganisations, mergePersonnes } from "@/lib/server/referentiel/merge-referentiel";
import { fusionOrganisationsSchema, fusionPersonnesSchema } from "@/lib/schemas/fusion";

export const createPersonneAction = makeAction("referentiel.modifier", personneSchema, (agent, data) => createPersonne(agent, data));

export const createOrganisationAction = makeAction("referentiel.modifier", organisationSchema, (agent, data) =>
  createOrganisation(agent, data),
);

export const updateOrganisationAction = makeAction("referentiel.modifier", organisationModifSchema, (agent, data) =>
  updateOrganisation(agent, data),
);

export const updatePersonneAction = makeAction("referentiel.modifier", personneModifSchema, (agent, data) => updatePersonne(agent, data));

export const fusionnerOrganisationsAction = makeAction("referentiel.fusionner", fusionOrganisationsSchema, (agent, data) =>
  mergeOrganisations(agent, data),
);

export const fusionnerPersonnesAction = makeAction("referentiel.fusionner", fusionPersonnesSchema, (agent, data) =>
  mergePersonnes(agent, data),
);
