import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, unique } from "../helpers/factories";
import { createOrganisation } from "@/lib/server/referentiel/create-organisation";
import { createPersonne } from "@/lib/server/referentiel/create-personne";
import { organisationSchema } from "@/lib/schemas/organisation";
import { personneSchema } from "@/lib/schemas/personne";

const db = testDb();

describe("referential", () => {
  it("adds an organisation and a person, with their audit events", async () => {
    const agent = await createAgent(db, { role: "REDACTEUR" });
    const sigle = unique("ORG").toUpperCase();
    const org = await createOrganisation(agent, organisationSchema.parse({ nom: `Direction ${sigle}`, sigle, adresse: "", parentId: "" }));
    const personne = await createPersonne(
      agent,
      personneSchema.parse({ prenom: "Claire", nom: sigle, qualite: "Directrice", organisationId: org.id }),
    );
    expect(personne.nom).toBe(`Claire ${sigle}`);
    expect(await db.auditEvent.count({ where: { entiteId: { in: [org.id, personne.id] }, userId: agent.id } })).toBe(2);
  });

  it("refuses the same person twice in the same organisation, whatever the case, at the name field", async () => {
    const agent = await createAgent(db, { role: "REDACTEUR" });
    const nom = unique("Double");
    const dinum = (await db.organisation.findFirstOrThrow({ where: { sigle: "DINUM" } })).id;
    await createPersonne(agent, personneSchema.parse({ prenom: "Alix", nom, qualite: "", organisationId: dinum }));
    await expect(
      createPersonne(agent, personneSchema.parse({ prenom: "ALIX", nom: nom.toLowerCase(), qualite: "", organisationId: dinum })),
    ).rejects.toMatchObject({
      code: "PERSONNE_EXISTE",
      champs: { nom: `Alix ${nom} figure déjà dans le référentiel : choisissez cette personne dans la liste.` },
    });
    // A namesake elsewhere is another person.
    const dne = (await db.organisation.findFirstOrThrow({ where: { sigle: "DNE" } })).id;
    await expect(
      createPersonne(agent, personneSchema.parse({ prenom: "Alix", nom, qualite: "", organisationId: dne })),
    ).resolves.toMatchObject({ nom: `Alix ${nom}` });
    expect(await db.personne.count({ where: { nom } })).toBe(2);
  });

  it("refuses a duplicate organisation with a French message", async () => {
    const agent = await createAgent(db, { role: "ADMINISTRATEUR" });
    await expect(
      createOrganisation(
        agent,
        organisationSchema.parse({ nom: "Direction interministérielle du numérique", sigle: "DINUM", adresse: "", parentId: "" }),
      ),
    ).rejects.toMatchObject({
      code: "ORGANISATION_EXISTE",
      message: "« DINUM » existe déjà dans le référentiel : choisissez-la dans la liste.",
    });
  });

  it.each(["LECTEUR", "RELECTEUR_FINANCIER", "SIGNATAIRE"] as const)("refuses a %s", async (role) => {
    const agent = await createAgent(db, { role });
    await expect(
      createPersonne(agent, personneSchema.parse({ prenom: "A", nom: "B", qualite: "", organisationId: "" })),
    ).rejects.toMatchObject({ code: "ACCES_REFUSE" });
  });
});
