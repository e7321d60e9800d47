"use server";
import { makeAction } from "@/lib/actions/action";
import { accepterDemandeSchema, refuserDemandeSchema } from "@/lib/schemas/compte";
import { acceptDemandeAcces } from "@/lib/server/comptes/accept-demande-acces";
import { refuseDemandeAcces } from "@/lib/server/comptes/refuse-demande-acces";

export const accepterDemandeAction = makeAction("utilisateur.gerer", accepterDemandeSchema, (agent, data) =>
  acceptDemandeAcces(agent, data),
);

export const refuserDemandeAction = makeAction("utilisateur.gerer", refuserDemandeSchema, (agent, data) => refuseDemandeAcces(agent, data));
