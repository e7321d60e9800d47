// A step pressed on a document's page: « Valider pour signature » is queued for the worker (its
// progress shown on the page), every other step is taken at once.
import "server-only";
import type { ResultatEtape } from "@/lib/views/travail";
import type { AgentLike } from "../policies";
import { requestValidation } from "./request-validation";
import { transitionDocument, type DemandeTransition } from "./transition";

export async function takeStep(agent: AgentLike, demande: DemandeTransition): Promise<ResultatEtape> {
  if (demande.evenement === "VALIDER") return { travail: await requestValidation(agent, demande) };
  return transitionDocument(agent, demande);
}
