// Publication of a signed document against a real PostgreSQL, the real job worker (graphile-worker,
// in this process) and a stand-in of data.gouv.fr's udata API (an HTTP server on 127.0.0.1 started
// here): channels proposed from the publication article, each recorded with the references it needs
// (refused in French at the field otherwise), the upload's multipart body, file name, key and
// metadata call, a 500 retried then a success, a 401 said and not retried, the document « publiée »
// once every required channel is, the open-data index following, and the public verification.
import http from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Logger, runOnce } from "graphile-worker";
import { testDb } from "../helpers/db";
import { createAgent, createConvention, unique } from "../helpers/factories";
import { taskList } from "@/lib/server/jobs/job";
import { televersementJob } from "@/lib/server/publication/televersement.job";
import { indexDonneesOuvertesJob, NOM_INDEX } from "@/lib/server/publication/index-donnees-ouvertes.job";
import { getSuiviPublication } from "@/lib/server/publication/get-suivi-publication";
import { recordPublication } from "@/lib/server/publication/record-publication";
import { requestUpload } from "@/lib/server/publication/request-upload";
import { verifyPublication } from "@/lib/server/publication/verify-publication";
import { listDonneesOuvertes } from "@/lib/server/publication/list-donnees-ouvertes";
import { canalPublicationSchema } from "@/lib/schemas/publication";
import { getFichier } from "@/lib/server/fichiers/fichiers";
import { journalDuDocument } from "@/lib/server/historique/journal";
import type { Agent } from "@/lib/views/agent";

const db = testDb();
const silence = new Logger(() => () => {});
const travailler = () =>
  runOnce({
    connectionString: process.env.DATABASE_URL!,
    taskList: taskList([televersementJob, indexDonneesOuvertesJob]),
    logger: silence,
  });
/** The retry of a failed job is due now (graphile-worker waits exp(attempts) seconds). */
const echeance = () => db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE attempts > 0`;

type Requete = { methode: string; chemin: string; cle: string | undefined; type: string | undefined; corps: Buffer };
const requetes: Requete[] = [];
/** What the stand-in answers next, before its normal answers (a status and a body). */
const pannes: { statut: number; corps: unknown }[] = [];
const ressources: { id: string; url: string; title: string }[] = [];
let serveur: http.Server;
let base = "";

beforeAll(async () => {
  serveur = http.createServer((req, res) => {
    const morceaux: Buffer[] = [];
    req.on("data", (m: Buffer) => morceaux.push(m));
    req.on("end", () => {
      const r: Requete = {
        methode: req.method!,
        chemin: req.url!,
        cle: req.headers["x-api-key"] as string | undefined,
        type: req.headers["content-type"],
        corps: Buffer.concat(morceaux),
      };
      requetes.push(r);
      const repondre = (statut: number, corps: unknown) => {
        res.writeHead(statut, { "Content-Type": "application/json" });
        res.end(JSON.stringify(corps));
      };
      const panne = pannes.shift();
      if (panne) return repondre(panne.statut, panne.corps);
      if (r.cle !== "cle-de-test") return repondre(401, { message: "Invalid API Key" });
      if (r.methode === "GET" && /^\/api\/1\/datasets\/jeu-test\/$/.test(r.chemin))
        return repondre(200, { id: "jeu-test", resources: ressources });
      const upload = /^\/api\/1\/datasets\/jeu-test\/(?:resources\/([\w-]+)\/)?upload\/$/.exec(r.chemin);
      if (r.methode === "POST" && upload) {
        const nom = /filename="([^"]+)"/.exec(r.corps.toString("latin1"))?.[1] ?? "";
        const id = upload[1] ?? `r-${ressources.length + 1}`;
        const ressource = { id, url: `https://static.data.gouv.fr/resources/jeu-test/${nom}`, title: nom };
        if (!upload[1]) ressources.push(ressource);
        return repondre(upload[1] ? 200 : 201, ressource);
      }
      const meta = /^\/api\/1\/datasets\/jeu-test\/resources\/([\w-]+)\/$/.exec(r.chemin);
      if (r.methode === "PUT" && meta) {
        const ressource = ressources.find((x) => x.id === meta[1]) ?? { id: meta[1]!, url: "", title: "" };
        Object.assign(ressource, { title: JSON.parse(r.corps.toString("utf8")).title });
        return repondre(200, ressource);
      }
      repondre(404, { message: "Not found" });
    });
  });
  await new Promise<void>((resolve) => serveur.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(serveur.address() as { port: number }).port}/api/1`;
});
afterAll(() => new Promise<void>((resolve) => serveur.close(() => resolve())));
beforeEach(() => {
  process.env.DATAGOUV_API_URL = base;
  process.env.DATAGOUV_API_KEY = "cle-de-test";
  process.env.DATAGOUV_DATASET = "jeu-test";
  requetes.length = 0;
  pannes.length = 0;
});
afterAll(() => {
  delete process.env.DATAGOUV_API_URL;
  delete process.env.DATAGOUV_API_KEY;
  delete process.env.DATAGOUV_DATASET;
});

async function agentOf(role: Agent["roles"][number], sigle = "DINUM"): Promise<Agent> {
  const org = (await db.organisation.findFirstOrThrow({ where: { sigle } })).id;
  const u = await createAgent(db, { roles: [role], organisationId: org });
  return { id: u.id, email: u.email, nom: `${role} de test`, roles: u.roles, organisationId: u.organisationId, perimetre: [] };
}

const saisie = (conventionId: string, canal: string, champs: Record<string, unknown> = {}) =>
  canalPublicationSchema.parse({
    conventionId,
    canal,
    libelle: "",
    requis: true,
    publiee: true,
    nor: "",
    numeroBulletin: "",
    datePublication: "",
    url: "",
    version: null,
    ...champs,
  });

describe("publication tracker", () => {
  it("proposes the three channels of the signed seed's article 10, refuses bad references at the field, and publishes once every required channel is", async () => {
    const convention = await createConvention(db, { statut: "SIGNEE", dateSignature: "2024-09-01", dateFin: "2030-12-31" });
    const redacteur = await agentOf("REDACTEUR", "DNE");
    const suivi = (await getSuiviPublication(redacteur, { conventionId: convention.id }))!;
    expect(suivi.canaux.map((c) => c.canal)).toEqual(["BULLETIN_OFFICIEL", "GOUVERNEMENT_FR", "DATA_GOUV_FR"]);
    expect(suivi.article).toMatch(/^Article 10/);
    expect(suivi.publiee).toBe(false);
    expect(await db.publication.count({ where: { documentId: convention.id } })).toBe(0); // reading writes nothing

    // Bad input: a NOR not in the official form, a date before the last signature, a URL missing.
    await expect(
      recordPublication(redacteur, saisie(convention.id, "BULLETIN_OFFICIEL", { nor: "MEN-24-123", datePublication: "2024-08-01" })),
    ).rejects.toMatchObject({
      code: "PUBLICATION_INCOMPLETE",
      champs: {
        nor: expect.stringMatching(/forme officielle/),
        datePublication: expect.stringMatching(/ne peut précéder la dernière signature/),
      },
    });
    await expect(
      recordPublication(redacteur, saisie(convention.id, "GOUVERNEMENT_FR", { datePublication: "2024-10-01" })),
    ).rejects.toMatchObject({
      champs: { url: "Indiquez l'adresse de la publication." },
    });
    expect(await db.publication.count({ where: { documentId: convention.id } })).toBe(0); // nothing half-written

    // The BO, typed loosely, is written the official way; the document is not yet published.
    const bo = await recordPublication(
      redacteur,
      saisie(convention.id, "BULLETIN_OFFICIEL", { nor: "mene 2412345 a", numeroBulletin: "38", datePublication: "2024-10-10" }),
    );
    expect(bo.publiee).toBe(false);
    const lignes = await db.publication.findMany({ where: { documentId: convention.id } });
    expect(lignes.map((l) => l.canal).sort()).toEqual(["BULLETIN_OFFICIEL", "DATA_GOUV_FR", "GOUVERNEMENT_FR"]);
    expect(lignes.find((l) => l.canal === "BULLETIN_OFFICIEL")).toMatchObject({ nor: "MENE2412345A", numero: "38", etat: "PUBLIEE" });

    // A stale page: refused.
    await expect(
      recordPublication(
        redacteur,
        saisie(convention.id, "GOUVERNEMENT_FR", { url: "https://www.gouvernement.fr/x", datePublication: "2024-10-12" }),
      ),
    ).rejects.toMatchObject({ code: "CONFLIT_VERSION" });
    const gouv = lignes.find((l) => l.canal === "GOUVERNEMENT_FR")!;
    await recordPublication(
      redacteur,
      saisie(convention.id, "GOUVERNEMENT_FR", {
        url: "https://www.gouvernement.fr/x",
        datePublication: "2024-10-12",
        version: gouv.version,
      }),
    );
    // data.gouv.fr not required (recorded elsewhere): the document is published, on the last required date.
    const dg = lignes.find((l) => l.canal === "DATA_GOUV_FR")!;
    const fin = await recordPublication(
      redacteur,
      saisie(convention.id, "DATA_GOUV_FR", { requis: false, publiee: false, version: dg.version }),
    );
    expect(fin.publiee).toBe(true);
    const apres = await db.convention.findUniqueOrThrow({ where: { id: convention.id } });
    expect(apres.statut).toBe("PUBLIEE");
    expect(apres.datePublication?.toISOString().slice(0, 10)).toBe("2024-10-12");
    const etape = await db.auditEvent.findFirstOrThrow({ where: { entiteId: convention.id, type: "CONVENTION_PUBLIER" } });
    expect(etape).toMatchObject({ userId: redacteur.id, apres: { statut: "PUBLIEE", datePublication: "2024-10-12" } });
    // Published: a channel no longer goes back to « à faire ».
    const boLigne = (await db.publication.findFirstOrThrow({ where: { documentId: convention.id, canal: "BULLETIN_OFFICIEL" } }))!;
    await expect(
      recordPublication(redacteur, saisie(convention.id, "BULLETIN_OFFICIEL", { publiee: false, version: boLigne.version })),
    ).rejects.toMatchObject({ code: "DEJA_PUBLIEE" });
  });

  it("refuses a document not signed by every party, and agents who may not publish", async () => {
    const convention = await createConvention(db, { statut: "PRETE_A_SIGNER" });
    const redacteur = await agentOf("REDACTEUR", "DNE");
    expect(await getSuiviPublication(redacteur, { conventionId: convention.id })).toBeNull();
    await expect(
      recordPublication(
        redacteur,
        saisie(convention.id, "GOUVERNEMENT_FR", { url: "https://www.gouvernement.fr/x", datePublication: "2024-10-12" }),
      ),
    ).rejects.toMatchObject({ code: "PAS_SIGNEE" });
    const signee = await createConvention(db, { statut: "SIGNEE", dateSignature: "2024-09-01", dateFin: "2030-12-31" });
    const signataire = await agentOf("SIGNATAIRE", "DNE");
    await expect(
      recordPublication(
        signataire,
        saisie(signee.id, "GOUVERNEMENT_FR", { url: "https://www.gouvernement.fr/x", datePublication: "2024-10-12" }),
      ),
    ).rejects.toMatchObject({ code: "ACCES_REFUSE" });
  });
});

describe("data.gouv.fr upload by the app", () => {
  it("uploads the signed PDF under its deterministic name with the key, then its title and description; a 500 is retried; the document is published and the index follows", async () => {
    const reference = unique("DG").toUpperCase();
    const convention = await createConvention(db, { reference, statut: "SIGNEE", dateSignature: "2024-09-01", dateFin: "2030-12-31" });
    const redacteur = await agentOf("REDACTEUR", "DNE");
    // The BO and gouvernement.fr recorded by hand; data.gouv.fr by the app.
    await recordPublication(redacteur, saisie(convention.id, "BULLETIN_OFFICIEL", { nor: "MENE2412345A", datePublication: "2024-10-10" }));
    const gouv = await db.publication.findFirstOrThrow({ where: { documentId: convention.id, canal: "GOUVERNEMENT_FR" } });
    await recordPublication(
      redacteur,
      saisie(convention.id, "GOUVERNEMENT_FR", {
        url: "https://www.gouvernement.fr/x",
        datePublication: "2024-10-11",
        version: gouv.version,
      }),
    );
    await requestUpload(redacteur, { conventionId: convention.id });
    await expect(requestUpload(redacteur, { conventionId: convention.id })).rejects.toMatchObject({ code: "TELEVERSEMENT_EN_COURS" });

    pannes.push({ statut: 500, corps: { message: "Internal Server Error" } }); // the dataset lookup fails once
    await travailler();
    let ligne = await db.publication.findFirstOrThrow({ where: { documentId: convention.id, canal: "DATA_GOUV_FR" } });
    expect(ligne).toMatchObject({ etat: "EN_COURS", tentatives: 1 });
    expect(ligne.message).toMatch(/erreur 500.*Nouvel essai automatique \(essai 1 sur 5\)/);

    await echeance();
    await travailler();
    ligne = await db.publication.findFirstOrThrow({ where: { documentId: convention.id, canal: "DATA_GOUV_FR" } });
    const nom = `convention-delegation-gestion-${reference.toLowerCase()}-dne-dinum.pdf`;
    expect(ligne).toMatchObject({
      etat: "PUBLIEE",
      datasetId: "jeu-test",
      message: null,
      url: `https://static.data.gouv.fr/resources/jeu-test/${nom}`,
    });
    const envoi = requetes.find((r) => r.methode === "POST" && r.chemin === "/api/1/datasets/jeu-test/upload/")!;
    expect(envoi.cle).toBe("cle-de-test");
    expect(envoi.type).toMatch(/^multipart\/form-data; boundary=/);
    const corps = envoi.corps.toString("latin1");
    expect(corps).toContain(`Content-Disposition: form-data; name="file"; filename="${nom}"`);
    expect(corps).toContain("Content-Type: application/pdf");
    // The bytes uploaded are the file kept, whose SHA-256 the tracker records.
    const pdf = await getFichier(ligne.sha256!);
    expect(envoi.corps.includes(pdf)).toBe(true);
    const meta = requetes.find((r) => r.methode === "PUT" && r.chemin === `/api/1/datasets/jeu-test/resources/${ligne.resourceId}/`)!;
    const decrit = JSON.parse(meta.corps.toString("utf8"));
    expect(Object.keys(decrit).sort()).toEqual(["description", "title"]); // never its filetype
    expect(decrit.title).toContain(reference);
    expect(decrit.description).toMatch(
      /Délégant : Direction du numérique pour l'éducation \(DNE\)\. Délégataire : Direction interministérielle du numérique \(DINUM\)\./,
    );
    expect(decrit.description).toMatch(/Signée le 1er\s+septembre\s+2024/);

    const c = await db.convention.findUniqueOrThrow({ where: { id: convention.id } });
    expect(c.statut).toBe("PUBLIEE");
    expect(c.datePublication).not.toBeNull();

    // The index follows (the job queued by the upload), as a resource of the same dataset.
    await travailler();
    const index = requetes.find(
      (r) => r.methode === "POST" && /upload\/$/.test(r.chemin) && r.corps.toString("latin1").includes(NOM_INDEX),
    );
    expect(index).toBeDefined();
    expect(index!.corps.toString("utf8")).toContain(reference);
    expect((await listDonneesOuvertes()).find((l) => l.reference === reference)).toMatchObject({
      nature: "convention",
      datePublication: c.datePublication!.toISOString().slice(0, 10),
      urlFichier: ligne.url,
      sha256Fichier: ligne.sha256,
    });

    // The journal, a PDF apart from the signed one, holds every step with the published file's SHA-256.
    const journal = await journalDuDocument(redacteur, { conventionId: convention.id });
    const texte = [journal.preambule!.texte, ...journal.articles.map((x) => `${x.titre}\n${x.corps}`)].join("\n");
    expect(texte).toMatch(/Publication — Bulletin officiel : publiée/);
    expect(texte).toMatch(/— Publier\n/);
    expect(texte).toContain(`Publié (data.gouv.fr)`);
    expect(texte).toContain(ligne.sha256!.slice(0, 16));
    expect(journal.meta.fileName).toBe(`journal_${reference}.pdf`);

    // Anyone can check the published PDF; a copy with one byte changed is not it.
    const verifie = await verifyPublication({ nom: "publie.pdf", octets: pdf });
    expect(verifie).toMatchObject({ publie: true, document: expect.stringContaining(reference) });
    expect(verifie.publications.map((p) => p.canal)).toEqual(["Bulletin officiel", "gouvernement.fr", "data.gouv.fr"]);
    const altere = Buffer.from(pdf);
    altere[altere.length - 10] = altere[altere.length - 10]! ^ 1;
    expect(await verifyPublication({ nom: "altere.pdf", octets: altere })).toMatchObject({ publie: false, document: null });
  });

  it("a key expired or revoked (401) is said as such on the tracker and not retried; the requester is notified", async () => {
    const convention = await createConvention(db, { statut: "SIGNEE", dateSignature: "2024-09-01", dateFin: "2030-12-31" });
    const redacteur = await agentOf("REDACTEUR", "DNE");
    process.env.DATAGOUV_API_KEY = "cle-revoquee";
    await requestUpload(redacteur, { conventionId: convention.id });
    await travailler();
    const ligne = await db.publication.findFirstOrThrow({ where: { documentId: convention.id, canal: "DATA_GOUV_FR" } });
    expect(ligne.etat).toBe("EN_ERREUR");
    expect(ligne.message).toMatch(/^La clé d'API data.gouv.fr a expiré ou a été révoquée/);
    const [job] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE key = ${`datagouv:${ligne.id}`}`;
    expect(Number(job!.n)).toBe(0); // not retried
    expect(await db.notification.count({ where: { userId: redacteur.id, type: "PUBLICATION_EN_ERREUR" } })).toBe(1);
    expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).statut).toBe("SIGNEE");
    // The other channels are not blocked: they are recorded by hand as before.
    const bo = await db.publication.findFirstOrThrow({ where: { documentId: convention.id, canal: "BULLETIN_OFFICIEL" } });
    await recordPublication(
      redacteur,
      saisie(convention.id, "BULLETIN_OFFICIEL", { nor: "MENE2412346A", datePublication: "2024-10-10", version: bo.version }),
    );
  });

  it("an upload cut after the file reached the platform is not uploaded twice: the resource is found by its name", async () => {
    const reference = unique("DG").toUpperCase();
    const convention = await createConvention(db, { reference, statut: "SIGNEE", dateSignature: "2024-09-01", dateFin: "2030-12-31" });
    const redacteur = await agentOf("REDACTEUR", "DNE");
    const nom = `convention-delegation-gestion-${reference.toLowerCase()}-dne-dinum.pdf`;
    ressources.push({ id: `deja-${reference.toLowerCase()}`, url: `https://static.data.gouv.fr/resources/jeu-test/${nom}`, title: nom });
    await requestUpload(redacteur, { conventionId: convention.id });
    await travailler();
    expect(requetes.filter((r) => r.methode === "POST" && r.corps.toString("latin1").includes(nom))).toHaveLength(0);
    expect(await db.publication.findFirstOrThrow({ where: { documentId: convention.id, canal: "DATA_GOUV_FR" } })).toMatchObject({
      etat: "PUBLIEE",
      resourceId: `deja-${reference.toLowerCase()}`,
    });
  });
});
