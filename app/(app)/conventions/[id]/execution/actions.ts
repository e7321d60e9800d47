"use server";
import { makeAction } from "@/lib/actions/action";
import { mouvementSchema, suppressionMouvementSchema } from "@/lib/schemas/mouvement";
import { recordMouvement } from "@/lib/server/execution/record-mouvement";
import { deleteMouvement } from "@/lib/server/execution/delete-mouvement";
import { etapeChorusSchema } from "@/lib/schemas/parametrage-chorus";
import { recordEtapeChorus } from "@/lib/server/parametrage/record-etape-chorus";

export const saisirMouvementAction = makeAction("execution.importer", mouvementSchema, (agent, data) => recordMouvement(agent, data));

export const supprimerMouvementAction = makeAction("execution.importer", suppressionMouvementSchema, (agent, data) =>
  deleteMouvement(agent, data),
);

export const recordEtapeChorusAction = makeAction("execution.importer", etapeChorusSchema, (agent, data) => recordEtapeChorus(agent, data));
