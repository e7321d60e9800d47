// The one way to make a server action: session → right → zod (the form's own schema) → use case →
// typed result. Every exported action is a public endpoint: nothing raw reaches the client, and an
// agent without the right is refused before anything they sent is looked at.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getAgent, type Agent } from "@/lib/server/auth/agent";
import { ErreurMetier, AccesRefuse } from "@/lib/domain/erreurs";
import { rolesCan, type Action as Droit } from "@/lib/domain/roles";
import type { ActionResult } from "./result";
import { journal } from "@/lib/server/journal";
import { estBaseInjoignable, MESSAGE_BASE_INJOIGNABLE } from "@/lib/server/base-injoignable";

export type { ActionResult };

export const SESSION_EXPIREE: ActionResult<never> = {
  ok: false,
  code: "SESSION_EXPIREE",
  message: "Votre session a expiré. Reconnectez-vous dans un autre onglet, puis enregistrez à nouveau : vos saisies sont conservées.",
};

/** A failure as the client receives it: a domain error as it is said, anything else logged and
 *  replaced by a generic French message (nothing raw reaches the client). */
export function resultatDErreur(error: unknown): ActionResult<never> {
  if (error instanceof ErreurMetier)
    return { ok: false, code: error.code, message: error.message, ...(error.champs ? { champs: error.champs } : {}) };
  // The database stopped, restarting or failing over: no bug of the request; said as such (503).
  if (estBaseInjoignable(error)) {
    journal().warn({ err: error }, "Action refusée : base de données injoignable");
    return { ok: false, code: "BASE_INJOIGNABLE", message: MESSAGE_BASE_INJOIGNABLE };
  }
  journal().error({ err: error }, "Action en échec");
  return {
    ok: false,
    code: "ERREUR_INATTENDUE",
    message: "L'enregistrement a échoué à cause d'un problème technique. Vos saisies sont conservées : réessayez dans un instant.",
  };
}

/** The HTTP status of an answer, for the routes that answer like an action (uploads). */
export function statutHttp(r: ActionResult<unknown>): number {
  if (r.ok) return 200;
  const statuts: Record<string, number> = {
    SESSION_EXPIREE: 401,
    ACCES_REFUSE: 403,
    INTROUVABLE: 404,
    CONFLIT_VERSION: 409,
    FICHIER_TROP_GROS: 413,
    TROP_DE_DEMANDES: 429,
    SAISIE_INVALIDE: 400,
    ENVOI_INCOMPLET: 400,
    ERREUR_INATTENDUE: 500,
    BASE_INJOIGNABLE: 503,
  };
  return statuts[r.code] ?? 422;
}

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
      let agent: Agent | null;
      try {
        agent = await resolveAgent(); // (read from the database: it may be unreachable)
      } catch (error) {
        return resultatDErreur(error);
      }
      if (!agent) return SESSION_EXPIREE;
      if (!droits.some((d) => rolesCan(agent.roles, d))) {
        const refus = new AccesRefuse();
        return { ok: false, code: refus.code, message: refus.message };
      }
      return executer(schema, raw, (input) => handler(agent, input));
    };
  };
}

/** Parses with the form's schema (field errors said at their fields), then runs the use case. */
async function executer<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  handler: (input: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
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
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    unstable_rethrow(error); // Next's redirect() and notFound() are errors that Next must receive
    return resultatDErreur(error);
  }
}

/** An action anyone may call without a session (setting one's password from an invitation link): the
 *  same parsing and error mapping, no agent — the use case checks what stands for the session (the
 *  link's token). */
export function makePublicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>) {
  return (raw: z.input<S>): Promise<ActionResult<T>> => executer(schema, raw, handler);
}

export const makeAction = createActionMaker(getAgent);
