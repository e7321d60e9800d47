// Local accounts: hashed passwords, one generic answer, attempts limited per e-mail; ProConnect
// matched by professional e-mail.
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, unique } from "../helpers/factories";
import { loginWithPassword, loginWithProConnect } from "@/lib/server/auth/password-login";
import { assertCan, can } from "@/lib/server/policies";
import { ACTIONS, ROLES, roleCan } from "@/lib/domain/roles";

const db = testDb();
const PASSWORD = "Un-mot-de-passe-solide-2026";

describe("loginWithPassword", () => {
  it("accepts the right password, stores only a hash, and records the login", async () => {
    const agent = await createAgent(db, { roles: ["REDACTEUR" as const], password: PASSWORD });
    expect(agent.passwordHash).not.toContain(PASSWORD);
    const result = await loginWithPassword(agent.email.toUpperCase(), PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { id: agent.id, roles: ["REDACTEUR" as const] } });
    expect(await db.auditEvent.count({ where: { type: "CONNEXION_REUSSIE", userId: agent.id } })).toBe(1);
  });

  it("answers the same for a wrong password, an unknown account and a deactivated one", async () => {
    const agent = await createAgent(db, { roles: ["LECTEUR" as const], password: PASSWORD });
    const inactive = await createAgent(db, { roles: ["LECTEUR" as const], password: PASSWORD, actif: false });
    const answers = [
      await loginWithPassword(agent.email, "mauvais"),
      await loginWithPassword(`${unique("inconnu")}@test.gouv.fr`, PASSWORD),
      await loginWithPassword(inactive.email, PASSWORD),
    ];
    expect(answers).toEqual(Array(3).fill({ ok: false, reason: "IDENTIFIANTS_INVALIDES" }));
  });

  const secondes = (t: Date, s: number) => new Date(t.getTime() + s * 1000);
  const ip = () => `192.0.2.${Math.floor(Math.random() * 250) + 1}`;

  it("slows a guesser with growing delays, and never locks the agent out: the right password works once the delay is over", async () => {
    const agent = await createAgent(db, { roles: ["REDACTEUR" as const], password: PASSWORD });
    const adresse = ip();
    const t0 = new Date();
    for (let i = 0; i < 5; i++) await loginWithPassword(agent.email, "mauvais", { adresse, now: secondes(t0, i * 60) });
    const last = secondes(t0, 4 * 60);
    // 5 failures: 4 s to wait; an attempt in the meantime is not even checked, nor counted.
    expect(await loginWithPassword(agent.email, PASSWORD, { adresse, now: secondes(last, 1) })).toEqual({
      ok: false,
      reason: "TROP_DE_TENTATIVES",
      attenteS: 3,
    });
    expect(await loginWithPassword(agent.email, PASSWORD, { adresse, now: secondes(last, 5) })).toMatchObject({ ok: true });
  });

  it("a stranger guessing from elsewhere delays the real agent by a minute at most", async () => {
    const agent = await createAgent(db, { roles: ["REDACTEUR" as const], password: PASSWORD });
    const t0 = new Date();
    for (let i = 0; i < 30; i++) await loginWithPassword(agent.email, `mauvais-${i}`, { adresse: ip(), now: secondes(t0, i * 20) });
    const last = secondes(t0, 29 * 20);
    const result = await loginWithPassword(agent.email, PASSWORD, { adresse: "198.51.100.7", now: secondes(last, 1) });
    expect(result).toMatchObject({ ok: false, reason: "TROP_DE_TENTATIVES" });
    expect((result as { attenteS: number }).attenteS).toBeLessThanOrEqual(60);
    expect(await loginWithPassword(agent.email, PASSWORD, { adresse: "198.51.100.7", now: secondes(last, 61) })).toMatchObject({
      ok: true,
    });
  });

  it("slows one address trying many accounts (30 e-mails in a few seconds)", async () => {
    const adresse = ip() + "-spray-" + unique("");
    const t0 = new Date();
    const answers = [];
    for (let i = 0; i < 30; i++)
      answers.push(
        ((await loginWithPassword(`${unique("essai")}@test.gouv.fr`, "x", { adresse, now: secondes(t0, i * 0.08) })) as { reason?: string })
          .reason,
      );
    expect(answers.slice(0, 20)).toEqual(Array(20).fill("IDENTIFIANTS_INVALIDES"));
    expect(answers.slice(21)).toEqual(Array(9).fill("TROP_DE_TENTATIVES"));
    // Another address is not slowed by this one.
    const agent = await createAgent(db, { roles: ["LECTEUR" as const], password: PASSWORD });
    expect(await loginWithPassword(agent.email, PASSWORD, { adresse: ip(), now: secondes(t0, 3) })).toMatchObject({ ok: true });
  });

  it("limits unknown e-mails the same way (no hint that the account does not exist)", async () => {
    const email = `${unique("inconnu")}@test.gouv.fr`;
    const t0 = new Date();
    for (let i = 0; i < 5; i++) await loginWithPassword(email, "x", { adresse: "203.0.113.9", now: t0 });
    expect(await loginWithPassword(email, "x", { adresse: "203.0.113.9", now: t0 })).toMatchObject({
      ok: false,
      reason: "TROP_DE_TENTATIVES",
    });
  });

  it("refuses an account without password (single sign-on only)", async () => {
    const agent = await createAgent(db, { roles: ["REDACTEUR" as const] });
    expect(await loginWithPassword(agent.email, "")).toMatchObject({ ok: false });
  });
});

describe("loginWithProConnect", () => {
  it("matches the agent by e-mail, whatever the case, and keeps the role of the application", async () => {
    const agent = await createAgent(db, { roles: ["SIGNATAIRE" as const] });
    expect(await loginWithProConnect(agent.email.toUpperCase())).toMatchObject({ id: agent.id, roles: ["SIGNATAIRE" as const] });
  });

  it("refuses an unknown or deactivated agent and records it", async () => {
    const inactive = await createAgent(db, { roles: ["SIGNATAIRE" as const], actif: false });
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
