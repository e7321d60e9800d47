// Local accounts: hashed passwords, one generic answer, attempts limited per e-mail; ProConnect
// matched by professional e-mail.
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, unique } from "../helpers/factories";
import { loginWithPassword, loginWithProConnect, MAX_ECHECS } from "@/lib/server/auth/password-login";
import { assertCan, can } from "@/lib/server/policies";
import { ACTIONS, ROLES, roleCan } from "@/lib/domain/roles";

const db = testDb();
const PASSWORD = "Un-mot-de-passe-solide-2026";

describe("loginWithPassword", () => {
  it("accepts the right password, stores only a hash, and records the login", async () => {
    const agent = await createAgent(db, { role: "REDACTEUR", password: PASSWORD });
    expect(agent.passwordHash).not.toContain(PASSWORD);
    const result = await loginWithPassword(agent.email.toUpperCase(), PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { id: agent.id, role: "REDACTEUR" } });
    expect(await db.auditEvent.count({ where: { type: "CONNEXION_REUSSIE", userId: agent.id } })).toBe(1);
  });

  it("answers the same for a wrong password, an unknown account and a deactivated one", async () => {
    const agent = await createAgent(db, { role: "LECTEUR", password: PASSWORD });
    const inactive = await createAgent(db, { role: "LECTEUR", password: PASSWORD, actif: false });
    const answers = [
      await loginWithPassword(agent.email, "mauvais"),
      await loginWithPassword(`${unique("inconnu")}@test.gouv.fr`, PASSWORD),
      await loginWithPassword(inactive.email, PASSWORD),
    ];
    expect(answers).toEqual(Array(3).fill({ ok: false, reason: "IDENTIFIANTS_INVALIDES" }));
  });

  it(`blocks an e-mail after ${MAX_ECHECS} failures, even with the right password, and frees it 15 minutes later`, async () => {
    const agent = await createAgent(db, { role: "REDACTEUR", password: PASSWORD });
    const now = new Date();
    for (let i = 0; i < MAX_ECHECS; i++) await loginWithPassword(agent.email, "mauvais", now);
    expect(await loginWithPassword(agent.email, PASSWORD, now)).toEqual({ ok: false, reason: "TROP_DE_TENTATIVES" });
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(await loginWithPassword(agent.email, PASSWORD, later)).toMatchObject({ ok: true });
  });

  it("limits unknown e-mails the same way (no hint that the account does not exist)", async () => {
    const email = `${unique("inconnu")}@test.gouv.fr`;
    for (let i = 0; i < MAX_ECHECS; i++) await loginWithPassword(email, "x");
    expect(await loginWithPassword(email, "x")).toEqual({ ok: false, reason: "TROP_DE_TENTATIVES" });
  });

  it("refuses an account without password (single sign-on only)", async () => {
    const agent = await createAgent(db, { role: "REDACTEUR" });
    expect(await loginWithPassword(agent.email, "")).toMatchObject({ ok: false });
  });
});

describe("loginWithProConnect", () => {
  it("matches the agent by e-mail, whatever the case, and keeps the role of the application", async () => {
    const agent = await createAgent(db, { role: "SIGNATAIRE" });
    expect(await loginWithProConnect(agent.email.toUpperCase())).toMatchObject({ id: agent.id, role: "SIGNATAIRE" });
  });

  it("refuses an unknown or deactivated agent and records it", async () => {
    const inactive = await createAgent(db, { role: "SIGNATAIRE", actif: false });
    const email = `${unique("inconnu")}@test.gouv.fr`;
    expect(await loginWithProConnect(email)).toBeNull();
    expect(await loginWithProConnect(inactive.email)).toBeNull();
    expect(await loginWithProConnect(undefined)).toBeNull();
    expect(await db.auditEvent.count({ where: { type: "CONNEXION_PROCONNECT_REFUSEE", apres: { equals: { email } } } })).toBe(1);
  });
});

describe("policies: every role × action, checked on the server", () => {
  it.each(ROLES.flatMap((role) => ACTIONS.map((action) => [role, action] as const)))("%s / %s", async (role, action) => {
    const agent = await createAgent(db, { role });
    expect(can(agent, action)).toBe(roleCan(role, action));
    if (roleCan(role, action)) expect(() => assertCan(agent, action)).not.toThrow();
    else expect(() => assertCan(agent, action)).toThrow("Votre rôle ne permet pas cette action.");
  });
});
