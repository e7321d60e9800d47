// Use cases take their client from lib/server and can join an outer transaction: several of them
// (an import, a job, a multi-step signature) commit together or not at all.
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, unique } from "../helpers/factories";
import { db, inTransaction } from "@/lib/server/db";
import { createOrganisation } from "@/lib/server/referentiel/create-organisation";
import { createPersonne } from "@/lib/server/referentiel/create-personne";
import { createConvention } from "@/lib/server/conventions/save-convention";
import { getConvention } from "@/lib/server/conventions/get-convention";
import { conventionSchema } from "@/lib/schemas/convention";
import { conventionToInput } from "@/lib/schemas/convention-form";
import { organisationSchema } from "@/lib/schemas/organisation";
import { personneSchema } from "@/lib/schemas/personne";

const check = testDb();

describe("use cases in one transaction", () => {
  it("commit together: an organisation, a person of it and the audit of both", async () => {
    const agent = await createAgent(check, { roles: ["ADMINISTRATEUR" as const] });
    const sigle = unique("TX").toUpperCase();
    const { org, personne } = await db.$transaction(async (tx) => {
      const org = await createOrganisation(
        agent,
        organisationSchema.parse({ nom: `Direction ${sigle}`, sigle, adresse: "", parentId: "" }),
        { tx },
      );
      const personne = await createPersonne(
        agent,
        personneSchema.parse({ prenom: "Ada", nom: sigle, qualite: "", organisationId: org.id }),
        { tx },
      );
      return { org, personne };
    });
    expect(await check.personne.findUniqueOrThrow({ where: { id: personne.id } })).toMatchObject({ organisationId: org.id });
    expect(await check.auditEvent.count({ where: { entiteId: { in: [org.id, personne.id] } } })).toBe(2);
  });

  it("roll back together when a later step fails: nothing of the earlier ones remains", async () => {
    const agent = await createAgent(check, { roles: ["ADMINISTRATEUR" as const] });
    const sigle = unique("TX").toUpperCase();
    const failing = inTransaction(undefined, async (tx) => {
      await createOrganisation(agent, organisationSchema.parse({ nom: `Direction ${sigle}`, sigle, adresse: "", parentId: "" }), { tx });
      // The same organisation again: the use case refuses it, inside the transaction.
      await createOrganisation(agent, organisationSchema.parse({ nom: `Direction ${sigle}`, sigle, adresse: "", parentId: "" }), { tx });
    });
    await expect(failing).rejects.toMatchObject({ code: "ORGANISATION_EXISTE" });
    expect(await check.organisation.count({ where: { sigle } })).toBe(0);
  });

  it("a read inside the transaction sees what an earlier step wrote before it commits", async () => {
    const agent = await createAgent(check, { roles: ["ADMINISTRATEUR" as const] });
    const seed = await getConvention(agent, (await check.convention.findUniqueOrThrow({ where: { reference: "2024-DNE-DINUM-01" } })).id);
    const reference = unique("TX-REF");
    await expect(
      db.$transaction(async (tx) => {
        const { id } = await createConvention(
          agent,
          conventionSchema.parse({ ...conventionToInput(seed), reference, version: undefined }),
          { tx },
        );
        expect((await getConvention(agent, id, { tx })).reference).toBe(reference);
        await expect(getConvention(agent, id)).rejects.toMatchObject({ code: "INTROUVABLE" }); // not committed yet
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    expect(await check.convention.count({ where: { reference } })).toBe(0);
  });
});
