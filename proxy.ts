// Comfort only: sends visitors without a session cookie to the login page. The security boundary
// is requireAgent() in every page and the policies in every use case.
// It also tells the pages which address was asked for (CHEMIN_DEMANDE): a session cookie that has
// expired reaches requireAgent(), which sends the agent to log in and then back there.
import { NextResponse, type NextRequest } from "next/server";
import { CHEMIN_DEMANDE, connexionPour } from "@/lib/schemas/connexion";

export function proxy(request: NextRequest) {
  const chemin = request.nextUrl.pathname + request.nextUrl.search;
  const hasSession = request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (!hasSession) return NextResponse.redirect(new URL(connexionPour(request.nextUrl.pathname === "/" ? null : chemin), request.url));
  const headers = new Headers(request.headers);
  headers.set(CHEMIN_DEMANDE, chemin); // always ours: a value sent by the client is replaced
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api|_next|connexion|dsfr|favicon|.*\\.(?:svg|png|ico|woff2?|css|js)$).*)"],
};
