// Drafting: a convention goes through the form and back without losing anything; editing is
// guarded (role, signed = frozen, optimistic lock) and audited with before/after.
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention, unique } from "../helpers/factories";
import { getConvention } from "@/lib/server/conventions/get-convention";
import { createConvention as create, updateConvention } from "@/lib/server/conventions/save-convention";
import { conventionToInput } from "@/lib/schemas/convention-form";
import { conventionSchema } from "@/lib/schemas/convention";
import { SEED_CONVENTIONS } from "@/prisma/seed/index";

const db = testDb();
const admin = () => createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
const dne = async () => (await db.organisation.findFirstOrThrow({ where: { sigle: "DNE" } })).id;

describe("a convention through the form", () => {
  it.each(SEED_CONVENTIONS.map((s) => [s.reference] as const))(
    "%s is held completely: form → database → form gives the same input",
    async (reference) => {
      const agent = await admin();
      const seeded = await db.convention.findUniqueOrThrow({ where: { reference } });
      const original = conventionToInput(await getConvention(agent, seeded.id));
      const copy = { ...original, reference: unique("COPIE"), version: undefined };
      const { id } = await create(agent, conventionSchema.parse(copy));
      const reread = conventionToInput(await getConvention(agent, id));
      expect({ ...reread, reference: "", version: 0 }).toEqual({ ...original, reference: "", version: 0 });
    },
  );
});

describe("updateConvention", () => {
  async function draft() {
    const agent = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: await dne() });
    const convention = await createConvention(db, { statut: "BROUILLON" });
    const input = conventionToInput(await getConvention(agent, convention.id));
    return { agent, convention, input };
  }

  it("saves, increments the version and records before/after", async () => {
    const { agent, convention, input } = await draft();
    const result = await updateConvention(
      agent,
      convention.id,
      conventionSchema.parse({
        ...input,
        plafondAe: "130 000",
        echeancier: [...input.echeancier, { annee: "2026", ae: "10 000", cp: "0" }],
      }),
    );
    expect(result.version).toBe(input.version! + 1);
    const saved = await getConvention(agent, convention.id);
    expect(saved.plafondAe).toBe(13_000_000n);
    expect(saved.lignesEcheancier.map((l) => l.annee)).toEqual([2024, 2025, 2026]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { conventionId: convention.id, type: "CONVENTION_MODIFIEE" } });
    expect([(audit.avant as { plafondAe: string }).plafondAe, (audit.apres as { plafondAe: string }).plafondAe]).toEqual([
      "12000000",
      "13000000",
    ]);
    expect(audit.userId).toBe(agent.id);
  });

  it("refuses the second of two people editing the same draft, and changes nothing", async () => {
    const { convention, input } = await draft();
    const alice = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: await dne() });
    const bob = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: await dne() });
    await updateConvention(alice, convention.id, conventionSchema.parse({ ...input, intitule: "Version d'Alice" }));
    await expect(
      updateConvention(bob, convention.id, conventionSchema.parse({ ...input, intitule: "Version de Bob" })),
    ).rejects.toMatchObject({ code: "CONFLIT_VERSION" });
    expect((await getConvention(alice, convention.id)).intitule).toBe("Version d'Alice");
  });

  it("refuses to change a signed convention: changes go through an avenant", async () => {
    const agent = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: await dne() });
    const convention = await createConvention(db, { statut: "SIGNEE" });
    const input = conventionToInput(await getConvention(agent, convention.id));
    await expect(updateConvention(agent, convention.id, conventionSchema.parse(input))).rejects.toMatchObject({ code: "CONVENTION_FIGEE" });
  });

  it.each(["LECTEUR", "RELECTEUR_FINANCIER", "SIGNATAIRE"] as const)("refuses a %s", async (role) => {
    const { convention, input } = await draft();
    const agent = await createAgent(db, { role, organisationId: await dne() });
    await expect(updateConvention(agent, convention.id, conventionSchema.parse(input))).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    await expect(create(agent, conventionSchema.parse({ ...input, reference: unique("R") }))).rejects.toMatchObject({
      code: "ACCES_REFUSE",
    });
  });

  it("refuses a reference already used", async () => {
    const { agent, convention, input } = await draft();
    await expect(
      updateConvention(agent, convention.id, conventionSchema.parse({ ...input, reference: "2024-DNE-DINUM-01" })),
    ).rejects.toMatchObject({
      code: "REFERENCE_PRISE",
      message: "La référence « 2024-DNE-DINUM-01 » est déjà utilisée par une autre convention.",
    });
  });

  it("stores text that looks like HTML as text", async () => {
    const { agent, convention, input } = await draft();
    await updateConvention(agent, convention.id, conventionSchema.parse({ ...input, objet: "<img src=x onerror=alert(1)>" }));
    expect((await getConvention(agent, convention.id)).objet).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("what is checked before anything is written, answered at the field", () => {
  const org = async (sigle: string) => (await db.organisation.findFirstOrThrow({ where: { sigle } })).id;
  const seed003 = async (agent: Awaited<ReturnType<typeof admin>>) => {
    const seeded = await db.convention.findUniqueOrThrow({ where: { reference: "2024-DNE-DINUM-01" } });
    return { ...conventionToInput(await getConvention(agent, seeded.id)), reference: unique("CHAMP"), version: undefined };
  };

  it("a reference already used is reported at « Référence »", async () => {
    const agent = await admin();
    const input = await seed003(agent);
    await expect(create(agent, conventionSchema.parse({ ...input, reference: "2024-DNE-DINUM-01" }))).rejects.toMatchObject({
      code: "REFERENCE_PRISE",
      champs: { reference: "La référence « 2024-DNE-DINUM-01 » est déjà utilisée par une autre convention." },
    });
  });

  it("an organisation or a service unknown to the referential is a field message, and nothing is written", async () => {
    const agent = await admin();
    const input = await seed003(agent);
    const parties = input.parties.map((p, i) => (i === 1 ? { ...p, organisationId: "inexistante" } : p));
    await expect(create(agent, conventionSchema.parse({ ...input, parties, serviceId: "inconnu" }))).rejects.toMatchObject({
      code: "ORGANISATION_INCONNUE",
      champs: { "parties.1.organisationId": expect.stringContaining("n'existe pas"), serviceId: expect.stringContaining("n'existe pas") },
    });
    expect(await db.convention.count({ where: { reference: input.reference } })).toBe(0);
  });

  it("a drafter cannot create a convention outside their ministry, nor move one out of it", async () => {
    const drafter = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: await dne() });
    const input = await seed003(await admin());
    const dehors = {
      ...input,
      serviceId: await org("DINUM"),
      parties: [
        { ...input.parties[0]!, organisationId: await org("DINSIC") },
        { ...input.parties[1]!, organisationId: await org("DINUM") },
      ],
    };
    await expect(create(drafter, conventionSchema.parse(dehors))).rejects.toMatchObject({
      code: "HORS_PERIMETRE",
      champs: { serviceId: expect.any(String) },
    });
    expect(await db.convention.count({ where: { reference: input.reference } })).toBe(0);

    const { id, version } = await create(drafter, conventionSchema.parse(input));
    await expect(updateConvention(drafter, id, conventionSchema.parse({ ...dehors, version }))).rejects.toMatchObject({
      code: "HORS_PERIMETRE",
    });
    expect((await getConvention(drafter, id)).serviceId).toBe(input.serviceId);

    // DINUM's finance reviewers and administrators see every convention: any perimeter is theirs.
    const reviewerAdmin = await admin();
    await expect(create(reviewerAdmin, conventionSchema.parse({ ...dehors, reference: unique("DINUM") }))).resolves.toMatchObject({
      version: 1,
    });
  });
});
