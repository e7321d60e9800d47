// A step pressed on a document's page: « Valider pour signature » is queued for the worker (its
// progress shown on the page), every other step is taken at once.
import "server-only";
import type { ResultatEtape } from "@/lib/views/travail";
import type { AgentLike } from "../policies";
import { demanderValidation } from "./demander-validation";
import { transitionDocument, type DemandeTransition } from "./transition";

export async function etapeDocument(agent: AgentLike, demande: DemandeTransition): Promise<ResultatEtape> {
  if (demande.evenement === "VALIDER") return { travail: await demanderValidation(agent, demande) };
  return transitionDocument(agent, demande);
}
