import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { CHEMIN_DEMANDE, connexionPour } from "@/lib/schemas/connexion";
import { authOptions } from "./options";
import { agentOfSession } from "./sessions";
import type { Agent } from "@/lib/views/agent";

export type { Agent };

// The signed-in agent, re-read from the database on every request: a logout, a deactivated account
// or a changed role takes effect at once, whatever the session cookie says.
export const getAgent = cache(async (): Promise<Agent | null> => {
  const session = await getServerSession(authOptions);
  const user = await agentOfSession((session?.user ?? {}) as { sid?: unknown; sv?: unknown });
  if (!user) return null; // no session, or one revoked, expired, outdated, of a deactivated account
  return { id: user.id, email: user.email, nom: user.nom, role: user.role, organisationId: user.organisationId };
});

export async function requireAgent(): Promise<Agent> {
  const agent = await getAgent();
  // No session, or one that has expired: log in, then come back to the page asked for.
  if (!agent) redirect(connexionPour((await headers()).get(CHEMIN_DEMANDE)));
  return agent;
}
