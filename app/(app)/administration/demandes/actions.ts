"use server";
import { makeAction } from "@/lib/actions/action";
import { accepterDemandeSchema, refuserDemandeSchema } from "@/lib/schemas/compte";
import { acceptDemandeAcces, refuseDemandeAcces } from "@/lib/server/comptes/demande-acces";

export const accepterDemandeAction = makeAction("utilisateur.gerer", accepterDemandeSchema, (agent, data) =>
  acceptDemandeAcces(agent, data),
);

export const refuserDemandeAction = makeAction("utilisateur.gerer", refuserDemandeSchema, (agent, data) => refuseDemandeAcces(agent, data));
