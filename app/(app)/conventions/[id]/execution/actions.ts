"use server";
import { makeAction } from "@/lib/actions/action";
import { mouvementSchema, suppressionMouvementSchema } from "@/lib/schemas/mouvement";
import { recordMouvement } from "@/lib/server/execution/record-mouvement";
import { deleteMouvement } from "@/lib/server/execution/delete-mouvement";

export const saisirMouvementAction = makeAction("execution.importer", mouvementSchema, (agent, data) => recordMouvement(agent, data));

export const supprimerMouvementAction = makeAction("execution.importer", suppressionMouvementSchema, (agent, data) =>
  deleteMouvement(agent, data),
);
