// Notifications against a real PostgreSQL, a real job worker (graphile-worker, in this process)
// and a real SMTP server (smtp-server on 127.0.0.1): each step tells the right agents in their
// inbox and by e-mail; a rolled-back change tells nobody; SMTP down, the e-mail waits and leaves
// once it is back; an agent who turned a kind off gets it in the inbox only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { Logger, runOnce } from "graphile-worker";
import { testDb } from "../helpers/db";
import { createAgent, createConvention } from "../helpers/factories";
import { mener } from "../helpers/cycle";
import { taskList } from "@/lib/server/jobs/job";
import { courrielJob } from "@/lib/server/notifications/courriel.job";
import { transitionDocument } from "@/lib/server/cycle/transition";
import { openFil } from "@/lib/server/revue/open-fil";
import { inTransaction } from "@/lib/server/db";
import { readNotification, listNotifications, countUnread, preferencesCourriel } from "@/lib/server/notifications/boite";
import type { Agent } from "@/lib/views/agent";

const db = testDb();
const recus: ParsedMail[] = [];
let smtp: SMTPServer | undefined;
let port = 0;

function demarrerSmtp(): Promise<void> {
  smtp = new SMTPServer({
    authOptional: true,
    // A stopped server ends its open connections at once (not after smtp-server's 30 s).
    closeTimeout: 200,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => (recus.push(mail), callback()), callback);
    },
  });
  return new Promise((resolve) =>
    smtp!.listen(port, "127.0.0.1", () => ((port = (smtp!.server.address() as { port: number }).port), resolve())),
  );
}
const arreterSmtp = () => new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));

/** Sends the e-mails that are due, as the worker would (only this job: the other files' PDF
 *  renderings and dashboard refreshes, queued in the same database, are not this test's). The
 *  e-mails of the other files' notifications are dropped first: they are nobody's to check, and a
 *  few hundred of them, tried again and again while SMTP is down, would only slow this file. */
const silence = new Logger(() => () => {});
const agentsDuFichier: string[] = [];
async function travailler() {
  await db.$executeRaw`
    DELETE FROM graphile_worker._private_jobs j USING graphile_worker._private_tasks t
    WHERE j.task_id = t.id AND t.identifier = ${courrielJob.nom} AND j.locked_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Notification" n WHERE n.id = j.payload->>'notificationId' AND n."userId" = ANY(${agentsDuFichier}))`;
  await runOnce({ connectionString: process.env.DATABASE_URL!, taskList: taskList([courrielJob]), logger: silence });
}

async function agentOf(role: Agent["roles"][number], sigle = "DNE"): Promise<Agent> {
  const org = (await db.organisation.findFirstOrThrow({ where: { sigle } })).id;
  const u = await createAgent(db, { role, organisationId: org });
  agentsDuFichier.push(u.id);
  return { id: u.id, email: u.email, nom: u.nom, roles: u.roles, organisationId: u.organisationId, perimetre: [] };
}
const pour = (agent: Agent) => recus.filter((m) => m.to && JSON.stringify(m.to).includes(agent.email));

beforeAll(async () => {
  await demarrerSmtp();
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.APP_URL = "http://conventions.test";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await arreterSmtp();
});

describe("notifications", () => {
  it("review requested, comment, changes requested, ready for signature: each in the right inboxes and mailboxes, accents intact", async () => {
    const convention = await createConvention(db, { statut: "BROUILLON" });
    const ref = { conventionId: convention.id };
    const redacteur = await agentOf("REDACTEUR");
    const relecteur = await agentOf("RELECTEUR_FINANCIER", "DINUM");
    const signataire = await agentOf("SIGNATAIRE");
    await mener(ref, [[redacteur, "SOUMETTRE"]]);
    expect(await countUnread(relecteur)).toBe(1);
    expect((await listNotifications(relecteur)).items[0]).toMatchObject({
      type: "REVUE_DEMANDEE",
      titre: `Revue demandée pour la convention ${convention.reference}`,
    });
    expect(await countUnread(redacteur)).toBe(0); // not told of one's own step

    const { id: filId } = await openFil(relecteur, { ...ref, section: "echeancier", ligne: "2024", texte: "Étaler les CP « 2024 » ?" });
    await mener(ref, [[relecteur, "RENVOYER"]]);
    const duRedacteur = (await listNotifications(redacteur)).items;
    expect(duRedacteur.map((n) => n.type).sort()).toEqual(["COMMENTAIRE", "MODIFICATIONS_DEMANDEES"]);
    expect(duRedacteur.find((n) => n.type === "COMMENTAIRE")!.lien).toBe(`/conventions/${convention.id}#fil-${filId}`);
    expect(duRedacteur.find((n) => n.type === "MODIFICATIONS_DEMANDEES")!.titre).toBe(
      `Modifications demandées sur la convention ${convention.reference} (1 discussion à traiter)`,
    );

    await travailler();
    const mails = pour(redacteur);
    expect(mails.map((m) => m.subject).sort()).toEqual(
      [
        `[Conventions] Commentaire de Agent de test sur « Plafonds et échéancier, ligne 2024 » (la convention ${convention.reference})`,
        `[Conventions] Modifications demandées sur la convention ${convention.reference} (1 discussion à traiter)`,
      ].sort(),
    );
    expect(mails[0]!.text).toContain(`http://conventions.test/conventions/${convention.id}`);
    expect(pour(relecteur).map((m) => m.subject)).toEqual([`[Conventions] Revue demandée pour la convention ${convention.reference}`]);

    // Reading one marks it read and leads to the document.
    const lien = await readNotification(redacteur, duRedacteur[0]!.id);
    expect(lien).toBe(duRedacteur[0]!.lien);
    expect(await countUnread(redacteur)).toBe(1);
    expect(await readNotification(relecteur, duRedacteur[0]!.id)).toBeNull(); // someone else's

    await db.filRevue.update({ where: { id: filId }, data: { etat: "RESOLU" } });
    await mener(ref, [
      [redacteur, "SOUMETTRE"],
      [relecteur, "VALIDER"],
    ]);
    expect((await listNotifications(signataire)).items.map((n) => n.type)).toContain("A_VOUS_DE_SIGNER");
    expect((await listNotifications(redacteur)).items.map((n) => n.type)).toContain("PRETE_A_SIGNER");
  });

  it("a rolled-back change tells nobody: no notification, no job", async () => {
    const convention = await createConvention(db, { statut: "BROUILLON" });
    const redacteur = await agentOf("REDACTEUR");
    const relecteur = await agentOf("RELECTEUR_FINANCIER", "DINUM");
    const jobs = async () => Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`)[0]!.n);
    const avant = await jobs();
    await expect(
      inTransaction(undefined, async (tx) => {
        await transitionDocument(redacteur, { conventionId: convention.id, evenement: "SOUMETTRE", version: 1 }, { tx });
        throw new Error("panne après l'étape");
      }),
    ).rejects.toThrow("panne après l'étape");
    expect(await countUnread(relecteur)).toBe(0);
    expect(await jobs()).toBe(avant);
    expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).statut).toBe("BROUILLON");
  });

  it("SMTP down: the e-mail is retried and leaves once it is back; a kind turned off stays in the inbox only", async () => {
    const redacteur = await agentOf("REDACTEUR");
    const relecteur = await agentOf("RELECTEUR_FINANCIER", "DINUM");
    const distrait = await agentOf("RELECTEUR_FINANCIER", "DINUM");
    await preferencesCourriel(distrait, ["COMMENTAIRE"]); // no « revue demandée » by e-mail
    const convention = await createConvention(db, { statut: "BROUILLON" });

    await arreterSmtp();
    await mener({ conventionId: convention.id }, [[redacteur, "SOUMETTRE"]]);
    await travailler(); // fails: nobody listens
    const notification = (await listNotifications(relecteur)).items[0]!;
    const [job] = await db.$queryRaw<{ attempts: number; last_error: string | null }[]>`
      SELECT attempts, last_error FROM graphile_worker._private_jobs WHERE payload->>'notificationId' = ${notification.id}`;
    expect(job!.attempts).toBeGreaterThanOrEqual(1);
    expect(job!.last_error).toBeTruthy();
    expect(pour(relecteur)).toHaveLength(0);

    await demarrerSmtp();
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE attempts > 0`; // the retry is due
    await travailler();
    expect(pour(relecteur).map((m) => m.subject)).toEqual([`[Conventions] Revue demandée pour la convention ${convention.reference}`]);
    expect(pour(distrait)).toHaveLength(0);
    expect(await countUnread(distrait)).toBe(1);
  });
});
