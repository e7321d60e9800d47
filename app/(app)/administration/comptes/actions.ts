"use server";
import { makeAction } from "@/lib/actions/action";
import { compteActifSchema, compteIdSchema, compteModifSchema, compteSchema } from "@/lib/schemas/compte";
import { createCompte } from "@/lib/server/comptes/create-compte";
import { updateCompte } from "@/lib/server/comptes/update-compte";
import { setCompteActif } from "@/lib/server/comptes/set-compte-actif";
import { resendInvitation } from "@/lib/server/comptes/resend-invitation";

export const createCompteAction = makeAction("utilisateur.gerer", compteSchema, (agent, data) => createCompte(agent, data));

export const updateCompteAction = makeAction("utilisateur.gerer", compteModifSchema, (agent, data) => updateCompte(agent, data));

export const setCompteActifAction = makeAction("utilisateur.gerer", compteActifSchema, (agent, data) => setCompteActif(agent, data));

export const resendInvitationAction = makeAction("utilisateur.gerer", compteIdSchema, (agent, data) => resendInvitation(agent, data));
