// Copies of a signed document to its controllers, against a real PostgreSQL, the real job worker and
// a real SMTP server on 127.0.0.1: the recipients its article names, a copy sent by e-mail with the
// signed PDF attached, one recorded by hand, acknowledgements checked, a reminder after 15 days once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { Logger, runOnce } from "graphile-worker";
import { testDb } from "../helpers/db";
import { createAgent, createConvention, unique } from "../helpers/factories";
import { taskList } from "@/lib/server/jobs/job";
import { courrielTransmissionJob } from "@/lib/server/transmissions/courriel-transmission.job";
import { getTransmissions } from "@/lib/server/transmissions/get-transmissions";
import { recordTransmission } from "@/lib/server/transmissions/record-transmission";
import { transmissionSchema } from "@/lib/schemas/transmission";
import { appliquerVieATous } from "@/lib/server/vie/vie.job";
import { ajouterJours } from "@/lib/domain/echeances";
import { jourDeParis } from "@/lib/domain/dates";
import type { Agent } from "@/lib/views/agent";

const db = testDb();
const recus: ParsedMail[] = [];
let smtp: SMTPServer;
const silence = new Logger(() => () => {});
const travailler = () =>
  runOnce({ connectionString: process.env.DATABASE_URL!, taskList: taskList([courrielTransmissionJob]), logger: silence });
const aujourdhui = jourDeParis(new Date());

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    // A stopped server ends its open connections at once (not after smtp-server's 30 s).
    closeTimeout: 200,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => (recus.push(mail), callback()), callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function redacteur(): Promise<Agent> {
  const org = (await db.organisation.findFirstOrThrow({ where: { sigle: "DNE" } })).id;
  const u = await createAgent(db, { roles: ["REDACTEUR"], organisationId: org });
  return { id: u.id, email: u.email, nom: "Rédacteur de test", roles: u.roles, organisationId: u.organisationId, perimetre: [] };
}
const saisie = (conventionId: string, destinataire: string, champs: Record<string, unknown>) =>
  transmissionSchema.parse({
    conventionId,
    destinataire,
    quoi: "envoyer",
    adresse: "",
    dateEnvoi: "",
    dateAccuse: "",
    referenceAccuse: "",
    version: null,
    ...champs,
  });

describe("transmission to the controllers", () => {
  it("proposes the two CBCMs of seed 003's article 10; sends one a copy by e-mail with the signed PDF, records the other by hand; acknowledgements are checked", async () => {
    const reference = unique("TR").toUpperCase();
    const c = await createConvention(db, {
      reference,
      statut: "SIGNEE",
      dateSignature: ajouterJours(aujourdhui, -30),
      dateFin: "2030-12-31",
    });
    const agent = await redacteur();
    const vue = (await getTransmissions(agent, { conventionId: c.id }))!;
    const [pm, menj] = vue.lignes.map((l) => l.destinataire);
    expect([pm, menj]).toEqual(["CBCM — Services du Premier ministre", "CBCM — Ministère l'Education Nationale et de la Jeunesse"]);

    // By e-mail: the address is required, then the job sends it with the PDF.
    await expect(recordTransmission(agent, saisie(c.id, pm!, { quoi: "courriel" }))).rejects.toMatchObject({
      champs: { adresse: expect.any(String) },
    });
    await recordTransmission(agent, saisie(c.id, pm!, { quoi: "courriel", adresse: "cbcm.pm@example.gouv.fr" }));
    await travailler();
    const mail = recus.find((m) => m.subject?.includes(reference))!;
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe("cbcm.pm@example.gouv.fr");
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.filename).toBe(`convention-delegation-gestion-${reference.toLowerCase()}-dne-dinum.pdf`);
    expect(mail.attachments[0]!.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const envoyee = await db.transmission.findFirstOrThrow({ where: { documentId: c.id, destinataire: pm } });
    expect(envoyee).toMatchObject({ etat: "ENVOYEE", methode: "COURRIEL" });

    // By hand: not before the last signature, not to come.
    await expect(recordTransmission(agent, saisie(c.id, menj!, { dateEnvoi: ajouterJours(aujourdhui, -40) }))).rejects.toMatchObject({
      champs: { dateEnvoi: expect.stringMatching(/avant la dernière signature/) },
    });
    await expect(recordTransmission(agent, saisie(c.id, menj!, { dateEnvoi: ajouterJours(aujourdhui, 1) }))).rejects.toMatchObject({
      champs: { dateEnvoi: expect.stringMatching(/à venir/) },
    });
    await recordTransmission(agent, saisie(c.id, menj!, { dateEnvoi: ajouterJours(aujourdhui, -20) }));

    // An acknowledgement before the sending is refused; then recorded with its reference.
    await expect(
      recordTransmission(agent, saisie(c.id, menj!, { quoi: "accuser", dateAccuse: ajouterJours(aujourdhui, -25) })),
    ).rejects.toMatchObject({ champs: { dateAccuse: expect.stringMatching(/ne peut précéder l'envoi/) } });
    await recordTransmission(agent, saisie(c.id, pm!, { quoi: "accuser", dateAccuse: aujourdhui, referenceAccuse: "AR-2026-118" }));
    expect(await db.transmission.findFirstOrThrow({ where: { documentId: c.id, destinataire: pm } })).toMatchObject({
      etat: "ACCUSEE",
      referenceAccuse: "AR-2026-118",
    });

    // Sent 20 days ago without acknowledgement: one reminder, however often the daily job runs.
    await appliquerVieATous(aujourdhui);
    await appliquerVieATous(aujourdhui);
    const relance = await db.transmission.findFirstOrThrow({ where: { documentId: c.id, destinataire: menj } });
    expect(await db.rappel.count({ where: { documentId: relance.id, type: "ACCUSE_ATTENDU" } })).toBe(1);
    expect((await getTransmissions(agent, { conventionId: c.id }))!.lignes.find((l) => l.destinataire === menj)).toMatchObject({
      relance: true,
    });

    // A recipient added twice is refused at its field.
    await recordTransmission(agent, saisie(c.id, "Comptable assignataire — DRFIP", { quoi: "ajouter" }));
    await expect(recordTransmission(agent, saisie(c.id, "Comptable assignataire — DRFIP", { quoi: "ajouter" }))).rejects.toMatchObject({
      champs: { destinataire: expect.any(String) },
    });
    expect(await db.auditEvent.count({ where: { entiteId: c.id, type: "CONVENTION_TRANSMISSION" } })).toBe(5);
  });
});
