// The one way to make a server action: session → zod (the form's own schema) → use case → typed
// result. Every exported action is a public endpoint: nothing raw reaches the client.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getAgent, type Agent } from "@/lib/server/auth/agent";
import { ErreurMetier } from "@/lib/domain/erreurs";
import type { ActionResult } from "./result";

export type { ActionResult };

export function makeAction<S extends z.ZodType, T>(schema: S, handler: (agent: Agent, input: z.output<S>) => Promise<T>) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const agent = await getAgent();
    if (!agent)
      return {
        ok: false,
        code: "SESSION_EXPIREE",
        message: "Votre session a expiré. Reconnectez-vous dans un autre onglet, puis enregistrez à nouveau : vos saisies sont conservées.",
      };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const champs: Record<string, string> = {};
      for (const issue of parsed.error.issues) champs[issue.path.join(".")] ??= issue.message;
      return { ok: false, code: "SAISIE_INVALIDE", message: "Certaines informations sont à corriger (voir les champs signalés).", champs };
    }
    try {
      return { ok: true, data: await handler(agent, parsed.data) };
    } catch (error) {
      unstable_rethrow(error); // Next's redirect() and notFound() are errors that Next must receive
      if (error instanceof ErreurMetier) return { ok: false, code: error.code, message: error.message };
      console.error("Action en échec", error);
      return {
        ok: false,
        code: "ERREUR_INATTENDUE",
        message: "L'enregistrement a échoué à cause d'un problème technique. Vos saisies sont conservées : réessayez dans un instant.",
      };
    }
  };
}
