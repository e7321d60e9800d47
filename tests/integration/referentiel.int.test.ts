import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, unique } from "../helpers/factories";
import { createOrganisation } from "@/lib/server/referentiel/create-organisation";
import { createPersonne } from "@/lib/server/referentiel/create-personne";
import { organisationModifSchema, organisationSchema } from "@/lib/schemas/organisation";
import { updateOrganisation, updatePersonne } from "@/lib/server/referentiel/update-referentiel";
import { listHistoriqueReferentiel } from "@/lib/server/referentiel/list-referentiel";
import { personneModifSchema, personneSchema } from "@/lib/schemas/personne";

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

describe("editing the referential", () => {
  const org = async (sigle: string) => (await db.organisation.findFirstOrThrow({ where: { sigle } })).id;

  it("edits a person and an organisation with an optimistic lock, audited: the history says what changed", async () => {
    const agent = await createAgent(db, { role: "REDACTEUR" });
    const sigle = unique("ED").toUpperCase();
    const o = await createOrganisation(agent, organisationSchema.parse({ nom: `Direction ${sigle}`, sigle, adresse: "", parentId: "" }));
    const p = await createPersonne(agent, personneSchema.parse({ prenom: "Lou", nom: sigle, qualite: "Cheffe", organisationId: o.id }));
    const saisie = { id: p.id, version: 1, prenom: "Lou", nom: sigle, qualite: "Directrice", organisationId: o.id };
    expect(await updatePersonne(agent, personneModifSchema.parse(saisie))).toMatchObject({ version: 2 });
    await expect(updatePersonne(agent, personneModifSchema.parse({ ...saisie, qualite: "Autre" }))).rejects.toMatchObject({
      code: "CONFLIT_VERSION",
    });
    const dinum = await org("DINUM");
    await updateOrganisation(
      agent,
      organisationModifSchema.parse({
        id: o.id,
        version: 1,
        nom: `Direction ${sigle} et associés`,
        sigle,
        adresse: "Paris",
        parentId: dinum,
      }),
    );
    const historique = await listHistoriqueReferentiel({ limite: 200 });
    expect(historique.find((h) => h.quoi === `Personne modifiée : Lou ${sigle}`)?.changements).toEqual(["qualité : Cheffe → Directrice"]);
    expect(historique.find((h) => h.quoi.startsWith("Organisation modifiée") && h.quoi.endsWith(sigle))?.changements).toEqual([
      `nom : Direction ${sigle} → Direction ${sigle} et associés`,
      "adresse : — → Paris",
      "rattachement : — → DINUM",
    ]);
    expect(historique.find((h) => h.quoi === `Personne modifiée : Lou ${sigle}`)?.qui).toBe("Agent de test");
  });

  it("refuses to attach an organisation under itself or under one attached to it, and a duplicate", async () => {
    const agent = await createAgent(db, { role: "ADMINISTRATEUR" });
    const sigle = unique("AR").toUpperCase();
    const haut = await createOrganisation(
      agent,
      organisationSchema.parse({ nom: `Haut ${sigle}`, sigle: `H${sigle}`, adresse: "", parentId: "" }),
    );
    const bas = await createOrganisation(
      agent,
      organisationSchema.parse({ nom: `Bas ${sigle}`, sigle: `B${sigle}`, adresse: "", parentId: haut.id }),
    );
    const modif = (parentId: string) =>
      organisationModifSchema.parse({ id: haut.id, version: 1, nom: `Haut ${sigle}`, sigle: `H${sigle}`, adresse: "", parentId });
    await expect(updateOrganisation(agent, modif(haut.id))).rejects.toMatchObject({
      code: "RATTACHEMENT_CIRCULAIRE",
      champs: { parentId: expect.any(String) },
    });
    await expect(updateOrganisation(agent, modif(bas.id))).rejects.toMatchObject({ code: "RATTACHEMENT_CIRCULAIRE" });
    await expect(
      updateOrganisation(
        agent,
        organisationModifSchema.parse({ id: bas.id, version: 1, nom: `Haut ${sigle}`, sigle: `H${sigle}`, adresse: "", parentId: "" }),
      ),
    ).rejects.toMatchObject({ code: "ORGANISATION_EXISTE" });
    const lecteur = await createAgent(db, { role: "LECTEUR" });
    await expect(updateOrganisation(lecteur, modif(""))).rejects.toMatchObject({ code: "ACCES_REFUSE" });
  });
});
