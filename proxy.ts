// Comfort only: sends visitors without a session cookie to the login page. The security boundary
// is requireAgent() in every page and the policies in every use case.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const hasSession = request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (hasSession) return NextResponse.next();
  const url = new URL("/connexion", request.url);
  if (request.nextUrl.pathname !== "/") url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!api|_next|connexion|dsfr|favicon|.*\\.(?:svg|png|ico|woff2?|css|js)$).*)"],
};
