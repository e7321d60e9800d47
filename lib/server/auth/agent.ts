import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { CHEMIN_DEMANDE, connexionPour } from "@/lib/schemas/connexion";
import { db } from "../db";
import { authOptions } from "./options";
import type { Agent } from "@/lib/views/agent";

export type { Agent };

// The signed-in agent, re-read from the database on every request: a deactivated account or a
// changed role takes effect at once, whatever the session cookie says.
export const getAgent = cache(async (): Promise<Agent | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id } });
  if (!user || !user.actif) return null;
  return { id: user.id, email: user.email, nom: user.nom, role: user.role, organisationId: user.organisationId };
});

export async function requireAgent(): Promise<Agent> {
  const agent = await getAgent();
  // No session, or one that has expired: log in, then come back to the page asked for.
  if (!agent) redirect(connexionPour((await headers()).get(CHEMIN_DEMANDE)));
  return agent;
}
