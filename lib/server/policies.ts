// Authorisation, in one place. Pages and actions ask here; what an agent may not see is answered
// as "not found" (the scope), what they may see but not do is "refused".
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { rolesCan, type Action } from "@/lib/domain/roles";
import { AccesRefuse } from "@/lib/domain/erreurs";
import { avecPredecesseurs, racineDe, sousArbre } from "@/lib/domain/hierarchie";
import type { AgentLike } from "@/lib/views/agent";
import { on, type Tx } from "./db";

export type { AgentLike };

export function can(agent: AgentLike, action: Action): boolean {
  return rolesCan(agent.roles, action);
}

export function assertCan(agent: AgentLike, action: Action): void {
  if (!can(agent, action)) throw new AccesRefuse();
}

/** The organisations of the agent's ministry: its root and every organisation below it, and those
 *  they succeeded (the DINUM's agents act for what was the DINSIC's). */
export async function ministryOf(organisationId: string, tx?: Tx): Promise<string[]> {
  const all = await on(tx).organisation.findMany({ select: { id: true, parentId: true, successeurId: true } });
  return [...avecPredecesseurs(all, sousArbre(all, racineDe(all, organisationId)))];
}

/** The organisations whose conventions the agent sees and handles: each of their perimeter with every
 *  one below it (a ministry includes its directions) and those they succeeded; without a perimeter,
 *  the ministry of their own organisation; nothing without either. */
export async function organisationsDuPerimetre(agent: AgentLike, tx?: Tx): Promise<string[]> {
  if (!agent.perimetre?.length) return agent.organisationId ? ministryOf(agent.organisationId, tx) : [];
  const all = await on(tx).organisation.findMany({ select: { id: true, parentId: true, successeurId: true } });
  const dessous = new Set(agent.perimetre.flatMap((id) => [...sousArbre(all, id)]));
  return [...avecPredecesseurs(all, dessous)];
}

/** Which conventions the agent may see: all for finance reviewers and administrators, else those
 *  of their perimeter (as a party or as the drafting service). */
export async function conventionScope(agent: AgentLike, tx?: Tx): Promise<Prisma.ConventionWhereInput> {
  if (can(agent, "convention.toutes_lire")) return {};
  const ids = await organisationsDuPerimetre(agent, tx);
  if (!ids.length) return { id: { in: [] } };
  return { OR: [{ serviceId: { in: ids } }, { parties: { some: { organisationId: { in: ids } } } }] };
}

/** Whether a document with this drafting service and these parties is one the agent may see (the
 *  scope above, for a document not yet saved): what they create or edit must stay within it. */
export async function estDansLePerimetre(
  agent: AgentLike,
  doc: { serviceId: string | null; organisationIds: readonly string[] },
  tx?: Tx,
): Promise<boolean> {
  if (can(agent, "convention.toutes_lire")) return true;
  const ids = new Set(await organisationsDuPerimetre(agent, tx));
  return (doc.serviceId !== null && ids.has(doc.serviceId)) || doc.organisationIds.some((id) => ids.has(id));
}

/** The same scope as SQL on `"Convention" c` (the list is one SQL query, for speed at 10 000 rows). */
export async function conventionScopeSql(agent: AgentLike, tx?: Tx): Promise<Prisma.Sql> {
  if (can(agent, "convention.toutes_lire")) return Prisma.sql`TRUE`;
  const ids = await organisationsDuPerimetre(agent, tx);
  if (!ids.length) return Prisma.sql`FALSE`;
  return Prisma.sql`(c."serviceId" IN (${Prisma.join(ids)}) OR EXISTS (
    SELECT 1 FROM "Partie" p WHERE p."conventionId" = c."id" AND p."organisationId" IN (${Prisma.join(ids)})))`;
}
