// After signature against a real PostgreSQL: the daily job moves statuts from the computed dates and
// raises each reminder once however often it runs; notification, notice and closure recorded with
// their checks, the end they give computed, the other parties told.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention } from "../helpers/factories";
import { ajouterJours, ajouterMois } from "@/lib/domain/echeances";
import { jourDeParis } from "@/lib/domain/dates";
import { appliquerVieATous } from "@/lib/server/vie/vie.job";
import { recordNotification } from "@/lib/server/vie/record-notification";
import { recordDenonciation } from "@/lib/server/vie/record-denonciation";
import { recordCloture } from "@/lib/server/vie/record-cloture";
import { listEcheances } from "@/lib/server/vie/list-echeances";
import { denonciationSchema } from "@/lib/schemas/vie";
import type { Agent } from "@/lib/views/agent";

const db = testDb();
const aujourdhui = jourDeParis(new Date());
const jour = (n: number) => ajouterJours(aujourdhui, n);

async function agentOf(role: Agent["roles"][number], sigle = "DNE"): Promise<Agent> {
  const org = (await db.organisation.findFirstOrThrow({ where: { sigle } })).id;
  const u = await createAgent(db, { roles: [role], organisationId: org });
  return { id: u.id, email: u.email, nom: `${role} de test`, roles: u.roles, organisationId: u.organisationId, perimetre: [] };
}

/** A convention written by `redacteur` (its history says so: they are told of its deadlines). */
async function conventionDe(redacteur: Agent, overrides: Parameters<typeof createConvention>[1]) {
  const c = await createConvention(db, overrides);
  await db.auditEvent.create({
    data: { type: "CONVENTION_CREEE", entite: "Convention", entiteId: c.id, conventionId: c.id, userId: redacteur.id },
  });
  return c;
}

describe("the daily job", () => {
  it("moves a published convention into force from its signature, ends one past its end date, and says so in the history", async () => {
    const redacteur = await agentOf("REDACTEUR");
    const enVigueur = await conventionDe(redacteur, {
      statut: "PUBLIEE",
      pointDepart: "SIGNATURE",
      dateSignature: jour(-40),
      dateFin: jour(400),
    });
    const finie = await conventionDe(redacteur, {
      statut: "EN_VIGUEUR",
      pointDepart: "SIGNATURE",
      dateSignature: jour(-400),
      dateFin: jour(-1),
    });
    const notifiee = await conventionDe(redacteur, {
      statut: "PUBLIEE",
      pointDepart: "NOTIFICATION",
      dateSignature: jour(-40),
      dateFin: jour(400),
    });
    await appliquerVieATous(aujourdhui);
    const lire = async (id: string) => db.convention.findUniqueOrThrow({ where: { id } });
    expect((await lire(enVigueur.id)).statut).toBe("EN_VIGUEUR");
    expect((await lire(enVigueur.id)).dateEntreeEnVigueur?.toISOString().slice(0, 10)).toBe(jour(-40));
    expect((await lire(finie.id)).statut).toBe("TERMINEE");
    expect((await lire(notifiee.id)).statut).toBe("PUBLIEE"); // not notified yet
    // « à compter de sa publication » and « à compter du [date] »: from the publication, from the stated date once reached.
    const parPublication = await conventionDe(redacteur, { statut: "PUBLIEE", dateSignature: jour(-40), dateFin: jour(400) });
    await db.convention.update({
      where: { id: parPublication.id },
      data: { pointDepart: "PUBLICATION", datePublication: new Date(jour(-5)) },
    });
    const stipulee = await conventionDe(redacteur, { statut: "PUBLIEE", dateSignature: jour(-40), dateFin: jour(400) });
    await db.convention.update({ where: { id: stipulee.id }, data: { pointDepart: "DATE_EFFET", dateEffet: new Date(jour(10)) } });
    await appliquerVieATous(aujourdhui);
    expect((await lire(parPublication.id)).dateEntreeEnVigueur?.toISOString().slice(0, 10)).toBe(jour(-5));
    expect((await lire(parPublication.id)).statut).toBe("EN_VIGUEUR");
    expect((await lire(stipulee.id)).statut).toBe("PUBLIEE"); // its stated start is in ten days
    await appliquerVieATous(jour(10));
    expect((await lire(stipulee.id)).statut).toBe("EN_VIGUEUR");
    const etape = await db.auditEvent.findFirstOrThrow({ where: { entiteId: enVigueur.id, type: "CONVENTION_ENTRER_EN_VIGUEUR" } });
    expect(etape.userId).toBeNull();
    expect(etape.apres).toMatchObject({ statut: "EN_VIGUEUR", commentaire: expect.stringMatching(/constatée par l'application/) });
  });

  it("run twice, sends each reminder once: end within 90 days, last day to give notice, publication late", async () => {
    const redacteur = await agentOf("REDACTEUR");
    const proche = await conventionDe(redacteur, {
      statut: "EN_VIGUEUR",
      pointDepart: "SIGNATURE",
      regleDuree: "DATE_FIXE",
      dateSignature: jour(-300),
      dateFin: jour(30),
      preavisMois: 3,
    });
    const preavis = await conventionDe(redacteur, {
      statut: "EN_VIGUEUR",
      pointDepart: "SIGNATURE",
      regleDuree: "DATE_FIXE",
      dateSignature: jour(-300),
      dateFin: ajouterMois(jour(60), 3),
      preavisMois: 3,
    });
    const tardive = await conventionDe(redacteur, { statut: "SIGNEE", dateSignature: jour(-45), dateFin: jour(600) });
    await appliquerVieATous(aujourdhui);
    await appliquerVieATous(aujourdhui);
    const rappels = async (id: string) => (await db.rappel.findMany({ where: { documentId: id } })).map((r) => r.type).sort();
    expect(await rappels(proche.id)).toEqual(["FIN_PROCHE"]); // its last day to give notice was two months ago
    expect(await rappels(preavis.id)).toEqual(["PREAVIS_PROCHE"]);
    expect(await rappels(tardive.id)).toEqual(["PUBLICATION_EN_RETARD"]);
    const notes = await db.notification.findMany({ where: { userId: redacteur.id, type: "ECHEANCE" }, orderBy: { createdAt: "asc" } });
    expect(notes).toHaveLength(3);
    expect(notes.map((n) => n.lien)).toContain(`/conventions/${tardive.id}#vie`);
    // The « Échéances » view lists them for an agent who sees these conventions.
    const { lignes } = await listEcheances(redacteur, { delegant: null, service: null, type: null }, aujourdhui);
    expect(
      lignes
        .filter((l) => [proche.id, preavis.id, tardive.id].includes(l.conventionId))
        .map((l) => l.type)
        .sort(),
    ).toEqual(["FIN_PROCHE", "PREAVIS_PROCHE", "PUBLICATION_EN_RETARD"]);
    const seulement = await listEcheances(redacteur, { delegant: null, service: null, type: "PUBLICATION_EN_RETARD" }, aujourdhui);
    expect(new Set(seulement.lignes.map((l) => l.type))).toEqual(new Set(["PUBLICATION_EN_RETARD"]));
  });
});

describe("recorded after signature", () => {
  it("the notification starts a convention « à compter de sa notification »: in force at once once published", async () => {
    const redacteur = await agentOf("REDACTEUR");
    const c = await conventionDe(redacteur, {
      statut: "PUBLIEE",
      pointDepart: "NOTIFICATION",
      dateSignature: jour(-20),
      dateFin: jour(400),
    });
    await expect(recordNotification(redacteur, { conventionId: c.id, version: 1, dateNotification: jour(-30) })).rejects.toMatchObject({
      champs: { dateNotification: expect.stringMatching(/avant sa dernière signature/) },
    });
    await expect(recordNotification(redacteur, { conventionId: c.id, version: 1, dateNotification: jour(2) })).rejects.toMatchObject({
      champs: { dateNotification: expect.stringMatching(/à venir/) },
    });
    await recordNotification(redacteur, { conventionId: c.id, version: 1, dateNotification: jour(-10) });
    const apres = await db.convention.findUniqueOrThrow({ where: { id: c.id } });
    expect(apres.statut).toBe("EN_VIGUEUR");
    expect(apres.dateEntreeEnVigueur?.toISOString().slice(0, 10)).toBe(jour(-10));
  });

  it("notice by a party ends the convention after its notice period; the other party's agents are told; refused when it cannot be", async () => {
    const redacteur = await agentOf("REDACTEUR");
    const dinum = await agentOf("SIGNATAIRE", "DINUM");
    const c = await conventionDe(redacteur, {
      statut: "EN_VIGUEUR",
      pointDepart: "SIGNATURE",
      dateSignature: jour(-100),
      dateFin: jour(400),
      preavisMois: 3,
    });
    const parties = await db.partie.findMany({ where: { conventionId: c.id }, include: { organisation: true }, orderBy: { ordre: "asc" } });
    const dne = parties.find((p) => p.organisation.sigle === "DNE")!;
    const saisie = (champs: Record<string, unknown>) =>
      denonciationSchema.parse({
        conventionId: c.id,
        version: 1,
        partieId: dne.id,
        dateDenonciation: aujourdhui,
        motif: "Projet arrêté.",
        confirmation: true,
        ...champs,
      });
    await expect(recordDenonciation(redacteur, saisie({ dateDenonciation: jour(3) }))).rejects.toMatchObject({
      champs: { dateDenonciation: expect.any(String) },
    });
    await expect(recordDenonciation(redacteur, saisie({ partieId: "inconnue" }))).rejects.toMatchObject({
      champs: { partieId: expect.any(String) },
    });
    expect(() => saisie({ confirmation: false })).toThrow(/Cochez la case/);
    const signataire = await agentOf("SIGNATAIRE");
    await expect(recordDenonciation(signataire, saisie({}))).rejects.toMatchObject({ code: "ACCES_REFUSE" });

    expect(await recordDenonciation(redacteur, saisie({}))).toEqual({ fin: ajouterMois(aujourdhui, 3) });
    const apres = await db.convention.findUniqueOrThrow({ where: { id: c.id } });
    expect(apres.dateFinEffective?.toISOString().slice(0, 10)).toBe(ajouterMois(aujourdhui, 3));
    expect(apres.statut).toBe("EN_VIGUEUR");
    expect(await db.notification.count({ where: { userId: dinum.id, type: "ECHEANCE", conventionId: c.id } })).toBe(1);
    await expect(recordDenonciation(redacteur, saisie({ version: 2 }))).rejects.toMatchObject({ code: "DENONCIATION_REFUSEE" }); // already
  });

  it("closure, by DINUM finance once every operation is settled, ends the convention the same day", async () => {
    const relecteur = await agentOf("RELECTEUR_FINANCIER", "DINUM");
    const redacteur = await agentOf("REDACTEUR");
    const c = await conventionDe(redacteur, {
      statut: "EN_VIGUEUR",
      pointDepart: "SIGNATURE",
      dateSignature: jour(-100),
      dateFin: jour(400),
      regleDuree: "JUSQU_AU_REGLEMENT",
    });
    const saisie = {
      conventionId: c.id,
      version: 1,
      dateCloture: aujourdhui,
      motif: "Toutes les opérations sont soldées.",
      confirmation: true,
    };
    await expect(recordCloture(redacteur, saisie)).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    await expect(recordCloture(relecteur, { ...saisie, dateCloture: jour(1) })).rejects.toMatchObject({
      champs: { dateCloture: expect.any(String) },
    });
    await recordCloture(relecteur, saisie);
    const apres = await db.convention.findUniqueOrThrow({ where: { id: c.id } });
    expect(apres.statut).toBe("TERMINEE");
    const etape = await db.auditEvent.findFirstOrThrow({ where: { entiteId: c.id, type: "CONVENTION_TERMINER" } });
    expect(etape).toMatchObject({ userId: relecteur.id, apres: { commentaire: expect.stringMatching(/clôture/) } });
  });
});

describe("« Échéances » at scale (issue 23)", () => {
  it("reads what the rules need in one statement, then the details of the page's lines only: every kind, pages of 100, the export whole", async () => {
    const finance = await agentOf("RELECTEUR_FINANCIER", "DINUM");
    const service = await db.organisation.create({
      data: { nom: `Service des échéances ${Date.now()}`, sigle: `ECH${Date.now()}`, type: "SERVICE" },
    });
    const avec = (o: Parameters<typeof createConvention>[1]) => createConvention(db, { service: service.sigle!, ...o });
    // Ended with credits made available and not committed.
    const terminee = await avec({ statut: "TERMINEE", dateSignature: jour(-800), dateFin: jour(-10) });
    await db.$executeRaw`UPDATE "SuiviExecutionAnnee" SET "aeDisponible" = "aeEngage" + 500000 WHERE "conventionId" = ${terminee.id}`;
    // A copy sent 20 days ago and not acknowledged.
    const envoyee = await avec({ statut: "EN_VIGUEUR", dateSignature: jour(-100), dateFin: jour(900) });
    await db.transmission.create({
      data: { documentId: envoyee.id, conventionId: envoyee.id, destinataire: "CBCM", etat: "ENVOYEE", dateEnvoi: new Date(jour(-20)) },
    });
    // Ending in 30 days, but prolonged by a signed avenant: no deadline; an avenant still in draft does not count.
    const prolongee = await avec({ statut: "EN_VIGUEUR", dateSignature: jour(-300), dateFin: jour(30) });
    await db.avenant.create({
      data: {
        conventionId: prolongee.id,
        numero: 1,
        statut: "SIGNEE",
        changements: { create: [{ ordre: 1, type: "PROLONGATION", nouvelleDateFin: new Date(jour(700)) }] },
      },
    });
    await db.avenant.create({
      data: {
        conventionId: prolongee.id,
        numero: 2,
        statut: "BROUILLON",
        changements: { create: [{ ordre: 1, type: "PROLONGATION", nouvelleDateFin: new Date(jour(20)) }] },
      },
    });
    // 105 signed 45 days ago and not published.
    const modele = await db.convention.findUniqueOrThrow({
      where: { id: (await avec({ statut: "SIGNEE", dateSignature: jour(-45) })).id },
    });
    await db.convention.createMany({
      data: Array.from({ length: 104 }, (_, i) => ({
        ...modele,
        id: randomUUID(),
        reference: `${modele.reference}-${String(i).padStart(3, "0")}`,
      })),
    });

    const filtres = { delegant: null, service: service.id, type: null };
    const p1 = await listEcheances(finance, filtres, aujourdhui);
    expect([p1.total, p1.pagination, p1.lignes.length]).toEqual([107, { page: 1, pages: 2 }, 100]);
    const p2 = await listEcheances(finance, { ...filtres, page: 2 }, aujourdhui);
    expect(p2.lignes).toHaveLength(7);
    const toutes = await listEcheances(finance, filtres, aujourdhui, { tout: true });
    expect(toutes.lignes).toEqual([...p1.lignes, ...p2.lignes]);
    // sorted by date, then reference
    expect(toutes.lignes.map((l) => `${l.date} ${l.reference}`)).toEqual(toutes.lignes.map((l) => `${l.date} ${l.reference}`).sort());
    const de = (id: string) => toutes.lignes.filter((l) => l.conventionId === id).map((l) => l.type);
    expect(de(terminee.id)).toEqual(["TERMINEE_AVEC_CREDITS"]);
    expect(de(envoyee.id)).toEqual(["ACCUSE_ATTENDU"]);
    expect(de(prolongee.id)).toEqual([]);
    expect(toutes.lignes.filter((l) => l.type === "PUBLICATION_EN_RETARD")).toHaveLength(105);
    expect(toutes.lignes.find((l) => l.conventionId === envoyee.id)).toMatchObject({
      reference: envoyee.reference,
      intitule: envoyee.intitule,
      delegants: "DNE",
      service: service.sigle,
      jours: -5,
    });
    // the filters' choices: the délégants and services of the signed conventions seen
    expect(toutes.choix.services.map((o) => o.value)).toContain(service.id);
    // a page past the last shows the last
    expect((await listEcheances(finance, { ...filtres, page: 9 }, aujourdhui)).pagination.page).toBe(2);
  });
});
