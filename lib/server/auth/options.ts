import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { loginWithPassword, loginWithProConnect } from "./password-login";

type ProConnectProfile = { sub: string; email?: string; given_name?: string; usual_name?: string };

function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
}

// ProConnect, the State agents' OpenID Connect provider, enabled by environment variables.
// Its ID token carries only `sub`: the claims come from userinfo, which ProConnect signs (JWT).
export function proConnectProvider(): OAuthConfig<ProConnectProfile> | null {
  const issuer = process.env.PROCONNECT_ISSUER;
  const clientId = process.env.PROCONNECT_CLIENT_ID;
  const clientSecret = process.env.PROCONNECT_CLIENT_SECRET;
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
    authorization: { params: { scope: process.env.PROCONNECT_SCOPES ?? "openid email given_name usual_name" } },
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

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Adresse électronique et mot de passe",
      credentials: { email: { label: "Adresse électronique", type: "email" }, password: { label: "Mot de passe", type: "password" } },
      async authorize(credentials) {
        const result = await loginWithPassword(credentials?.email ?? "", credentials?.password ?? "");
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.nom };
        if (result.reason === "TROP_DE_TENTATIVES") throw new Error("TROP_DE_TENTATIVES");
        return null;
      },
    }),
    ...(proConnectProvider() ? [proConnectProvider()!] : []),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "proconnect") return true;
      const known = await loginWithProConnect(user.email);
      if (!known) return "/connexion?error=CompteInconnu";
      user.id = known.id;
      return true;
    },
    async jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.uid as string;
      return session;
    },
  },
};
