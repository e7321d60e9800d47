import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { compteExistant, loginWithPassword, loginWithProConnect } from "./password-login";
import { adresseClient } from "./adresse";
import { agentOfSession, DUREE_SESSION_S, openSession, revokeSession } from "./sessions";
import { safeCallbackUrl } from "@/lib/schemas/connexion";
import { signerIdentite } from "../comptes/identite-proconnect";
import { environnement, secretDeLApplication } from "../environnement";
import { journal } from "../journal";
import { estBaseInjoignable } from "../base-injoignable";

type ProConnectProfile = { sub: string; email?: string; given_name?: string; usual_name?: string };

function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
}

// ProConnect, the State agents' OpenID Connect provider, enabled by environment variables.
// Its ID token carries only `sub`: the claims come from userinfo, which ProConnect signs (JWT).
export function proConnectProvider(): OAuthConfig<ProConnectProfile> | null {
  const env = environnement();
  const issuer = env.PROCONNECT_ISSUER;
  const clientId = env.PROCONNECT_CLIENT_ID;
  const clientSecret = env.PROCONNECT_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    id: "proconnect",
    name: "ProConnect",
    type: "oauth",
    wellKnown: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    client: { token_endpoint_auth_method: "client_secret_post" },
    authorization: { params: { scope: env.PROCONNECT_SCOPES } },
    userinfo: {
      async request({ tokens, provider }) {
        const endpoint = (provider as unknown as { userinfo?: { url?: string } }).userinfo?.url;
        const configuration = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`).then((r) => r.json());
        const response = await fetch(endpoint ?? configuration.userinfo_endpoint, {
          headers: { Authorization: `Bearer ${tokens.access_token}` },
        });
        const body = await response.text();
        if (!response.ok) throw new Error(`userinfo ${response.status}`);
        const contentType = response.headers.get("content-type") ?? "";
        return contentType.includes("jwt") ? decodeJwtPayload(body) : JSON.parse(body);
      },
    },
    profile(profile) {
      const nom = [profile.given_name, profile.usual_name].filter(Boolean).join(" ");
      return { id: profile.sub, email: profile.email ?? null, name: nom || profile.email || profile.sub };
    },
  };
}

/** Whether ProConnect is configured (the login button, and re-authentication at signing). */
export const proConnectConfigure = () => proConnectProvider() !== null;

/** The `acr` levels a ProConnect re-authentication must reach to sign (`PROCONNECT_ACR_SIGNATURE`,
 *  e.g. « eidas2 eidas3 »); empty: any level, recorded as given. */
export function acrExigesSignature(): string[] {
  return (environnement().PROCONNECT_ACR_SIGNATURE ?? "").split(/[\s,]+/).filter(Boolean);
}

/** The parameters of the re-authentication asked at signing: a fresh login (`prompt=login`; the
 *  federation has no `max_age`), `auth_time` in the ID token, and the required `acr` when set. */
export function parametresReauthProConnect(): Record<string, string> {
  const acr = acrExigesSignature();
  // `acr: null`: asked for, at whatever level (recorded as said); with levels required, only those.
  const idToken: Record<string, unknown> = { auth_time: { essential: true }, acr: acr.length ? { essential: true, values: acr } : null };
  return { prompt: "login", claims: JSON.stringify({ id_token: idToken }) };
}

/** What a session cookie carries beyond next-auth's name, e-mail and subject, opened at sign-in: the
 *  agent, how they logged in, and the session's row and version (the e2e fixture server opens its
 *  sessions through here too). */
export async function contenuDeSession(userId: string, account: Parameters<typeof authentificationDe>[0]) {
  return { uid: userId, auth: authentificationDe(account), ...(await openSession(userId)) };
}

/** What the session keeps of how the agent logged in: ProConnect's `auth_time` and `acr` as the ID
 *  token (verified by next-auth) says them; for a password, the time of the login. */
function authentificationDe(account: { provider?: string; id_token?: string } | null | undefined) {
  if (account?.provider === "proconnect" && account.id_token) {
    const claims = decodeJwtPayload(account.id_token);
    return {
      methode: "proconnect" as const,
      authTime: typeof claims.auth_time === "number" ? claims.auth_time : null,
      acr: typeof claims.acr === "string" ? claims.acr : null,
    };
  }
  return { methode: "mot de passe" as const, authTime: Math.floor(Date.now() / 1000), acr: null };
}

export const authOptions: NextAuthOptions = {
  // Read when a request needs them (not at import: `next build` loads this module without secrets).
  get secret() {
    return secretDeLApplication();
  },
  // Behind HTTPS, session cookies are `Secure` (and `__Secure-` prefixed), whatever the request says.
  get useSecureCookies() {
    return (environnement().NEXTAUTH_URL ?? "").startsWith("https://");
  },
  session: { strategy: "jwt", maxAge: DUREE_SESSION_S },
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Adresse électronique et mot de passe",
      credentials: { email: { label: "Adresse électronique", type: "email" }, password: { label: "Mot de passe", type: "password" } },
      async authorize(credentials, req) {
        const adresse = adresseClient(req.headers?.["x-forwarded-for"]);
        const result = await loginWithPassword(credentials?.email ?? "", credentials?.password ?? "", { adresse });
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.nom };
        if (result.reason === "TROP_DE_TENTATIVES") throw new Error("TROP_DE_TENTATIVES");
        return null;
      },
    }),
    ...(proConnectProvider() ? [proConnectProvider()!] : []),
  ],
  callbacks: {
    // After login or logout, only a path of this site (a callbackUrl of another host is dropped).
    redirect({ url, baseUrl }) {
      const chemin = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
      return `${baseUrl}${safeCallbackUrl(chemin)}`;
    },
    async signIn({ user, account }) {
      if (account?.provider !== "proconnect") return true;
      const known = await loginWithProConnect(user.email);
      // Unknown to the app: « Demander un accès », with the identity ProConnect gave (signed, short-lived).
      // A deactivated account is told so, and asks nothing.
      if (!known)
        return user.email && !(await compteExistant(user.email))
          ? `/demander-acces?identite=${signerIdentite({ email: user.email.trim().toLowerCase(), nom: user.name || user.email })}`
          : "/connexion?error=CompteInconnu";
      user.id = known.id;
      return true;
    },
    async jwt({ token, user, account }) {
      // At sign-in: who, under which session version (lib/server/auth/sessions.ts), and how.
      if (user) return Object.assign(token, await contenuDeSession(user.id, account));
      // Afterwards, a cookie whose session has ended (logout, role changed, account deactivated) is no
      // session at all, for /api/auth/session as for the pages: next-auth answers « logged out » and
      // clears the cookie.
      // The database unreachable (a restart, a failover) ends no session: the token is kept as it is,
      // and nothing is granted meanwhile — every page, action and route reads the agent from the
      // database again (getAgent), and answers 503 until it is back.
      const agent = await agentOfSession(token as { sid?: unknown; sv?: unknown }).catch((error: unknown) => {
        if (estBaseInjoignable(error)) return "injoignable" as const;
        throw error;
      });
      if (!agent) throw new Error("SESSION_TERMINEE");
      return token;
    },
    async session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.uid, sid: token.sid, sv: token.sv, auth: token.auth });
      return session;
    },
  },
  events: {
    // « Se déconnecter » ends this session for good, not only the cookie of this browser.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
  logger: {
    error(code, metadata) {
      // An expired or forged cookie is an everyday event: one line, no stack.
      if (code === "JWT_SESSION_ERROR")
        return journal().warn({ code }, "Session illisible, expirée ou terminée : l'agent est invité à se reconnecter.");
      journal().error({ code, err: metadata instanceof Error ? metadata : undefined }, "next-auth : erreur");
    },
    warn: (code) => journal().warn({ code }, "next-auth : avertissement"),
    debug: () => {},
  },
};
