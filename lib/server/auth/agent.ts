import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { CHEMIN_DEMANDE, connexionPour } from "@/lib/schemas/connexion";
import { acrExigesSignature, authOptions, parametresReauthProConnect, proConnectConfigure } from "./options";
import { agentOfSession } from "./sessions";
import { rolesCan, type Action } from "@/lib/domain/roles";
import type { Agent } from "@/lib/views/agent";
import { verifierReauthProConnect, type AuthentificationProConnect } from "@/lib/domain/signature";
import type { ReauthProConnectVue } from "@/lib/views/signature";

export type { Agent };

// The signed-in agent, re-read from the database on every request: a logout, a deactivated account
// or a changed role takes effect at once, whatever the session cookie says.
export const getAgent = cache(async (): Promise<Agent | null> => {
  const session = await getServerSession(authOptions);
  const user = await agentOfSession((session?.user ?? {}) as { sid?: unknown; sv?: unknown });
  if (!user) return null; // no session, or one revoked, expired, outdated, of a deactivated account
  return {
    id: user.id,
    email: user.email,
    nom: user.nom,
    roles: user.roles,
    organisationId: user.organisationId,
    perimetre: user.perimetre.map((p) => p.organisationId),
  };
});

/** How this session was opened, when by ProConnect: the ID token's `auth_time` and `acr`, as the
 *  server-signed session cookie carries them (never from the browser's request). */
export async function authentificationProConnect(): Promise<AuthentificationProConnect | null> {
  const session = await getServerSession(authOptions);
  const auth = (session?.user as { auth?: { methode?: string; authTime?: number | null; acr?: string | null } } | undefined)?.auth;
  if (auth?.methode !== "proconnect") return null;
  return { authTime: auth.authTime ?? null, acr: auth.acr ?? null };
}

/** What the signatures panel offers for ProConnect: null when ProConnect is not configured; else
 *  the parameters of the re-authentication, and whether the session's last ProConnect login is
 *  recent and of the required level (checked again on the server when signing). */
export async function reauthProConnectPourSignature(): Promise<ReauthProConnectVue | null> {
  if (!proConnectConfigure()) return null;
  const authentification = await authentificationProConnect();
  let valide = false;
  let motif: string | null = null;
  try {
    if (authentification) {
      verifierReauthProConnect(authentification, new Date(), acrExigesSignature());
      valide = true;
    }
  } catch (e) {
    motif = e instanceof Error ? e.message : null;
  }
  const le = authentification?.authTime ? new Date(authentification.authTime * 1000).toISOString() : null;
  return { parametres: parametresReauthProConnect(), authentifieLe: le, valide, motif };
}

export async function requireAgent(): Promise<Agent> {
  const agent = await getAgent();
  // No session, or one that has expired: log in, then come back to the page asked for.
  if (!agent) redirect(connexionPour((await headers()).get(CHEMIN_DEMANDE)));
  return agent;
}

/** A page that needs a right: the agent, or the « accès non autorisé » page (403) when their role
 *  lacks it. (A document out of their scope is « introuvable », 404, as everywhere.) */
export async function requireDroit(droit: Action): Promise<Agent> {
  const agent = await requireAgent();
  exigerDroit(agent, droit);
  return agent;
}

/** The same, once the document has been found in the agent's scope (so that it is 404 otherwise). */
export function exigerDroit(agent: Agent, droit: Action): void {
  if (!rolesCan(agent.roles, droit)) forbidden();
}
