// The one way to make a server action: session → right → zod (the form's own schema) → use case →
// typed result. Every exported action is a public endpoint: nothing raw reaches the client, and an
// agent without the right is refused before anything they sent is looked at.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getAgent, type Agent } from "@/lib/server/auth/agent";
import { ErreurMetier, AccesRefuse } from "@/lib/domain/erreurs";
import { roleCan, type Action as Droit } from "@/lib/domain/roles";
import type { ActionResult } from "./result";

export type { ActionResult };

const SESSION_EXPIREE: ActionResult<never> = {
  ok: false,
  code: "SESSION_EXPIREE",
  message: "Votre session a expiré. Reconnectez-vous dans un autre onglet, puis enregistrez à nouveau : vos saisies sont conservées.",
};

/** The action maker for a way of finding the signed-in agent (the session; a given agent in tests). */
export function createActionMaker(resolveAgent: () => Promise<Agent | null>) {
  /** `droit`: the right the action needs (any of them, for a list); the use case then checks the
   *  precise one on the document itself. */
  return function makeAction<S extends z.ZodType, T>(
    droit: Droit | readonly Droit[],
    schema: S,
    handler: (agent: Agent, input: z.output<S>) => Promise<T>,
  ) {
    const droits: readonly Droit[] = typeof droit === "string" ? [droit] : droit;
    return async (raw: z.input<S>): Promise<ActionResult<T>> => {
      const agent = await resolveAgent();
      if (!agent) return SESSION_EXPIREE;
      if (!droits.some((d) => roleCan(agent.role, d))) {
        const refus = new AccesRefuse();
        return { ok: false, code: refus.code, message: refus.message };
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const champs: Record<string, string> = {};
        for (const issue of parsed.error.issues) champs[issue.path.join(".")] ??= issue.message;
        return {
          ok: false,
          code: "SAISIE_INVALIDE",
          message: "Certaines informations sont à corriger (voir les champs signalés).",
          champs,
        };
      }
      try {
        return { ok: true, data: await handler(agent, parsed.data) };
      } catch (error) {
        unstable_rethrow(error); // Next's redirect() and notFound() are errors that Next must receive
        if (error instanceof ErreurMetier)
          return { ok: false, code: error.code, message: error.message, ...(error.champs ? { champs: error.champs } : {}) };
        console.error("Action en échec", error);
        return {
          ok: false,
          code: "ERREUR_INATTENDUE",
          message: "L'enregistrement a échoué à cause d'un problème technique. Vos saisies sont conservées : réessayez dans un instant.",
        };
      }
    };
  };
}

export const makeAction = createActionMaker(getAgent);
