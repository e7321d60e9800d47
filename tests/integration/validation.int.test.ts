// « Valider pour signature » as the page asks it (takeStep): every check at once, then a
// progress record and its job in one transaction; the worker renders and keeps the frozen PDF, then
// takes the step and ends the record in the step's transaction. What changed meanwhile ends the work
// with its French reason; one validation at a time per document; refusals queue nothing.
import { Logger, runOnce } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention } from "../helpers/factories";
import { approuverTout, mener } from "../helpers/cycle";
import { takeStep } from "@/lib/server/cycle/take-step";
import { getValidation } from "@/lib/server/cycle/get-validation";
import { getRevue } from "@/lib/server/revue/get-revue";
import { openFil } from "@/lib/server/revue/open-fil";
import { getFichier } from "@/lib/server/fichiers/fichiers";
import { taskList } from "@/lib/server/jobs/job";
import { validationJob } from "@/lib/server/cycle/validation.job";

const db = testDb();
const travailler = () =>
  runOnce({ connectionString: process.env.DATABASE_URL!, taskList: taskList([validationJob]), logger: new Logger(() => () => {}) });

async function enRevue() {
  const dne = (await db.organisation.findFirstOrThrow({ where: { sigle: "DNE" } })).id;
  const [redacteur, relecteur, lecteurAutreMinistere] = await Promise.all([
    createAgent(db, { roles: ["REDACTEUR" as const], organisationId: dne }),
    createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const], organisationId: dne }),
    createAgent(db, {
      roles: ["LECTEUR" as const],
      organisationId: (await db.organisation.create({ data: { nom: `Ministère ${Date.now()}`, sigle: `M${Date.now()}` } })).id,
    }),
  ]);
  const convention = await createConvention(db, { statut: "BROUILLON" });
  const ref = { conventionId: convention.id };
  await mener(ref, [[redacteur, "SOUMETTRE"]]);
  const avertissementsAcquittes = await approuverTout(relecteur, ref);
  const { version } = await getRevue(relecteur, ref);
  return {
    redacteur,
    relecteur,
    lecteurAutreMinistere,
    ref,
    convention,
    demande: { ...ref, evenement: "VALIDER" as const, version, avertissementsAcquittes },
  };
}

describe("validation for signature, prepared by the worker", () => {
  it("is queued at once, then frozen by the job; the page reads where it stands", async () => {
    const { relecteur, lecteurAutreMinistere, ref, convention, demande } = await enRevue();
    const r = await takeStep(relecteur, demande);
    expect(r).toMatchObject({ travail: { etat: "EN_ATTENTE", etape: expect.stringContaining("préparation") } });
    // Nothing changed yet: the step is the job's.
    expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).statut).toBe("EN_REVUE");
    expect(await db.versionFigee.count({ where: { documentId: convention.id } })).toBe(0);
    expect(await getValidation(relecteur, ref)).toMatchObject({ etat: "EN_ATTENTE" });
    await expect(getValidation(lecteurAutreMinistere, ref)).rejects.toMatchObject({ code: "INTROUVABLE" });
    // Asked twice (two tabs, two reviewers): one validation.
    await expect(takeStep(relecteur, demande)).rejects.toMatchObject({ code: "VALIDATION_EN_COURS" });

    await travailler();
    const apres = await db.convention.findUniqueOrThrow({ where: { id: convention.id } });
    expect(apres).toMatchObject({ statut: "PRETE_A_SIGNER", version: demande.version + 1 });
    const figee = await db.versionFigee.findFirstOrThrow({ where: { documentId: convention.id } });
    expect((await getFichier(figee.sha256)).subarray(0, 5).toString()).toBe("%PDF-");
    const travail = await db.travail.findFirstOrThrow({ where: { documentId: convention.id } });
    expect(travail).toMatchObject({ etat: "FAIT", etape: "Version figée et prête à signer.", resultat: { statut: "PRETE_A_SIGNER" } });
    expect(await getValidation(relecteur, ref)).toBeNull(); // done: nothing more to show
    expect(await db.auditEvent.count({ where: { conventionId: convention.id, type: "CONVENTION_VALIDER" } })).toBe(1);
    // Run again (a crash before its acknowledgement): nothing twice.
    await db.$executeRaw`SELECT graphile_worker.add_job('validation', ${JSON.stringify({
      travailId: travail.id,
      agentId: relecteur.id,
      conventionId: convention.id,
      numero: null,
      version: demande.version,
      commentaire: null,
      avertissementsAcquittes: demande.avertissementsAcquittes,
    })}::json)`;
    await travailler();
    expect(await db.versionFigee.count({ where: { documentId: convention.id } })).toBe(1);
    expect(await db.travail.findUniqueOrThrow({ where: { id: travail.id } })).toMatchObject({ etat: "FAIT" });
  });

  it("ends with its reason when the review changed meanwhile, shown until the document changes", async () => {
    const { relecteur, ref, convention, demande } = await enRevue();
    await takeStep(relecteur, demande);
    // A thread opened after « valider » was pressed: the job's own check stops it.
    await openFil(relecteur, { ...ref, section: "echeancier", ligne: "2024", texte: "Une dernière question." });
    await travailler();
    expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).statut).toBe("EN_REVUE");
    expect(await db.versionFigee.count({ where: { documentId: convention.id } })).toBe(0);
    expect(await getValidation(relecteur, ref)).toMatchObject({
      etat: "ECHEC",
      erreur: expect.stringContaining("1 discussion n'est pas résolue"),
    });
  });

  it("refuses at once, queuing nothing, what the step itself would refuse", async () => {
    const { relecteur, redacteur, ref, convention, demande } = await enRevue();
    await expect(takeStep(relecteur, { ...demande, version: demande.version - 1 })).rejects.toMatchObject({ code: "CONFLIT_VERSION" });
    await expect(takeStep(redacteur, demande)).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    await openFil(relecteur, { ...ref, section: "echeancier", ligne: "2024", texte: "À revoir." });
    await expect(takeStep(relecteur, demande)).rejects.toMatchObject({
      code: "REVUE_INCOMPLETE",
      message: expect.stringContaining("1 discussion n'est pas résolue"),
    });
    expect(await db.travail.count({ where: { documentId: convention.id } })).toBe(0);
  });
});
