// Sessions are JWT cookies (next-auth) that the server can still revoke. Each cookie carries the id
// of its row in SessionAgent and the agent's session version at sign-in: « Se déconnecter »
// revokes that row (a copied cookie dies with it), and a change of role or of `actif` increments
// the version (database trigger), which ends every session of the agent at its next request.
import "server-only";
import { inTransaction, on, type InTx } from "../db";

/** How long a session lasts without a new login (the cookie's own lifetime too). */
export const DUREE_SESSION_S = 8 * 60 * 60;

/** Opens a session at sign-in: its id and the agent's session version, for the cookie. */
export async function openSession(userId: string, { tx: outer }: InTx = {}, now = new Date()): Promise<{ sid: string; sv: number }> {
  return inTransaction(outer, async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
    const session = await tx.sessionAgent.create({ data: { userId, expiresAt: new Date(now.getTime() + DUREE_SESSION_S * 1000) } });
    // Sessions long expired are of no use to anyone: dropped as new ones open.
    await tx.sessionAgent.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
    return { sid: session.id, sv: user.sessionVersion };
  });
}

/** Ends one session (logout). */
export async function revokeSession(sid: string, { tx }: InTx = {}, now = new Date()): Promise<void> {
  await on(tx).sessionAgent.updateMany({ where: { id: sid, revokedAt: null }, data: { revokedAt: now } });
}

/** The active agent behind a session cookie, or null: unknown, revoked or expired session, an
 *  older session version (role or `actif` changed since), a deactivated account. */
export async function agentOfSession(cookie: { sid?: unknown; sv?: unknown }, { tx }: InTx = {}, now = new Date()) {
  if (typeof cookie.sid !== "string") return null;
  // (With the agent's perimeter: getAgent reads it on every request, in this same query.)
  const session = await on(tx).sessionAgent.findUnique({
    where: { id: cookie.sid },
    include: { user: { include: { perimetre: { select: { organisationId: true } } } } },
  });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  const { user } = session;
  return user.actif && user.sessionVersion === cookie.sv ? user : null;
}
