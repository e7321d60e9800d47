// Sessions the server can revoke (lib/server/auth/sessions.ts): a logout ends that session only,
// a change of role or of `actif` ends every session of the agent (database trigger), an expired
// one is refused; the cookie alone proves nothing.
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent } from "../helpers/factories";
import { agentOfSession, DUREE_SESSION_S, openSession, revokeSession } from "@/lib/server/auth/sessions";

const db = testDb();

describe("sessions", () => {
  it("a session opened at sign-in is valid until revoked by its logout; the agent's other sessions go on", async () => {
    const agent = await createAgent(db, { roles: ["REDACTEUR" as const] });
    const ici = await openSession(agent.id);
    const ailleurs = await openSession(agent.id);
    expect(await agentOfSession(ici)).toMatchObject({ id: agent.id });
    await revokeSession(ici.sid);
    expect(await agentOfSession(ici)).toBeNull(); // a cookie copied before the logout opens nothing
    expect(await agentOfSession(ailleurs)).toMatchObject({ id: agent.id });
  });

  it.each([
    ["a change of role", { roles: ["LECTEUR" as const] }],
    ["a deactivation", { actif: false }],
  ])("%s ends every session of the agent at its next request", async (_name, change) => {
    const agent = await createAgent(db, { roles: ["REDACTEUR" as const] });
    const a = await openSession(agent.id);
    const b = await openSession(agent.id);
    await db.user.update({ where: { id: agent.id }, data: change });
    expect(await agentOfSession(a)).toBeNull();
    expect(await agentOfSession(b)).toBeNull();
    if ("roles" in change) expect(await agentOfSession(await openSession(agent.id))).toMatchObject({ roles: ["LECTEUR" as const] }); // a new login works
  });

  it("an edit that changes neither role nor `actif` keeps the sessions", async () => {
    const agent = await createAgent(db, { roles: ["REDACTEUR" as const] });
    const session = await openSession(agent.id);
    await db.user.update({ where: { id: agent.id }, data: { nom: "Autre nom", derniereConnexion: new Date() } });
    expect(await agentOfSession(session)).toMatchObject({ nom: "Autre nom" });
  });

  it("refuses an expired session, an unknown id, a forged version, and a cookie without id", async () => {
    const agent = await createAgent(db, { roles: ["REDACTEUR" as const] });
    const then = new Date(Date.now() - (DUREE_SESSION_S + 60) * 1000);
    const old = await openSession(agent.id, {}, then);
    expect(await agentOfSession(old)).toBeNull();
    const session = await openSession(agent.id);
    expect(await agentOfSession({ sid: "inconnue", sv: session.sv })).toBeNull();
    expect(await agentOfSession({ sid: session.sid, sv: session.sv + 1 })).toBeNull();
    expect(await agentOfSession({ sv: session.sv })).toBeNull();
  });
});
