// The life cycle and the review of a document against a real PostgreSQL: every role × step refused
// on the server unless allowed, the review that gates « valider », the freeze at « prête à signer »,
// and what the database itself refuses (frozen versions, the audit log).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { avecOctets, testDb } from "../helpers/db";
import { createAgent, createConvention } from "../helpers/factories";
import { approuverTout, mener } from "../helpers/cycle";
import { createActionMaker } from "@/lib/actions/action";
import { ACTION_DE, ROLES, roleCan, type Role } from "@/lib/domain/roles";
import { EVENEMENTS_CONSTATES, EVENEMENTS_DE_SIGNATURE, EVENEMENTS, type Evenement, type Statut } from "@/lib/domain/statut";
import { transitionSchema } from "@/lib/schemas/revue";
import { transitionDocument } from "@/lib/server/cycle/transition";
import { approveSection } from "@/lib/server/revue/approve-sections";
import { getRevue } from "@/lib/server/revue/get-revue";
import { openFil } from "@/lib/server/revue/open-fil";
import { answerFil } from "@/lib/server/revue/answer-fil";
import { resolveFil } from "@/lib/server/revue/resolve-fil";
import { updateConvention } from "@/lib/server/conventions/save-convention";
import { getConvention } from "@/lib/server/conventions/get-convention";
import { conventionToInput } from "@/lib/schemas/convention-form";
import { conventionSchema } from "@/lib/schemas/convention";
import type { Agent } from "@/lib/views/agent";

const db = testDb();

async function agentOf(role: Role): Promise<Agent> {
  const dne = (await db.organisation.findFirstOrThrow({ where: { sigle: "DNE" } })).id;
  const u = await createAgent(db, { role, organisationId: dne });
  return { id: u.id, email: u.email, nom: `${role} de test`, roles: u.roles, organisationId: u.organisationId, perimetre: [] };
}

/** Where each step starts from. */
const DEPART: Record<Evenement, Statut> = {
  SOUMETTRE: "BROUILLON",
  RENVOYER: "EN_REVUE",
  VALIDER: "EN_REVUE",
  SIGNER_UNE_PARTIE: "PRETE_A_SIGNER",
  SIGNER_DERNIERE_PARTIE: "PRETE_A_SIGNER",
  PUBLIER: "SIGNEE",
  ENTRER_EN_VIGUEUR: "PUBLIEE",
  TERMINER: "EN_VIGUEUR",
};

describe("every role × every step, refused on the server unless allowed", () => {
  // One agent per role; a refused step writes nothing, so the roles refused a step share one document.
  const agents = new Map<Role, Promise<Agent>>();
  const agent = (role: Role) => agents.get(role) ?? (agents.set(role, agentOf(role)), agents.get(role)!);

  const permis = (evenement: Evenement) => ROLES.filter((role) => roleCan(role, ACTION_DE[evenement]));
  const refuses = (evenement: Evenement) => ROLES.filter((role) => !roleCan(role, ACTION_DE[evenement]));

  it.each(EVENEMENTS.map((e) => [e, refuses(e).join(", ")] as const))("%s refused to %s", async (evenement) => {
    const convention = await createConvention(db, { statut: DEPART[evenement] });
    for (const role of refuses(evenement)) {
      const essai = transitionDocument(await agent(role), {
        conventionId: convention.id,
        evenement,
        version: 1,
        avertissementsAcquittes: [],
      });
      await expect(essai, role).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    }
    expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).statut).toBe(DEPART[evenement]);
    expect(
      await db.auditEvent.count({ where: { conventionId: convention.id, type: { in: EVENEMENTS.map((e) => `CONVENTION_${e}`) } } }),
    ).toBe(0);
  });

  const cas = EVENEMENTS.flatMap((evenement) => permis(evenement).map((role) => [role, evenement] as const));
  it.each(cas)("%s may %s", async (role, evenement) => {
    const convention = await createConvention(db, { statut: DEPART[evenement] });
    const qui = await agent(role);
    const ref = { conventionId: convention.id };
    const acquittes = evenement === "VALIDER" ? await approuverTout(qui, ref) : [];
    const essai = transitionDocument(qui, { ...ref, evenement, version: 1, avertissementsAcquittes: acquittes });
    if (evenement in EVENEMENTS_CONSTATES) {
      // Publication, entry into force and end are recorded by the app (publication.int.test.ts, vie.int.test.ts).
      await expect(essai).rejects.toMatchObject({ code: "ETAPE_CONSTATEE" });
      expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).statut).toBe(DEPART[evenement]);
    } else if (EVENEMENTS_DE_SIGNATURE.includes(evenement)) {
      // A signature is never a step pressed: it is recorded party by party (signature.int.test.ts).
      await expect(essai).rejects.toMatchObject({ code: "SIGNATURE_PAR_PARTIE" });
      expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).statut).toBe(DEPART[evenement]);
    } else {
      await expect(essai).resolves.toMatchObject({ version: 2 });
      expect(await db.auditEvent.count({ where: { conventionId: convention.id, type: `CONVENTION_${evenement}`, userId: qui.id } })).toBe(
        1,
      );
    }
  });

  it("a direct POST to the action by a role that may not is refused before its input is read", async () => {
    const convention = await createConvention(db, { statut: "BROUILLON" });
    const lecteur = await agentOf("LECTEUR");
    const action = createActionMaker(async () => lecteur)(Object.values(ACTION_DE), transitionSchema, (agent, data) =>
      transitionDocument(agent, data),
    );
    expect(await action({ conventionId: convention.id, evenement: "SOUMETTRE", version: 1 })).toMatchObject({
      ok: false,
      code: "ACCES_REFUSE",
    });
    const signataire = await agentOf("SIGNATAIRE");
    const parSignataire = createActionMaker(async () => signataire)(Object.values(ACTION_DE), transitionSchema, (agent, data) =>
      transitionDocument(agent, data),
    );
    expect(await parSignataire({ conventionId: convention.id, evenement: "SOUMETTRE", version: 1 })).toMatchObject({
      ok: false,
      code: "ACCES_REFUSE",
    });
  });

  it("a step pressed twice, or from a stale page, is refused and writes nothing", async () => {
    const convention = await createConvention(db, { statut: "BROUILLON" });
    const redacteur = await agentOf("REDACTEUR");
    const ref = { conventionId: convention.id, evenement: "SOUMETTRE" as const, version: 1 };
    const [a, b] = await Promise.allSettled([transitionDocument(redacteur, ref), transitionDocument(redacteur, ref)]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    const refus = (a.status === "rejected" ? a : b) as PromiseRejectedResult;
    expect(["CONFLIT_VERSION", "TRANSITION_INTERDITE"]).toContain(refus.reason.code);
    expect(await db.auditEvent.count({ where: { conventionId: convention.id, type: "CONVENTION_SOUMETTRE" } })).toBe(1);
  });
});

describe("review by section, then the freeze", () => {
  it("gates « valider » on approvals, threads, errors and warnings; freezes the PDF; back to drafting makes a new version", async () => {
    const convention = await createConvention(db, { statut: "BROUILLON" });
    const ref = { conventionId: convention.id };
    const [redacteur, relecteur] = await Promise.all([agentOf("REDACTEUR"), agentOf("RELECTEUR_FINANCIER")]);
    await mener(ref, [[redacteur, "SOUMETTRE"]]);

    // A comment on one schedule line, with HTML in it (kept as text).
    const { id: filId } = await openFil(relecteur, { ...ref, section: "echeancier", ligne: "2024", texte: "<b>CP 2024</b> : à revoir" });
    await expect(openFil(relecteur, { ...ref, section: "echeancier", ligne: "1999", texte: "x" })).rejects.toMatchObject({
      code: "LIGNE_INCONNUE",
    });
    await expect(openFil(relecteur, { ...ref, section: "article:99", texte: "x" })).rejects.toMatchObject({ code: "SECTION_INCONNUE" });
    let revue = await getRevue(relecteur, ref);
    expect(revue.fils[0]).toMatchObject({
      sectionLibelle: "Plafonds et échéancier, ligne 2024",
      etat: "OUVERT",
      messages: [{ texte: "<b>CP 2024</b> : à revoir" }],
    });
    await answerFil(redacteur, { filId, version: 1, texte: "Corrigé." });
    expect((await getRevue(relecteur, ref)).fils[0]).toMatchObject({ etat: "REPONDU", version: 2 });

    // Everything approved but the thread is still open: refused, said in French.
    const acquittes = await approuverTout(relecteur, ref);
    let version = (await getRevue(relecteur, ref)).version;
    await expect(
      transitionDocument(relecteur, { ...ref, evenement: "VALIDER", version, avertissementsAcquittes: acquittes }),
    ).rejects.toMatchObject({
      code: "REVUE_INCOMPLETE",
      message: expect.stringContaining("1 discussion n'est pas résolue (Plafonds et échéancier, ligne 2024)."),
    });

    // Two reviewers resolve the same thread: one wins, the other is told.
    const autreRelecteur = await agentOf("RELECTEUR_FINANCIER");
    const essais = await Promise.allSettled([
      resolveFil(relecteur, { filId, version: 2 }),
      resolveFil(autreRelecteur, { filId, version: 2 }),
    ]);
    expect(essais.map((e) => e.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(((essais.find((e) => e.status === "rejected") as PromiseRejectedResult).reason as Error).message).toMatch(/résolue/);

    // The drafter edits an approved article while in review: its approval no longer holds.
    const input = conventionToInput(await getConvention(redacteur, convention.id));
    input.articles[0]!.corps += " Modifié pendant la revue.";
    await updateConvention(redacteur, convention.id, conventionSchema.parse(input));
    revue = await getRevue(relecteur, ref);
    const article = revue.sections.find((s) => s.cle === `article:${input.articles[0]!.numero}`)!;
    expect(article.etat).toBe("modifiee_depuis");
    expect(revue.blocages).toEqual([`Sections modifiées depuis leur approbation, à approuver de nouveau : ${article.libelle}.`]);
    // Approving what one read before the change is refused.
    const avant = (await db.approbationSection.findFirstOrThrow({ where: { documentId: convention.id, section: article.cle } })).empreinte;
    await expect(approveSection(relecteur, { ...ref, section: article.cle, empreinte: avant })).rejects.toMatchObject({
      code: "SECTION_CHANGEE",
    });
    await approveSection(relecteur, { ...ref, section: article.cle, empreinte: article.empreinte });

    // A warning not acknowledged stops it, if there is one; acknowledged, it goes.
    version = (await getRevue(relecteur, ref)).version;
    if (revue.avertissements.length)
      await expect(
        transitionDocument(relecteur, { ...ref, evenement: "VALIDER", version, avertissementsAcquittes: [] }),
      ).rejects.toMatchObject({
        code: "REVUE_INCOMPLETE",
      });
    const valide = await transitionDocument(relecteur, {
      ...ref,
      evenement: "VALIDER",
      version,
      avertissementsAcquittes: revue.avertissements.map((a) => a.cle),
      commentaire: "Échéancier conforme.",
    });
    expect(valide.statut).toBe("PRETE_A_SIGNER");

    // Frozen: data, PDF bytes and their SHA-256; the text no longer changes.
    const figee = await avecOctets(await db.versionFigee.findFirstOrThrow({ where: { documentId: convention.id } }));
    expect(figee.numero).toBe(1);
    expect(Buffer.from(figee.pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(figee.sha256).toBe(createHash("sha256").update(figee.pdf).digest("hex"));
    expect((figee.donnees as { reference: string }).reference).toBe(convention.reference);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { conventionId: convention.id, type: "CONVENTION_VALIDER" } });
    expect(audit.apres).toMatchObject({
      statut: "PRETE_A_SIGNER",
      commentaire: "Échéancier conforme.",
      sha256: figee.sha256,
      versionFigee: 1,
    });
    const relu = conventionToInput(await getConvention(redacteur, convention.id));
    await expect(updateConvention(redacteur, convention.id, conventionSchema.parse(relu))).rejects.toMatchObject({
      code: "CONVENTION_FIGEE",
    });
    await expect(openFil(relecteur, { ...ref, section: "parties", texte: "Trop tard ?" })).rejects.toMatchObject({ code: "REVUE_CLOSE" });

    // Back to drafting: a new version; the frozen one stays. Frozen again: number 2.
    await mener(ref, [[relecteur, "RENVOYER"]]);
    expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).statut).toBe("BROUILLON");
    expect(await db.versionFigee.count({ where: { documentId: convention.id } })).toBe(1);
    await mener(ref, [
      [redacteur, "SOUMETTRE"],
      [relecteur, "VALIDER"],
    ]);
    expect(
      (await db.versionFigee.findMany({ where: { documentId: convention.id }, orderBy: { numero: "asc" } })).map((v) => v.numero),
    ).toEqual([1, 2]);
  });

  it("a blocking finding stops « valider »", async () => {
    const convention = await createConvention(db, { statut: "EN_REVUE", plafondAe: "1", plafondCp: "1" });
    const relecteur = await agentOf("RELECTEUR_FINANCIER");
    const ref = { conventionId: convention.id };
    const acquittes = await approuverTout(relecteur, ref);
    await expect(
      transitionDocument(relecteur, { ...ref, evenement: "VALIDER", version: 1, avertissementsAcquittes: acquittes }),
    ).rejects.toMatchObject({
      code: "REVUE_INCOMPLETE",
      message: expect.stringMatching(/erreurs? bloquen?t la validation/),
    });
  });
});

describe("what the database itself refuses", () => {
  it("a frozen version cannot be changed nor deleted, even through raw SQL", async () => {
    const convention = await createConvention(db, { statut: "EN_REVUE" });
    const relecteur = await agentOf("RELECTEUR_FINANCIER");
    await mener({ conventionId: convention.id }, [[relecteur, "VALIDER"]]);
    const { id } = await db.versionFigee.findFirstOrThrow({ where: { documentId: convention.id } });
    await expect(db.$executeRaw`UPDATE "VersionFigee" SET "sha256" = repeat('0', 64) WHERE "id" = ${id}`).rejects.toThrow(/figée/);
    await expect(db.$executeRaw`DELETE FROM "VersionFigee" WHERE "id" = ${id}`).rejects.toThrow(/figée/);
    await expect(db.convention.delete({ where: { id: convention.id } })).rejects.toThrow();
  });

  it("the audit log is append-only: no change, no deletion; a deleted user's events stay, unnamed", async () => {
    const convention = await createConvention(db, { statut: "BROUILLON" });
    const redacteur = await agentOf("REDACTEUR");
    await mener({ conventionId: convention.id }, [[redacteur, "SOUMETTRE"]]);
    const { id } = await db.auditEvent.findFirstOrThrow({ where: { conventionId: convention.id, type: "CONVENTION_SOUMETTRE" } });
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "type" = 'AUTRE' WHERE "id" = ${id}`).rejects.toThrow(/ajout seul/);
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "apres" = '{}' WHERE "id" = ${id}`).rejects.toThrow(/ajout seul/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${id}`).rejects.toThrow(/ajout seul/);
    await db.sessionAgent.deleteMany({ where: { userId: redacteur.id } });
    await db.user.delete({ where: { id: redacteur.id } });
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ type: "CONVENTION_SOUMETTRE", userId: null });
  });
});

describe("deleting a draft convention", () => {
  it("by its drafter or an administrator only, asked as a draft, audited; nothing past the draft, nothing once frozen", async () => {
    const { deleteConventionDraft } = await import("@/lib/server/conventions/delete-convention");
    const [redacteur, autre, admin, relecteur] = await Promise.all([
      agentOf("REDACTEUR"),
      agentOf("REDACTEUR"),
      agentOf("ADMINISTRATEUR"),
      agentOf("RELECTEUR_FINANCIER"),
    ]);
    const convention = await createConvention(db, { statut: "BROUILLON" });
    await db.convention.update({ where: { id: convention.id }, data: { createdById: redacteur.id } });
    await expect(deleteConventionDraft(autre, convention.id, 1)).rejects.toMatchObject({
      code: "ACCES_REFUSE",
      message: expect.stringContaining("Seul le rédacteur"),
    });
    await expect(deleteConventionDraft(relecteur, convention.id, 1)).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    await expect(deleteConventionDraft(redacteur, convention.id, 0)).rejects.toMatchObject({ code: "CONFLIT_VERSION" });
    await deleteConventionDraft(redacteur, convention.id, 1);
    expect(await db.convention.findUnique({ where: { id: convention.id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { type: "CONVENTION_SUPPRIMEE", entiteId: convention.id, userId: redacteur.id } })).toBe(1);

    const signee = await createConvention(db, { statut: "SIGNEE" });
    await expect(deleteConventionDraft(admin, signee.id, 1)).rejects.toMatchObject({ code: "CONVENTION_NON_BROUILLON" });
    const figee = await createConvention(db, { statut: "EN_REVUE" });
    await mener({ conventionId: figee.id }, [
      [relecteur, "VALIDER"],
      [relecteur, "RENVOYER"],
    ]);
    await expect(deleteConventionDraft(admin, figee.id, 3)).rejects.toMatchObject({ code: "DEJA_FIGE" });
  });
});

describe("a comment on a section that was deleted", () => {
  it("stays readable in the review and in the history, named as it was", async () => {
    const { getHistorique } = await import("@/lib/server/historique/get-historique");
    const convention = await createConvention(db, { statut: "EN_REVUE" });
    const ref = { conventionId: convention.id };
    const [redacteur, relecteur] = await Promise.all([agentOf("REDACTEUR"), agentOf("RELECTEUR_FINANCIER")]);
    const input = conventionToInput(await getConvention(redacteur, convention.id));
    const dernier = input.articles.at(-1)!;
    await openFil(relecteur, { ...ref, section: `article:${dernier.numero}`, texte: "Cet article est-il utile ?" });
    input.articles = input.articles.slice(0, -1);
    await updateConvention(redacteur, convention.id, conventionSchema.parse(input));
    const fil = (await getRevue(relecteur, ref)).fils[0]!;
    expect(fil).toMatchObject({
      sectionLibelle: `Article ${dernier.numero} : ${dernier.titre}`, // (the review names an article by its title too)
      sectionExiste: false,
      messages: [{ texte: "Cet article est-il utile ?" }],
    });
    const { lignes } = await getHistorique(relecteur, ref);
    expect(lignes.find((l) => l.quoi === `Commentaire sur « Article ${dernier.numero} : ${dernier.titre} »`)?.commentaire).toBe(
      "Cet article est-il utile ?",
    );
    expect(lignes.find((l) => l.quoi === "Convention modifiée")?.changements).toContain(
      `Article ${dernier.numero} supprimé (« ${dernier.titre} »)`,
    );
  });
});
