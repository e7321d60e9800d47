// The one way to make an upload route (a file too large for a server action's body): session →
// right → the body read within its limit (lib/http/envoi.ts) → the server action's own schema and
// use case → the same typed result, as JSON with its HTTP status. Nothing is read before the agent
// and their right are known, nor beyond the limit.
import "server-only";
import { NextResponse } from "next/server";
import { getAgent, type Agent } from "@/lib/server/auth/agent";
import { AccesRefuse } from "@/lib/domain/erreurs";
import { rolesCan, type Action as Droit } from "@/lib/domain/roles";
import type { NatureEnvoi } from "@/lib/domain/envois";
import { lireEnvoi } from "@/lib/http/envoi";
import { adresseClient } from "@/lib/server/auth/adresse";
import { accorderDemandePublique } from "@/lib/server/publication/debit-public";
import { messageDebit } from "@/lib/domain/debit-public";
import { resultatDErreur, SESSION_EXPIREE, statutHttp } from "./action";
import type { ActionResult } from "./result";

export const repondre = (r: ActionResult<unknown>) =>
  NextResponse.json(r, { status: statutHttp(r), headers: { "Cache-Control": "private, no-store" } });

/** The agent sending, or the answer that refuses the upload: no session (401), or the database
 *  unreachable to check it (503). */
export async function agentDeLEnvoi(): Promise<Agent | Response> {
  try {
    return (await getAgent()) ?? repondre(SESSION_EXPIREE);
  } catch (error) {
    return repondre(resultatDErreur(error));
  }
}

export function routeEnvoi<T>(
  droit: Droit,
  envoi: { nature: NatureEnvoi; champ: string },
  action: (form: FormData) => Promise<ActionResult<T>>,
) {
  return async function POST(request: Request): Promise<Response> {
    const agent = await agentDeLEnvoi();
    if (agent instanceof Response) return agent;
    if (!rolesCan(agent.roles, droit)) {
      const refus = new AccesRefuse();
      return repondre({ ok: false, code: refus.code, message: refus.message });
    }
    let form: FormData;
    try {
      form = await lireEnvoi(request, envoi.nature, envoi.champ);
    } catch (error) {
      return repondre(resultatDErreur(error));
    }
    return repondre(await action(form));
  };
}

/** The same for an upload anyone may make without a session (« Vérifier une publication »): a
 *  number of requests per client address (429 beyond, with when to come back), then the body read
 *  within its limit; nothing else known of the sender. */
export function routeEnvoiPublic<T>(envoi: { nature: NatureEnvoi; champ: string }, action: (form: FormData) => Promise<ActionResult<T>>) {
  return async function POST(request: Request): Promise<Response> {
    const adresse = adresseClient(request.headers.get("x-forwarded-for"));
    if (adresse) {
      const attente = await accorderDemandePublique(envoi.nature, adresse);
      if (attente > 0)
        return NextResponse.json({ ok: false, code: "TROP_DE_DEMANDES", message: messageDebit(attente) } satisfies ActionResult<T>, {
          status: 429,
          headers: { "Cache-Control": "private, no-store", "Retry-After": String(attente) },
        });
    }
    let form: FormData;
    try {
      form = await lireEnvoi(request, envoi.nature, envoi.champ);
    } catch (error) {
      return repondre(resultatDErreur(error));
    }
    return repondre(await action(form));
  };
}
