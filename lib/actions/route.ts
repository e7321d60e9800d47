// The one way to make a route handler (downloads, redirects): session → right → the query read with
// its zod schema → the use case → a file, a redirection or a Response; a domain error said in French
// with its status (404 not found, 403 refused, 409 not possible now, 400 a bad query), anything else
// logged once and said as a 500 page. The route-handler counterpart of lib/actions/action.ts; uploads
// have lib/actions/envoi.ts. A GET never writes (a notification marked read is the one exception: the
// user opened it).
import "server-only";
import type { z } from "zod";
import { getAgent, type Agent } from "@/lib/server/auth/agent";
import { AccesRefuse, ErreurMetier } from "@/lib/domain/erreurs";
import { rolesCan, type Action as Droit } from "@/lib/domain/roles";
import { reponseErreur } from "@/lib/http/reponse-erreur";
import { redirectionInterne } from "@/lib/http/chemin-interne";
import { journal } from "@/lib/server/journal";
import { EN_TETE_ID_REQUETE } from "@/lib/http/identifiant-requete";
import { estBaseInjoignable, MESSAGE_BASE_INJOIGNABLE } from "@/lib/server/base-injoignable";

/** A file to download: its bytes (or text), its name, its type. */
export type Telechargement = { octets: Uint8Array | string; nom: string; type: string };
/** A path of this site to go to (relative Location). */
export type Redirection = { redirection: string };

type Entree<P, Q> = { params: P; query: Q; request: Request };
type Sortie = Response | Telechargement | Redirection | null;

const STATUTS: Record<string, number> = {
  INTROUVABLE: 404,
  ACCES_REFUSE: 403,
  SAISIE_INVALIDE: 400,
  CONFLIT_VERSION: 409,
};

export function telecharger({ octets, nom, type }: Telechargement): Response {
  return new Response(typeof octets === "string" ? octets : (new Uint8Array(octets) as BodyInit), {
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${nom}"`, "Cache-Control": "private, no-store" },
  });
}

export function makeRoute<P = Record<string, string>, S extends z.ZodType = z.ZodType<Record<string, string>>>(
  droit: Droit | null,
  handler: (agent: Agent, entree: Entree<P, z.output<S>>) => Promise<Sortie>,
  options: Options<S> = {},
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let agent: Agent | null;
    try {
      agent = await getAgent();
    } catch (error) {
      if (estBaseInjoignable(error)) return reponseErreur(503, MESSAGE_BASE_INJOIGNABLE);
      throw error;
    }
    if (!agent) return reponseErreur(401, "Votre session a expiré : reconnectez-vous, puis rouvrez ce lien.");
    if (droit && !rolesCan(agent.roles, droit)) return reponseErreur(403, new AccesRefuse().message);
    return repondre(request, context, options, (entree) => handler(agent, entree));
  };
}

/** A route anyone may open without a session (the public statistics and their CSV): the same query
 *  check and error mapping, no agent. Never for anything that holds a document or a person. */
export function makePublicRoute<P = Record<string, string>, S extends z.ZodType = z.ZodType<Record<string, string>>>(
  handler: (entree: Entree<P, z.output<S>>) => Promise<Sortie>,
  options: Options<S> = {},
) {
  return (request: Request, context: { params: Promise<P> }): Promise<Response> => repondre(request, context, options, handler);
}

type Options<S> = { query?: S; introuvable?: string };

async function repondre<P, S extends z.ZodType>(
  request: Request,
  context: { params: Promise<P> },
  options: Options<S>,
  handler: (entree: Entree<P, z.output<S>>) => Promise<Sortie>,
): Promise<Response> {
  const brute = Object.fromEntries(new URL(request.url).searchParams);
  const lue = options.query ? options.query.safeParse(brute) : { success: true as const, data: brute };
  if (!lue.success) return reponseErreur(400, lue.error.issues.map((i) => i.message).join(" "));
  try {
    const sortie = await handler({ params: await context.params, query: lue.data as z.output<S>, request });
    if (sortie === null) return reponseErreur(404, options.introuvable ?? "Ce document est introuvable, ou vous n'y avez pas accès.");
    if (sortie instanceof Response) return sortie;
    if ("redirection" in sortie) return redirectionInterne(sortie.redirection, "/conventions");
    return telecharger(sortie);
  } catch (error) {
    if (error instanceof ErreurMetier) return reponseErreur(STATUTS[error.code] ?? 409, error.message);
    if (estBaseInjoignable(error)) {
      journal().warn({ err: error, route: new URL(request.url).pathname }, "Route refusée : base de données injoignable");
      return reponseErreur(503, MESSAGE_BASE_INJOIGNABLE);
    }
    journal().error(
      { err: error, route: new URL(request.url).pathname, requete: request.headers.get(EN_TETE_ID_REQUETE) ?? undefined },
      "Route en échec",
    );
    return reponseErreur(
      500,
      "La demande n'a pas pu aboutir à cause d'un problème technique. Réessayez ; si le problème persiste, contactez l'administrateur.",
    );
  }
}
