// Authorisation, in one place. Pages and actions ask here; what an agent may not see is answered
// as "not found" (the scope), what they may see but not do is "refused".
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { roleCan, type Action } from "@/lib/domain/roles";
import { AccesRefuse } from "@/lib/domain/erreurs";
import { avecPredecesseurs, racineDe, sousArbre } from "@/lib/domain/hierarchie";
import type { AgentLike } from "@/lib/views/agent";
import { on, type Tx } from "./db";

export type { AgentLike };

export function can(agent: AgentLike, action: Action): boolean {
  return roleCan(agent.role, action);
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

/** Which conventions the agent may see: all for finance reviewers and administrators, else those
 *  of their ministry (as a party or as the drafting service). */
export async function conventionScope(agent: AgentLike, tx?: Tx): Promise<Prisma.ConventionWhereInput> {
  if (can(agent, "convention.toutes_lire")) return {};
  if (!agent.organisationId) return { id: { in: [] } };
  const ids = await ministryOf(agent.organisationId, tx);
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
  if (!agent.organisationId) return false;
  const ids = new Set(await ministryOf(agent.organisationId, tx));
  return (doc.serviceId !== null && ids.has(doc.serviceId)) || doc.organisationIds.some((id) => ids.has(id));
}

/** The same scope as SQL on `"Convention" c` (the list is one SQL query, for speed at 10 000 rows). */
export async function conventionScopeSql(agent: AgentLike, tx?: Tx): Promise<Prisma.Sql> {
  if (can(agent, "convention.toutes_lire")) return Prisma.sql`TRUE`;
  if (!agent.organisationId) return Prisma.sql`FALSE`;
  const ids = await ministryOf(agent.organisationId, tx);
  return Prisma.sql`(c."serviceId" IN (${Prisma.join(ids)}) OR EXISTS (
    SELECT 1 FROM "Partie" p WHERE p."conventionId" = c."id" AND p."organisationId" IN (${Prisma.join(ids)})))`;
}
