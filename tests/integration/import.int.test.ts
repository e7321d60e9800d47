// Saving what an import read (issue 20): a signed historical record keeps the original as its
// signed copy, with the signature dates read, holds what the source holds, and receives avenants;
// a draft is a draft; the same file twice gives the same record; what cannot be saved writes nothing.
import { readFileSync } from "node:fs";
import { Logger, runOnce } from "graphile-worker";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, unique } from "../helpers/factories";
import { prolongation, saisieAvenant } from "../helpers/avenant";
import { analyserFichier } from "@/lib/server/import/analyse-fichier";
import { saveImport, saveImportDepuisTravail, verifierRevueImport } from "@/lib/server/import/save-import";
import { listImports } from "@/lib/server/import/list-imports";
import { candidatesAvenant } from "@/lib/server/import/save-avenant-importe";
import { getConsolidation } from "@/lib/server/avenants/get-consolidation";
import { getPageImport } from "@/lib/server/import/get-page-import";
import { requestAnalyse } from "@/lib/server/import/request-analyse";
import { getImport } from "@/lib/server/import/get-import";
import { analyseImportJob } from "@/lib/server/import/analyse.job";
import { taskList } from "@/lib/server/jobs/job";
import { getConvention } from "@/lib/server/conventions/get-convention";
import { createAvenant } from "@/lib/server/avenants/create-avenant";
import { getFichier } from "@/lib/server/fichiers/fichiers";
import { conventionToInput } from "@/lib/schemas/convention-form";
import { CONTEXTE_DEMO } from "@/prisma/seed/contexte-import";

const db = testDb();
const FIXTURES = path.join(__dirname, "../fixtures/import");
// A line the reader skips (a NOR in the header) makes each run's file new: the suite passes twice.
const fichier = (nom: string) =>
  new TextEncoder().encode(`NOR : ${unique("TEST").toUpperCase()}\n${readFileSync(path.join(FIXTURES, nom), "utf8")}`);
const lire = (octets: Uint8Array) => analyserFichier(octets, CONTEXTE_DEMO);

describe("saving an imported document", () => {
  it("keeps a signed convention as a signed record: original file, signature dates, every field, and it takes an avenant", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const octets = fichier("seed-004-classe-a-12-2021.txt");
    const analyse = await lire(octets);
    const r = await saveImport(admin, analyse, octets, "convention-2021.txt", "SIGNE");
    expect(r).toMatchObject({ deja: false, mode: "SIGNE", reference: expect.stringMatching(/^2021-SG-DINUM-[0-9A-F]{6}$/) });

    const enregistree = await getConvention(admin, r.conventionId);
    expect(enregistree.statut).toBe("SIGNEE");
    expect(enregistree.signatures.map((s) => [s.signee, s.dateSignature?.toISOString().slice(0, 10)])).toEqual([
      [true, "2021-01-26"],
      [true, "2021-01-26"],
    ]);
    const original = await db.fichier.findFirstOrThrow({ where: { conventionId: r.conventionId, nature: "ORIGINAL_SIGNE" } });
    expect(original.sha256).toBe(analyse.fichier.sha256);
    expect(Buffer.from(await getFichier(original.sha256))).toEqual(Buffer.from(octets));

    // what the demo's own copy of this convention holds, the imported record holds too
    const demo = await db.convention.findUniqueOrThrow({ where: { reference: "2021-SG-DINUM-01" } });
    const attendu = conventionToInput(await getConvention(admin, demo.id));
    const lu = conventionToInput(enregistree);
    const sans = (x: typeof lu) => ({ ...x, reference: "", intitule: "", objet: "", version: 0, signatures: [], serviceId: "" });
    expect(sans(lu)).toEqual(sans(attendu));
    expect(await db.annexe.count({ where: { conventionId: r.conventionId } })).toBe(1);

    const historique = await db.auditEvent.findFirstOrThrow({ where: { conventionId: r.conventionId, type: "CONVENTION_IMPORTEE" } });
    expect(historique.apres).toMatchObject({ sha256: analyse.fichier.sha256, mode: "SIGNE" });

    const redacteur = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const { numero } = await createAvenant(redacteur, r.conventionId, await saisieAvenant(redacteur, r.conventionId, prolongation));
    expect(numero).toBe(1);
  });

  it("keeps the start a document states as a date (« prend effet le … »), as the form would", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const octets = new TextEncoder().encode(
      new TextDecoder()
        .decode(fichier("seed-003-webinaire-2024.txt"))
        .replace("La convention est conclue à compter de sa notification et", "La convention prend effet le 1er mars 2024 et court"),
    );
    const analyse = await lire(octets);
    expect([analyse.document.pointDepart, analyse.document.dateEffet]).toEqual(["DATE_EFFET", "2024-03-01"]);
    const r = await saveImport(admin, analyse, octets, "convention-effet.txt", "BROUILLON");
    const enregistree = await getConvention(admin, r.conventionId);
    expect([enregistree.pointDepart, enregistree.dateEffet?.toISOString().slice(0, 10)]).toEqual(["DATE_EFFET", "2024-03-01"]);
  });

  it("saves the same file once: a second save returns the first record", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const octets = fichier("seed-003-webinaire-2024.txt");
    const analyse = await lire(octets);
    const premier = await saveImport(admin, analyse, octets, "webinaire.txt", "BROUILLON");
    const second = await saveImport(admin, analyse, octets, "webinaire.txt", "BROUILLON");
    expect(second).toEqual({ ...premier, deja: true });
    const brouillon = await getConvention(admin, premier.conventionId);
    expect(brouillon.statut).toBe("BROUILLON");
    expect(brouillon.articles).toHaveLength(10);
    expect(brouillon.lignesEcheancier.map((l) => [l.annee, l.ae, l.cp])).toEqual([
      [2024, 12000000n, 1000000n],
      [2025, 0n, 11000000n],
    ]);
  });

  it("writes nothing when an organisation is unknown, the document is no convention, or it has no signature date", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const avant = await db.convention.count();
    const cgdd = fichier("genre-cgdd-2023.txt");
    await expect(saveImport(admin, await lire(cgdd), cgdd, "cgdd.txt", "BROUILLON")).rejects.toMatchObject({
      code: "ORGANISATION_INCONNUE",
      message: expect.stringContaining("« Le Commissariat général au développement durable (CGDD) » ne correspond à aucune organisation"),
    });
    const cr = new TextEncoder().encode(`Compte rendu ${unique()}\n\nLes participants ont échangé.`);
    await expect(saveImport(admin, await lire(cr), cr, "cr.txt", "BROUILLON")).rejects.toMatchObject({ code: "PAS_UNE_CONVENTION" });
    const sansDate = fichier("seed-003-webinaire-2024.txt");
    await expect(saveImport(admin, await lire(sansDate), sansDate, "w.txt", "SIGNE")).rejects.toMatchObject({
      code: "DATE_DE_SIGNATURE_ABSENTE",
    });
    expect(await db.convention.count()).toBe(avant);
  });

  it("is for drafters and administrators", async () => {
    const lecteur = await createAgent(db, { roles: ["LECTEUR" as const] });
    const octets = fichier("seed-003-webinaire-2024.txt");
    await expect(saveImport(lecteur, await lire(octets), octets, "w.txt", "BROUILLON")).rejects.toMatchObject({ code: "ACCES_REFUSE" });
  });
});

describe("« Importer un document » in the app", () => {
  // the worker's run, here: the queued reading of this test's import
  const lireEnFile = () =>
    runOnce({ connectionString: process.env.DATABASE_URL!, taskList: taskList([analyseImportJob]), logger: new Logger(() => () => {}) });

  it("keeps the upload, reads it as a job with a progress record, shows it to its author only, saves it once", async () => {
    const redacteur = await createAgent(db, {
      roles: ["REDACTEUR" as const],
      organisationId: (await db.organisation.findFirstOrThrow({ where: { sigle: "DNE" } })).id,
    });
    const octets = fichier("seed-003-webinaire-2024.txt");
    const { travailId } = await requestAnalyse(redacteur, { nom: "webinaire.txt", octets });
    expect((await getImport(redacteur, travailId)).travail).toMatchObject({
      etat: "EN_ATTENTE",
      etape: "Document reçu : lecture en attente…",
    });
    await lireEnFile();
    const lue = await getImport(redacteur, travailId);
    expect(lue.travail.etat).toBe("FAIT");
    expect(lue.analyse?.document.parties.map((p) => p.representantNom)).toEqual(["Audran Le Baron", "Stéphanie Schaer"]);

    const autre = await createAgent(db, { roles: ["REDACTEUR" as const] });
    await expect(getImport(autre, travailId)).rejects.toMatchObject({ code: "INTROUVABLE" });

    // what was read with less confidence is accepted as it is, then saved
    const revue = { corrections: {}, acceptes: Object.keys(lue.analyse!.confiance).filter((k) => lue.analyse!.confiance[k]! < 0.8) };
    const r = await saveImportDepuisTravail(redacteur, travailId, "BROUILLON", revue);
    expect((await getImport(redacteur, travailId)).conventionId).toBe(r.conventionId);
    expect(await saveImportDepuisTravail(redacteur, travailId, "BROUILLON", revue)).toEqual({ ...r, deja: true });
  });

  it("ends the work with the reader's French message when the file cannot be read", async () => {
    const redacteur = await createAgent(db, { roles: ["REDACTEUR" as const] });
    const { travailId } = await requestAnalyse(redacteur, {
      nom: "casse.pdf",
      octets: new TextEncoder().encode(`%PDF-1.7\n${unique()} garbage`),
    });
    await lireEnFile();
    expect((await getImport(redacteur, travailId)).travail).toMatchObject({ etat: "ECHEC", erreur: expect.stringMatching(/endommagé/) });
    await expect(saveImportDepuisTravail(redacteur, travailId, "BROUILLON")).rejects.toMatchObject({ code: "IMPORT_ECHOUE" });
  });

  it("saves the user's review: flagged fields checked first, corrections read and applied, findings computed again, the audit says read → corrected", async () => {
    const redacteur = await createAgent(db, {
      roles: ["REDACTEUR" as const],
      organisationId: (await db.organisation.findFirstOrThrow({ where: { sigle: "DNE" } })).id,
    });
    const { travailId } = await requestAnalyse(redacteur, { nom: "armees.txt", octets: fichier("genre-sans-roles-2019.txt") });
    await lireEnFile();
    const lue = await getImport(redacteur, travailId);
    expect(lue.analyse?.document.parties[0]?.organisation).toBeNull();

    // flagged fields not yet checked: nothing saved
    await expect(saveImportDepuisTravail(redacteur, travailId, "SIGNE")).rejects.toMatchObject({ code: "CHAMPS_A_VERIFIER" });
    const acceptes = ["parties.0.role", "parties.1.role", "pointDepart", "regleDuree"];
    // a correction that cannot be read: refused at its field
    await expect(
      saveImportDepuisTravail(redacteur, travailId, "SIGNE", {
        corrections: { "parties.0.organisation": "SG", dateFin: "demain" },
        acceptes,
      }),
    ).rejects.toMatchObject({ code: "SAISIE_INVALIDE", champs: { dateFin: "Date invalide : écrivez-la jj/mm/aaaa." } });

    // the organisation chosen in the review: its finding goes, the guessed roles' too once accepted
    const corrections = { "parties.0.organisation": "SG", titre: "Convention de délégation de gestion du SIRH des Armées" };
    const v = await verifierRevueImport(redacteur, travailId, { corrections, acceptes });
    expect(v.restants).toEqual([]);
    expect(v.constats.map((c) => c.code)).not.toContain("ORGANISATION_INCONNUE");
    expect(v.constats.map((c) => c.code)).not.toContain("ROLE_DEDUIT");
    expect(v.constats.map((c) => c.code)).toContain("TEXTE_INCONNU");

    const r = await saveImportDepuisTravail(redacteur, travailId, "SIGNE", { corrections, acceptes });
    const c = await getConvention(redacteur, r.conventionId);
    expect(c.titre).toBe("Convention de délégation de gestion du SIRH des Armées");
    expect(c.parties[0]?.organisation.sigle).toBe("SG");
    expect(c.statut).toBe("SIGNEE");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { conventionId: r.conventionId, type: "CONVENTION_IMPORTEE" } });
    expect(audit.apres).toMatchObject({
      corrections: {
        titre: { lu: lue.analyse!.document.titre, corrige: corrections.titre },
        "parties.0.organisation": { lu: "", corrige: "SG" },
      },
      acceptes,
    });
    expect(await listImports(redacteur)).toEqual([
      expect.objectContaining({ id: travailId, nom: "armees.txt", etat: "FAIT", nature: "CONVENTION", conventionId: r.conventionId }),
    ]);
  });

  it("shows a PDF's pages as images to who may open the import, and no page of a text", async () => {
    const redacteur = await createAgent(db, { roles: ["REDACTEUR" as const] });
    const pdf = new Uint8Array(readFileSync(path.join(FIXTURES, "pdf", "seed-003-webinaire-2024.pdf")));
    const { travailId } = await requestAnalyse(redacteur, { nom: "webinaire.pdf", octets: pdf });
    const texte = await requestAnalyse(redacteur, { nom: "t.txt", octets: fichier("seed-003-webinaire-2024.txt") });
    await lireEnFile();
    const vue = await getImport(redacteur, travailId);
    expect(vue.analyse?.fichier.dimensions?.[0]).toEqual({ largeur: expect.any(Number), hauteur: expect.any(Number) });
    const image = await getPageImport(redacteur, travailId, 2);
    expect(image.type).toBe("image/png");
    expect([...image.octets.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    for (const page of [0, vue.analyse!.fichier.pages + 1, 1.5])
      await expect(getPageImport(redacteur, travailId, page)).rejects.toMatchObject({ code: "INTROUVABLE" });
    await expect(getPageImport(await createAgent(db, { roles: ["REDACTEUR" as const] }), travailId, 1)).rejects.toMatchObject({
      code: "INTROUVABLE",
    });
    await expect(getPageImport(redacteur, texte.travailId, 1)).rejects.toMatchObject({ code: "INTROUVABLE" });
    // a text's review shows its lines, which the sources point into
    const lignes = (await getImport(redacteur, texte.travailId)).analyse!.fichier.lignes!;
    const source = (await getImport(redacteur, texte.travailId)).analyse!.sources["parties.0.representantNom"]!;
    expect(lignes[source.lignes[0]]).toContain("Audran Le Baron");
  });

  it("attaches an imported avenant to the convention it names, checks it against it, and saves it as its next avenant", async () => {
    const redacteur = await createAgent(db, {
      roles: ["REDACTEUR" as const],
      organisationId: (await db.organisation.findFirstOrThrow({ where: { sigle: "DNE" } })).id,
    });
    const source = fichier("seed-004-classe-a-12-2021.txt");
    const convention = await saveImport(redacteur, await lire(source), source, "c.txt", "SIGNE");
    const texte = (numero: number) =>
      new TextEncoder().encode(`AVENANT N°${numero}
à la convention de délégation de gestion n° ${convention.reference} du 26 janvier 2021 relative au service « Classe à 12 »

Entre le ministère de l'Éducation nationale, de la Jeunesse et des Sports (MENJS), représenté par Mme Marie-Anne LÉVÊQUE, secrétaire générale, ci-après dénommé « le délégant », d'une part, et la Direction interministérielle du numérique (DINUM), représentée par M. Nadi BOU HANNA, directeur interministériel du numérique, ci-après dénommée « le délégataire », d'autre part,

Il est convenu ce qui suit :

ARTICLE 1 - OBJET DE L'AVENANT
Le présent avenant a pour objet de prolonger la durée de la convention et d'en augmenter le montant.

ARTICLE 2 - MONTANT
Le montant maximal de la délégation est porté à quatre-vingt mille euros (80 000 €) en autorisations d'engagement et en crédits de paiement.

ARTICLE 3 - DURÉE
L'article 12 « Durée » de la convention est ainsi rédigé :
« La convention prend fin le 31 décembre 2022. »

Fait en deux exemplaires originaux à Paris, le ${10 + numero} mars 2021 ${unique("ref")}

Pour le délégant,
Marie-Anne LÉVÊQUE

Pour le délégataire,
Nadi BOU HANNA
`);
    const { travailId } = await requestAnalyse(redacteur, { nom: "avenant-1.txt", octets: texte(1) });
    await lireEnFile();
    const vue = await getImport(redacteur, travailId);
    const d = vue.analyse!.document;
    expect(d.nature).toBe("AVENANT");

    // found by the reference its title gives, among the conventions the agent sees
    const { candidates, certaine } = await candidatesAvenant(redacteur, d);
    expect(certaine).toBe(convention.conventionId);
    expect(candidates[0]).toMatchObject({
      id: convention.conventionId,
      raisons: expect.arrayContaining([`référence ${convention.reference}`]),
    });

    const revue = { corrections: {}, acceptes: Object.keys(vue.analyse!.confiance).filter((k) => vue.analyse!.confiance[k]! < 0.8) };
    await expect(saveImportDepuisTravail(redacteur, travailId, "SIGNE", revue)).rejects.toMatchObject({ code: "CONVENTION_A_CHOISIR" });
    // checked against the convention: its article 12 does not exist
    const sans = await verifierRevueImport(redacteur, travailId, revue);
    const avec = await verifierRevueImport(redacteur, travailId, revue, convention.conventionId);
    expect(sans.constats.map((c) => c.code).filter((c) => c.startsWith("RENVOI_ARTICLE"))).toEqual([]);
    expect(avec.constats.map((c) => c.code)).toContain("RENVOI_ARTICLE_INCONNU");

    const r = await saveImportDepuisTravail(redacteur, travailId, "SIGNE", revue, convention.conventionId);
    expect(r).toMatchObject({
      conventionId: convention.conventionId,
      reference: convention.reference,
      avenant: { numero: 1 },
      deja: false,
    });
    const consolidation = await getConsolidation(redacteur, convention.conventionId);
    expect(consolidation.avenants.map((a) => [a.numero, a.statut])).toEqual([[1, "SIGNEE"]]);
    expect(consolidation.etat).toMatchObject({ dateFin: "2022-12-31", plafondAe: 8_000_000n, plafondCp: 8_000_000n });
    const original = await db.fichier.findFirstOrThrow({ where: { avenantId: r.avenant!.id } });
    expect(original).toMatchObject({ nature: "ORIGINAL_SIGNE", sha256: vue.sha256 });
    expect(await saveImportDepuisTravail(redacteur, travailId, "SIGNE", revue, convention.conventionId)).toMatchObject({
      deja: true,
      avenant: { numero: 1 },
    });

    // an avenant n° 3 while the app holds only n° 1: refused, nothing written
    const trois = await requestAnalyse(redacteur, { nom: "avenant-3.txt", octets: texte(3) });
    await lireEnFile();
    const vue3 = (await getImport(redacteur, trois.travailId)).analyse!;
    const revue3 = { corrections: {}, acceptes: Object.keys(vue3.confiance).filter((k) => vue3.confiance[k]! < 0.8) };
    await expect(saveImportDepuisTravail(redacteur, trois.travailId, "SIGNE", revue3, convention.conventionId)).rejects.toMatchObject({
      code: "NUMERO_AVENANT",
      message: expect.stringContaining("importez d'abord l'avenant n° 2"),
    });
    expect(await db.avenant.count({ where: { conventionId: convention.conventionId } })).toBe(1);
  });
});
