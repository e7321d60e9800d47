import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention, unique } from "../helpers/factories";
import { mergeOrganisations, mergePersonnes } from "@/lib/server/referentiel/merge-referentiel";
import { fusionOrganisationsSchema, fusionPersonnesSchema } from "@/lib/schemas/fusion";
import { createOrganisation } from "@/lib/server/referentiel/create-organisation";
import { createPersonne } from "@/lib/server/referentiel/create-personne";
import { organisationModifSchema, organisationSchema } from "@/lib/schemas/organisation";
import { updateOrganisation, updatePersonne } from "@/lib/server/referentiel/update-referentiel";
import { listHistoriqueReferentiel } from "@/lib/server/referentiel/list-referentiel";
import { personneModifSchema, personneSchema } from "@/lib/schemas/personne";

const db = testDb();

describe("referential", () => {
  it("adds an organisation and a person, with their audit events", async () => {
    const agent = await createAgent(db, { roles: ["GESTIONNAIRE_REFERENTIEL" as const] });
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
    const agent = await createAgent(db, { roles: ["GESTIONNAIRE_REFERENTIEL" as const] });
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
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
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
    const agent = await createAgent(db, { roles: ["GESTIONNAIRE_REFERENTIEL" as const] });
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
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
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
    const lecteur = await createAgent(db, { roles: ["LECTEUR" as const] });
    await expect(updateOrganisation(lecteur, modif(""))).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    // The referential has its own right: drafting conventions does not give it.
    const redacteur = await createAgent(db, { roles: ["REDACTEUR" as const] });
    await expect(updateOrganisation(redacteur, modif(""))).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    await expect(
      createPersonne(redacteur, personneSchema.parse({ prenom: "Noé", nom: sigle, qualite: "", organisationId: haut.id })),
    ).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    const lesDeux = await createAgent(db, { roles: ["REDACTEUR" as const, "GESTIONNAIRE_REFERENTIEL" as const] });
    expect(
      await createPersonne(lesDeux, personneSchema.parse({ prenom: "Noé", nom: sigle, qualite: "", organisationId: haut.id })),
    ).toMatchObject({
      nom: `Noé ${sigle}`,
    });
  });
});

describe("merging duplicates of the referential", () => {
  const fusion = (conservee: { id: string; version: number }, doublon: { id: string; version: number }) =>
    fusionOrganisationsSchema.parse({
      conserveeId: conservee.id,
      doublonId: doublon.id,
      versionConservee: conservee.version,
      versionDoublon: doublon.version,
    });

  it("moves everything that pointed to the duplicate organisation to the kept one, merges their common people, and keeps both in the history", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const sigle = unique("FU").toUpperCase();
    const menj = (await db.organisation.findFirstOrThrow({ where: { sigle: "MENJ" } })).id;
    const garde = await db.organisation.create({ data: { nom: `Direction ${sigle}`, sigle, type: "DIRECTION" } });
    const doublon = await db.organisation.create({
      data: { nom: `Direction ${sigle}`, sigle: `${sigle}-BIS`, adresse: "110 rue de Grenelle", parentId: menj, type: "DIRECTION" },
    });
    const enfant = await db.organisation.create({ data: { nom: `Bureau ${sigle}`, sigle: `B${sigle}`, parentId: doublon.id } });
    const ancienne = await db.organisation.create({ data: { nom: `Ancienne ${sigle}`, sigle: `A${sigle}`, successeurId: doublon.id } });
    const gardee = await db.personne.create({ data: { prenom: "Inès", nom: sigle, organisationId: garde.id } });
    const jumelle = await db.personne.create({
      data: { prenom: "INÈS", nom: sigle.toLowerCase(), qualite: "Cheffe", organisationId: doublon.id },
    });
    const autre = await db.personne.create({ data: { prenom: "Paul", nom: sigle, organisationId: doublon.id } });
    const compte = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: doublon.id });
    const convention = await createConvention(db);
    await db.convention.update({ where: { id: convention.id }, data: { serviceId: doublon.id } });
    const partie = await db.partie.findFirstOrThrow({ where: { conventionId: convention.id, ordre: 1 } });
    await db.partie.update({ where: { id: partie.id }, data: { organisationId: doublon.id, representantId: jumelle.id } });
    const signature = await db.signature.findFirstOrThrow({ where: { conventionId: convention.id } });
    await db.signature.update({ where: { id: signature.id }, data: { signataireId: jumelle.id } });

    const resultat = await mergeOrganisations(admin, fusion(garde, doublon));

    expect(resultat.reprises).toMatchObject({
      parties: 1,
      conventions: 1,
      personnes: 1,
      personnesFusionnees: 1,
      comptes: 1,
      rattachees: 1,
      predecesseurs: 1,
    });
    expect(await db.organisation.findUnique({ where: { id: doublon.id } })).toBeNull();
    // The kept one keeps its values and takes the duplicate's where it had none.
    expect(await db.organisation.findUniqueOrThrow({ where: { id: garde.id } })).toMatchObject({
      sigle,
      adresse: "110 rue de Grenelle",
      parentId: menj,
      version: 2,
    });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: enfant.id } })).parentId).toBe(garde.id);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: ancienne.id } })).successeurId).toBe(garde.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: compte.id } })).organisationId).toBe(garde.id);
    expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).serviceId).toBe(garde.id);
    // The twin person is merged into the kept organisation's, with what it lacked; the other one moves.
    expect(await db.personne.findUnique({ where: { id: jumelle.id } })).toBeNull();
    expect(await db.personne.findUniqueOrThrow({ where: { id: gardee.id } })).toMatchObject({
      qualite: "Cheffe",
      organisationId: garde.id,
    });
    expect((await db.personne.findUniqueOrThrow({ where: { id: autre.id } })).organisationId).toBe(garde.id);
    // What the convention printed is unchanged; its links point to the kept records.
    const apres = await db.partie.findUniqueOrThrow({ where: { id: partie.id } });
    expect(apres).toMatchObject({ organisationId: garde.id, representantId: gardee.id, libelle: partie.libelle, qualite: partie.qualite });
    expect((await db.signature.findUniqueOrThrow({ where: { id: signature.id } })).signataireId).toBe(gardee.id);

    const historique = await listHistoriqueReferentiel({ limite: 200 });
    const ligne = historique.find((h) => h.quoi === `Doublon fusionné : ${sigle}-BIS (fiche supprimée) → ${sigle}`);
    expect(ligne?.changements).toEqual([
      "repris : 1 partie de convention",
      "1 convention comme service rédacteur",
      "1 personne",
      "1 personne en double fusionnée",
      "1 compte d'agent",
      "1 organisation rattachée",
      "1 organisation devenue celle-ci",
      "adresse : — → 110 rue de Grenelle",
      "rattachement : — → MENJ",
    ]);
    expect(
      historique.find((h) => h.quoi === `Doublon fusionné : INÈS ${sigle.toLowerCase()} (fiche supprimée) → Inès ${sigle}`)?.changements,
    ).toEqual(["repris : 1 représentation d'une partie", "1 signature", "qualité : — → Cheffe"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "ORGANISATION_FUSIONNEE", entiteId: garde.id } });
    expect(audit.avant).toMatchObject({ conservee: { id: garde.id, sigle }, doublon: { id: doublon.id, sigle: `${sigle}-BIS` } });
  });

  it("merges two people: representations and signatures move, the duplicate goes", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const nom = unique("Fusion");
    const dinum = (await db.organisation.findFirstOrThrow({ where: { sigle: "DINUM" } })).id;
    const garde = await db.personne.create({ data: { prenom: "Léa", nom, organisationId: dinum } });
    const doublon = await db.personne.create({ data: { prenom: "Lea", nom, qualite: "Directrice" } });
    const convention = await createConvention(db);
    const signature = await db.signature.findFirstOrThrow({ where: { conventionId: convention.id } });
    await db.signature.update({ where: { id: signature.id }, data: { signataireId: doublon.id } });
    const r = await mergePersonnes(
      admin,
      fusionPersonnesSchema.parse({ conserveeId: garde.id, doublonId: doublon.id, versionConservee: 1, versionDoublon: 1 }),
    );
    expect(r.reprises).toEqual({ representations: 0, signatures: 1 });
    expect(await db.personne.findUniqueOrThrow({ where: { id: garde.id } })).toMatchObject({
      qualite: "Directrice",
      organisationId: dinum,
      version: 2,
    });
    expect(await db.personne.findUnique({ where: { id: doublon.id } })).toBeNull();
    expect((await db.signature.findUniqueOrThrow({ where: { id: signature.id } })).signataireId).toBe(garde.id);
  });

  it("refuses a stale version, the same record twice, a record gone, a person who would become the twin of a third, and anyone but an administrator — changing nothing", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const sigle = unique("FR").toUpperCase();
    const a = await db.organisation.create({ data: { nom: `A ${sigle}`, sigle: `A${sigle}` } });
    const b = await db.organisation.create({ data: { nom: `B ${sigle}`, sigle: `B${sigle}` } });
    await expect(mergeOrganisations(admin, fusion(a, { ...b, version: 0 }))).rejects.toMatchObject({ code: "CONFLIT_VERSION" });
    await expect(
      mergeOrganisations(admin, { conserveeId: a.id, doublonId: a.id, versionConservee: 1, versionDoublon: 1 }),
    ).rejects.toMatchObject({ code: "FUSION_MEME_FICHE", champs: { doublonId: expect.any(String) } });
    expect(
      fusionOrganisationsSchema.safeParse({ conserveeId: a.id, doublonId: a.id, versionConservee: 1, versionDoublon: 1 }).error?.issues,
    ).toMatchObject([{ path: ["doublonId"] }]);
    await expect(mergeOrganisations(admin, fusion(a, { id: "inconnue", version: 1 }))).rejects.toMatchObject({
      code: "INTROUVABLE",
      message: "L'organisation en double est introuvable, ou vous n'y avez pas accès.",
    });
    for (const role of ["REDACTEUR", "LECTEUR", "RELECTEUR_FINANCIER", "SIGNATAIRE"] as const) {
      await expect(mergeOrganisations(await createAgent(db, { role }), fusion(a, b))).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    }
    // Kept without an organisation, it would take the duplicate's, where a third one of the same name
    // already is (twins written before the referential refused them): refused, nothing changes.
    const sans = await db.personne.create({ data: { prenom: "Noé", nom: sigle } });
    const dansA = await db.personne.create({ data: { prenom: "Noé", nom: sigle, organisationId: a.id } });
    await db.personne.create({ data: { prenom: "NOÉ", nom: sigle, organisationId: a.id } });
    await expect(
      mergePersonnes(admin, { conserveeId: sans.id, doublonId: dansA.id, versionConservee: 1, versionDoublon: 1 }),
    ).rejects.toMatchObject({ code: "PERSONNE_EXISTE" });
    expect(await db.personne.count({ where: { nom: sigle } })).toBe(3);
    expect(await db.organisation.count({ where: { id: { in: [a.id, b.id] } } })).toBe(2);
  });
});
