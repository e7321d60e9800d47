// The action wrapper (lib/actions/action.ts) with a given agent in place of the session, against
// the real use cases: the right is checked before the input, domain errors come back with their
// fields, and nothing raw reaches the client.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { testDb } from "../helpers/db";
import { createAgent, createConvention } from "../helpers/factories";
import { createActionMaker, statutHttp } from "@/lib/actions/action";
import { avenantSchema } from "@/lib/schemas/avenant";
import { createAvenant } from "@/lib/server/avenants/create-avenant";
import type { Agent } from "@/lib/views/agent";

const db = testDb();
const as = (agent: Agent | null) => createActionMaker(async () => agent);
const agentOf = async (role: Agent["roles"][number]): Promise<Agent> => {
  const dne = (await db.organisation.findFirstOrThrow({ where: { sigle: "DNE" } })).id;
  const user = await createAgent(db, { role, organisationId: dne });
  return { id: user.id, email: user.email, nom: user.nom, roles: user.roles, organisationId: user.organisationId, perimetre: [] };
};

describe("makeAction", () => {
  it("refuses an agent without the right before looking at what they sent (no field errors for a reader)", async () => {
    const convention = await createConvention(db, { statut: "SIGNEE" });
    const lecteur = await agentOf("LECTEUR");
    const action = as(lecteur)("avenant.creer", avenantSchema, (agent, data) => createAvenant(agent, convention.id, data));
    expect(await action({} as never)).toEqual({ ok: false, code: "ACCES_REFUSE", message: "Votre rôle ne permet pas cette action." });
  });

  it("then validates the input of an agent who has the right", async () => {
    const convention = await createConvention(db, { statut: "SIGNEE" });
    const redacteur = await agentOf("REDACTEUR");
    const action = as(redacteur)("avenant.creer", avenantSchema, (agent, data) => createAvenant(agent, convention.id, data));
    expect(await action({} as never)).toMatchObject({ ok: false, code: "SAISIE_INVALIDE", champs: expect.any(Object) });
  });

  it("accepts any of several rights, answers an expired session, and hides unexpected errors", async () => {
    const relecteur = await agentOf("RELECTEUR_FINANCIER");
    const echo = z.object({ n: z.number() });
    expect(await as(relecteur)(["convention.soumettre", "convention.valider"], echo, async (_a, { n }) => n + 1)({ n: 1 })).toEqual({
      ok: true,
      data: 2,
    });
    expect(await as(null)("convention.lire", echo, async () => 0)({ n: 1 })).toMatchObject({ ok: false, code: "SESSION_EXPIREE" });
    const boom = as(relecteur)("convention.lire", echo, async () => {
      throw new Error("connexion perdue à 10.0.0.3");
    });
    const result = await boom({ n: 1 });
    expect(result).toMatchObject({ ok: false, code: "ERREUR_INATTENDUE" });
    expect(JSON.stringify(result)).not.toContain("10.0.0.3");
  });

  it("says an unreachable database as such (503, try again), whether it fails the session check or the use case", async () => {
    const relecteur = await agentOf("RELECTEUR_FINANCIER");
    const echo = z.object({ n: z.number() });
    const arretee = () => Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    const pendant = await as(relecteur)("convention.lire", echo, async () => {
      throw arretee();
    })({ n: 1 });
    const session = await createActionMaker(async () => {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    })(
      "convention.lire",
      echo,
      async () => 0,
    )({ n: 1 });
    for (const r of [pendant, session]) {
      expect(r).toMatchObject({ ok: false, code: "BASE_INJOIGNABLE", message: expect.stringMatching(/la base de données ne répond pas/) });
      expect(statutHttp(r)).toBe(503);
    }
  });
});
