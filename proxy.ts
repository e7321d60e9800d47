// Comfort only: sends visitors without a session cookie to the login page. The security boundary
// is requireAgent() in every page and the policies in every use case.
// It also tells the pages which address was asked for (CHEMIN_DEMANDE): a session cookie that has
// expired reaches requireAgent(), which sends the agent to log in and then back there.
// And it sets each page's security headers: a Content-Security-Policy with a nonce of its own
// (passed to the page as x-nonce; Next and react-dsfr put it on their scripts), HSTS over HTTPS.
import { NextResponse, type NextRequest } from "next/server";
import { CHEMIN_DEMANDE, connexionPour } from "@/lib/schemas/connexion";
import { HSTS, nouveauNonce, politiqueDeContenu, viaHttps } from "@/lib/http/en-tetes";
import { EN_TETE_ID_REQUETE, identifiantDeRequete } from "@/lib/http/identifiant-requete";

/** Open without a session: the login, an invitation link, and the pages every State online service
 *  publishes (footer). */
const PAGES_PUBLIQUES = [
  "/connexion",
  "/invitation",
  "/demander-acces",
  "/accessibilite",
  "/mentions-legales",
  "/donnees-personnelles",
  "/statistiques",
  "/donnees-ouvertes",
  "/verifier-une-publication",
];

export function proxy(request: NextRequest) {
  const chemin = request.nextUrl.pathname + request.nextUrl.search;
  const https = viaHttps(request.nextUrl, request.headers.get("x-forwarded-proto"));
  const hasSession = request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  const publique = PAGES_PUBLIQUES.some((p) => request.nextUrl.pathname === p || request.nextUrl.pathname.startsWith(`${p}/`));
  const response = (() => {
    if (!hasSession && !publique)
      return NextResponse.redirect(new URL(connexionPour(request.nextUrl.pathname === "/" ? null : chemin), request.url));
    const nonce = nouveauNonce();
    const csp = politiqueDeContenu(nonce, {
      dev: process.env.NODE_ENV === "development",
      https,
      proConnect: process.env.PROCONNECT_ISSUER,
    });
    const headers = new Headers(request.headers);
    headers.set(CHEMIN_DEMANDE, chemin); // always ours: a value sent by the client is replaced
    headers.set("x-nonce", nonce);
    // The request's id (scripts/serveur.ts gives one; `next dev` does not): logs of the request and of its errors carry it.
    headers.set(EN_TETE_ID_REQUETE, identifiantDeRequete(request.headers.get(EN_TETE_ID_REQUETE)));
    headers.set("Content-Security-Policy", csp); // Next reads the nonce from the request's policy
    const next = NextResponse.next({ request: { headers } });
    next.headers.set("Content-Security-Policy", csp);
    next.headers.set(EN_TETE_ID_REQUETE, headers.get(EN_TETE_ID_REQUETE)!);
    return next;
  })();
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Uploads (/televersement) are not buffered here: their routes check the session and the size themselves.
  matcher: ["/((?!api|_next|televersement|dsfr|favicon|.*\\.(?:svg|png|ico|woff2?|css|js)$).*)"],
};
