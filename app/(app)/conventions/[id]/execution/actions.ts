"use server";
import { makeAction } from "@/lib/actions/action";
import { mouvementSchema, suppressionMouvementSchema } from "@/lib/schemas/mouvement";
import { saisirMouvement, supprimerMouvement } from "@/lib/server/execution/saisie";

export const saisirMouvementAction = makeAction("execution.importer", mouvementSchema, (agent, data) => saisirMouvement(agent, data));

export const supprimerMouvementAction = makeAction("execution.importer", suppressionMouvementSchema, (agent, data) =>
  supprimerMouvement(agent, data),
);
