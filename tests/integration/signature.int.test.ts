// Signature (issue 11): each party signs the frozen PDF in order — in the app with its own
// certificate (PAdES, one incremental update each, checked by pdfsig), or by the scan of the paper
// signature; out of turn, for another party, with a wrong password or a wrong scan: refused, nothing
// written; the database refuses to change a signed PDF or a recorded signature.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AgentLike } from "@/lib/views/agent";
import { describe, expect, it } from "vitest";
import { avecOctets, testDb } from "../helpers/db";
import { createAgent, createConvention, unique } from "../helpers/factories";
import { mener } from "../helpers/cycle";
import { convention2024Webinaire, SEED_CONVENTIONS } from "@/prisma/seed/index";
import { signDocument, type DemandeSignature } from "@/lib/server/signature/sign-document";
import { certificatDeLAutorite } from "@/lib/server/signature/autorite";
import { getRevue } from "@/lib/server/revue/get-revue";
import { getPdfFige } from "@/lib/server/documents/version-figee";
import { jourDeParis } from "@/lib/domain/dates";

const db = testDb();
const MOT_DE_PASSE = "Signature-test-2026";
const org = async (sigle: string) => (await db.organisation.findFirstOrThrow({ where: { sigle } })).id;
const aujourdhui = () => jourDeParis(new Date()); // (the server dates signatures in Paris)

async function setup() {
  const redacteur = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: await org("DNE") });
  const relecteur = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const], organisationId: await org("DINUM") });
  const dne = await createAgent(db, { roles: ["SIGNATAIRE" as const], organisationId: await org("DNE"), password: MOT_DE_PASSE });
  const dinum = await createAgent(db, { roles: ["SIGNATAIRE" as const], organisationId: await org("DINUM"), password: MOT_DE_PASSE });
  await db.user.update({ where: { id: dne.id }, data: { nom: "Audran Le Baron" } });
  await db.user.update({ where: { id: dinum.id }, data: { nom: "Stéphanie Schaer" } });
  // Seed 003's text, not yet signed: its two blocks, the MENJ (délégant) first, the DINUM last.
  const convention = await createConvention(db, {
    statut: "BROUILLON",
    dateSignature: undefined,
    signatures: convention2024Webinaire.signatures.map((s) => ({ ...s, signee: false, dateSignature: undefined })),
  });
  await mener({ conventionId: convention.id }, [
    [redacteur, "SOUMETTRE"],
    [relecteur, "VALIDER"],
  ]);
  const blocs = await db.signature.findMany({ where: { conventionId: convention.id }, orderBy: { ordre: "asc" } });
  return { redacteur, relecteur, dne: { ...dne, nom: "Audran Le Baron" }, dinum: { ...dinum, nom: "Stéphanie Schaer" }, convention, blocs };
}

const version = async (agent: AgentLike, conventionId: string) => (await getRevue(agent as never, { conventionId })).version;

function pdfsig(octets: Uint8Array, ca?: string): string {
  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "pdfsig-"));
  const fichier = path.join(dossier, "signe.pdf");
  fs.writeFileSync(fichier, octets);
  const args = [fichier];
  if (ca) {
    fs.writeFileSync(path.join(dossier, "ca.pem"), ca);
    execFileSync("certutil", ["-d", `sql:${dossier}`, "-N", "--empty-password"]);
    execFileSync("certutil", ["-d", `sql:${dossier}`, "-A", "-n", "ca", "-t", "CT,C,C", "-i", path.join(dossier, "ca.pem")]);
    args.unshift("-nssdir", `sql:${dossier}`);
  }
  try {
    return execFileSync("pdfsig", args, { encoding: "utf8" });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

function pdftotext(octets: Uint8Array): string {
  const fichier = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pdftotext-")), "document.pdf");
  fs.writeFileSync(fichier, octets);
  return execFileSync("pdftotext", [fichier, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("signing in the app, in order, each signatory in their own name", () => {
  it("the délégant then the délégataire sign the frozen PDF; pdfsig validates both; the document is signed on the last date", async () => {
    const { dne, dinum, convention, blocs } = await setup();
    const [blocMenj, blocDinum] = blocs as [(typeof blocs)[number], (typeof blocs)[number]];
    expect([blocMenj.groupe, blocDinum.groupe]).toEqual([1, 2]);
    const demande = async (agent: typeof dne, signatureId: string, extra: Partial<DemandeSignature> = {}): Promise<DemandeSignature> => ({
      conventionId: convention.id,
      signatureId,
      version: await version(agent, convention.id),
      mode: "APPLICATION",
      dateSignature: aujourdhui(),
      lieu: "Paris",
      motDePasse: MOT_DE_PASSE,
      ...extra,
    });

    // Out of turn: the DINUM cannot sign before the MENJ.
    await expect(signDocument(dinum, await demande(dinum, blocDinum.id))).rejects.toMatchObject({ code: "HORS_TOUR" });
    // Not their party: the DINUM's signatory cannot sign for the MENJ.
    await expect(signDocument(dinum, await demande(dinum, blocMenj.id))).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    // A wrong password: refused, nothing recorded.
    await expect(signDocument(dne, await demande(dne, blocMenj.id, { motDePasse: "faux" }))).rejects.toMatchObject({
      code: "REAUTH_ECHEC",
      champs: { motDePasse: "Mot de passe incorrect : la signature n'a pas été appliquée." },
    });
    expect(await db.pdfSigne.count({ where: { signatureId: blocMenj.id } })).toBe(0);

    const premier = await signDocument(dne, await demande(dne, blocMenj.id));
    expect(premier.statut).toBe("SIGNEE_PARTIELLEMENT");
    await expect(signDocument(dne, await demande(dne, blocMenj.id))).rejects.toMatchObject({ code: "DEJA_SIGNEE" });
    const hier = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const second = await signDocument(dinum, await demande(dinum, blocDinum.id, { dateSignature: aujourdhui() }));
    expect(second).toMatchObject({ statut: "SIGNEE", dateSignature: aujourdhui() });
    expect(hier < aujourdhui()).toBe(true);

    const stored = await db.convention.findUniqueOrThrow({ where: { id: convention.id } });
    expect(stored.statut).toBe("SIGNEE");
    const signes = await Promise.all(
      (await db.pdfSigne.findMany({ where: { versionFigee: { documentId: convention.id } }, orderBy: { rang: "asc" } })).map(avecOctets),
    );
    expect(signes.map((s) => s.rang)).toEqual([1, 2]);
    // Each signature is an incremental update: the bytes before it are unchanged.
    const figee = await avecOctets(await db.versionFigee.findFirstOrThrow({ where: { documentId: convention.id } }));
    expect(Buffer.from(signes[0]!.pdf.subarray(0, figee.pdf.length)).equals(Buffer.from(figee.pdf))).toBe(true);
    expect(Buffer.from(signes[1]!.pdf.subarray(0, signes[0]!.pdf.length)).equals(Buffer.from(signes[0]!.pdf))).toBe(true);

    // What the PDF route serves now: the signed PDF, that pdfsig validates, two signers by name.
    const servi = await getPdfFige({ id: convention.id, statut: "SIGNEE" }, "convention.pdf");
    expect(servi!.fileName).toBe("convention_signe.pdf");
    const rapport = pdfsig(servi!.octets);
    expect(rapport.match(/Signature is Valid/g)).toHaveLength(2);
    expect(rapport).toContain("Signer Certificate Common Name: Audran Le Baron");
    expect(rapport).toContain("Signer Certificate Common Name: Stéphanie Schaer");
    expect(pdfsig(servi!.octets, certificatDeLAutorite()).match(/Certificate is Trusted/g)).toHaveLength(2);
    // Each in-app signature shows in its party's block: who, and when (drawn in its own update).
    const texteSigne = pdftotext(servi!.octets);
    expect(texteSigne).toContain("Signé électroniquement par Audran Le Baron");
    expect(texteSigne).toContain("Signé électroniquement par Stéphanie Schaer");
    expect(texteSigne).toMatch(
      /Signé électroniquement par Audran Le Baron directeur du numérique pour l'éducation le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
    );
    expect(pdftotext(signes[0]!.pdf)).not.toContain("Signé électroniquement par Stéphanie Schaer");
    // Light (issue 18, item 16): each signature adds under 40 Ko, its mention's font a subset (« ABCDEF+ »).
    expect(signes[0]!.pdf.length - figee.pdf.length).toBeLessThan(40 * 1024);
    expect(signes[1]!.pdf.length - signes[0]!.pdf.length).toBeLessThan(40 * 1024);
    const fichierPolices = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pdffonts-")), "signe.pdf");
    fs.writeFileSync(fichierPolices, servi!.octets);
    const polices = execFileSync("pdffonts", [fichierPolices], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
    expect(polices.filter((l) => /DejaVuSans/.test(l) && !/^[A-Z]{6}\+/.test(l))).toEqual([]);
    // The frozen version prints as sent to signature, not as a draft; each partly signed one says so.
    expect(pdftotext(figee.pdf)).not.toContain("Signé électroniquement");
    expect(pdftotext(figee.pdf)).toContain("Version soumise à la signature des parties");
    expect(pdftotext(figee.pdf)).not.toContain("PROJET");

    // The audit trail has each step, with its level and the document's SHA-256 after it.
    const audit = await db.auditEvent.findMany({
      where: { entiteId: convention.id, type: "CONVENTION_SIGNATURE" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => (a.apres as { niveau: string; sha256: string }).sha256)).toEqual(signes.map((s) => s.sha256));
    expect((audit[0]!.apres as { reauthentification: { methode: string } }).reauthentification.methode).toBe("mot de passe");

    // One byte changed: pdfsig says so.
    const altere = Buffer.from(servi!.octets);
    const milieu = Math.floor(figee.pdf.length / 2);
    altere[milieu] = altere[milieu]! ^ 0x01;
    expect(pdfsig(altere)).toMatch(/Digest Mismatch|Signature is Invalid/);

    // The « Certificat de signature »: each signatory, level, re-authentication, certificate, SHA-256.
    const { certificatDeSignature } = await import("@/lib/server/signature/certificat");
    const { renderPdf } = await import("@/lib/server/pdf/pdf-pool");
    const certificat = await renderPdf(await certificatDeSignature(dne, { conventionId: convention.id }));
    const fichierCertificat = path.join(os.tmpdir(), `certificat-${convention.id}.pdf`);
    fs.writeFileSync(fichierCertificat, certificat);
    const texteCertificat = execFileSync("pdftotext", [fichierCertificat, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const attendu of [
      "Certificat de signature",
      "Signataire : Audran Le Baron",
      "Signataire : Stéphanie Schaer",
      "Réauthentification : mot de passe",
      "Signature électronique avancée",
      figee.sha256.slice(0, 16),
      signes[1]!.sha256.slice(0, 16),
    ])
      expect(texteCertificat).toContain(attendu);

    // « Vérifier un PDF »: the signed file, the frozen one, and the tampered one.
    const { verifyPdf } = await import("@/lib/server/signature/verify-pdf");
    const lecteur = await createAgent(db, { roles: ["LECTEUR" as const], organisationId: await org("DNE") });
    const verifie = await verifyPdf(lecteur, { nom: "signe.pdf", octets: Buffer.from(servi!.octets) });
    expect(verifie).toMatchObject({ reconnu: "signe", rang: 2, versionFigee: 1, chemin: `/conventions/${convention.id}` });
    expect(verifie.signatures.map((x) => [x.signataire, x.intacte, x.certificatReconnu])).toEqual([
      ["Audran Le Baron", true, true],
      ["Stéphanie Schaer", true, true],
    ]);
    expect(verifie.historique.map((h) => h.partie)).toHaveLength(2);
    expect((await verifyPdf(lecteur, { nom: "fige.pdf", octets: Buffer.from(figee.pdf) })).reconnu).toBe("figee");
    const falsifie = await verifyPdf(lecteur, { nom: "falsifie.pdf", octets: altere });
    expect(falsifie.reconnu).toBeNull();
    expect(falsifie.signatures.some((x) => !x.intacte)).toBe(true);
    await expect(verifyPdf(lecteur, { nom: "note.txt", octets: Buffer.from("bonjour") })).rejects.toMatchObject({ code: "PAS_PDF" });

    // The database itself refuses to change a signed PDF or a recorded signature.
    await expect(db.$executeRawUnsafe(`UPDATE "PdfSigne" SET "sha256" = repeat('0', 64) WHERE "id" = $1`, signes[0]!.id)).rejects.toThrow(
      /ne peut être ni modifié ni supprimé/,
    );
    await expect(db.$executeRawUnsafe(`DELETE FROM "Signature" WHERE "id" = $1`, blocMenj.id)).rejects.toThrow(/signature recueillie/);
  });
});

describe("with a timestamp authority configured (SIGNATURE_TSA_URL)", () => {
  it("signs at PAdES B-T: the signature holds the authority's timestamp token; the authority down, nothing is recorded", async () => {
    const { demarrerHorodatage } = await import("../helpers/tsa");
    const tsa = await demarrerHorodatage();
    process.env.SIGNATURE_TSA_URL = tsa.url;
    try {
      const { dne, dinum, convention, blocs } = await setup();
      const [blocMenj, blocDinum] = blocs as [(typeof blocs)[number], (typeof blocs)[number]];
      const demande = async (agent: typeof dne, signatureId: string): Promise<DemandeSignature> => ({
        conventionId: convention.id,
        signatureId,
        version: await version(agent, convention.id),
        mode: "APPLICATION",
        dateSignature: aujourdhui(),
        motDePasse: MOT_DE_PASSE,
      });
      await signDocument(dne, await demande(dne, blocMenj.id));
      expect(tsa.requetes()).toBe(1);
      const signe = await avecOctets(await db.pdfSigne.findFirstOrThrow({ where: { signatureId: blocMenj.id } }));
      // The CMS carries an unsigned attribute id-aa-timeStampToken (1.2.840.113549.1.9.16.2.14).
      const contenus = [
        ...Buffer.from(signe.pdf)
          .toString("latin1")
          .matchAll(/\/Contents\s*<([0-9a-fA-F]+)>/g),
      ].map((m) => m[1]!);
      expect(contenus.at(-1)!.toLowerCase()).toContain("060b2a864886f70d010910020e");
      expect(pdfsig(signe.pdf)).toContain("Signature is Valid");
      const audit = await db.auditEvent.findFirstOrThrow({ where: { entiteId: convention.id, type: "CONVENTION_SIGNATURE" } });
      expect((audit.apres as { certificat: { pades: string; horodatage: string } }).certificat).toMatchObject({
        pades: "B-T",
        horodatage: new URL(tsa.url).host,
      });

      // The authority no longer answers: the signature is refused in French, nothing is written.
      await tsa.arreter();
      await expect(signDocument(dinum, await demande(dinum, blocDinum.id))).rejects.toMatchObject({
        code: "SIGNATURE_ECHEC",
        message: expect.stringContaining("l'autorité d'horodatage n'a pas répondu"),
      });
      expect(await db.pdfSigne.count({ where: { signatureId: blocDinum.id } })).toBe(0);
      expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).statut).toBe("SIGNEE_PARTIELLEMENT");
    } finally {
      delete process.env.SIGNATURE_TSA_URL;
      await tsa.arreter().catch(() => {});
    }
  });
});

describe("re-authenticating with ProConnect at signing", () => {
  it("signs for an account without password after a fresh ProConnect login, checks auth_time and acr, records them", async () => {
    const { dne, convention, blocs } = await setup();
    const [blocMenj, blocDinum] = blocs as [(typeof blocs)[number], (typeof blocs)[number]];
    const proConnectSeul = await createAgent(db, { roles: ["SIGNATAIRE" as const], organisationId: await org("DINUM") });
    expect((await db.user.findUniqueOrThrow({ where: { id: proConnectSeul.id } })).passwordHash).toBeNull();
    const base = async (agent: typeof dne, signatureId: string): Promise<DemandeSignature> => ({
      conventionId: convention.id,
      signatureId,
      version: await version(agent, convention.id),
      mode: "APPLICATION",
      dateSignature: aujourdhui(),
    });
    await signDocument(dne, { ...(await base(dne, blocMenj.id)), motDePasse: MOT_DE_PASSE });
    const maintenant = Math.floor(Date.now() / 1000);
    const essai = async (authentification: { authTime: number | null; acr: string | null } | null, acrExiges: string[] = []) =>
      signDocument(proConnectSeul as never, {
        ...(await base(proConnectSeul as never, blocDinum.id)),
        proConnect: { authentification, acrExiges },
      });

    // A password is asked of an account that has none: told to use ProConnect.
    await expect(
      signDocument(proConnectSeul as never, { ...(await base(proConnectSeul as never, blocDinum.id)), motDePasse: "x" }),
    ).rejects.toMatchObject({
      code: "REAUTH_REQUISE",
    });
    await expect(essai(null)).rejects.toMatchObject({ code: "REAUTH_REQUISE" });
    await expect(essai({ authTime: maintenant - 3600, acr: "eidas1" })).rejects.toMatchObject({ code: "REAUTH_EXPIREE" });
    await expect(essai({ authTime: null, acr: "eidas1" })).rejects.toMatchObject({ code: "REAUTH_SANS_HEURE" });
    await expect(essai({ authTime: maintenant - 10, acr: "eidas1" }, ["eidas2", "eidas3"])).rejects.toMatchObject({
      code: "REAUTH_NIVEAU",
      message: expect.stringContaining("eidas2 ou eidas3"),
    });
    expect(await db.pdfSigne.count({ where: { signatureId: blocDinum.id } })).toBe(0);

    const r = await essai({ authTime: maintenant - 10, acr: "eidas2" }, ["eidas2", "eidas3"]);
    expect(r.statut).toBe("SIGNEE");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entiteId: convention.id, type: "CONVENTION_SIGNATURE", userId: proConnectSeul.id },
    });
    expect((audit.apres as { reauthentification: unknown }).reauthentification).toEqual({
      methode: "ProConnect (prompt=login)",
      le: new Date((maintenant - 10) * 1000).toISOString(),
      acr: "eidas2",
    });
    const { certificatDeSignature } = await import("@/lib/server/signature/certificat");
    const { renderPdf } = await import("@/lib/server/pdf/pdf-pool");
    const certificat = pdftotext(await renderPdf(await certificatDeSignature(dne, { conventionId: convention.id })));
    expect(certificat).toContain("Réauthentification : ProConnect (prompt=login)");
    expect(certificat).toContain("niveau (acr) « eidas2 »");
  });
});

describe("signing on paper: the scan of the signed PDF", () => {
  it("refuses what is not the signed document, then records the scan with its SHA-256", async () => {
    const { dne, convention, blocs } = await setup();
    const figee = await avecOctets(await db.versionFigee.findFirstOrThrow({ where: { documentId: convention.id } }));
    const demande = async (nom: string, octets: Buffer): Promise<DemandeSignature> => ({
      conventionId: convention.id,
      signatureId: blocs[0]!.id,
      version: await version(dne, convention.id),
      mode: "SCAN",
      dateSignature: aujourdhui(),
      lieu: "Paris",
      scan: { nom, octets },
    });
    await expect(signDocument(dne, await demande("scan.jpg", Buffer.from("\xff\xd8\xff\xe0 JPEG")))).rejects.toMatchObject({
      code: "SCAN_PAS_PDF",
      message: "« scan.jpg » n'est pas un PDF : déposez le scan du document signé, au format PDF.",
    });
    const { PDF } = await import("@libpdf/core");
    const unePage = await PDF.create();
    unePage.addPage();
    await expect(signDocument(dne, await demande("scan.pdf", Buffer.from(await unePage.save())))).rejects.toMatchObject({
      code: "SCAN_PAGES",
    });
    const trop = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(20 * 1024 * 1024)]);
    await expect(signDocument(dne, await demande("gros.pdf", trop))).rejects.toMatchObject({ code: "FICHIER_TROP_GROS" });
    expect(await db.fichier.count({ where: { conventionId: convention.id } })).toBe(0);

    const scan = Buffer.from(figee.pdf); // the frozen PDF printed, signed and scanned: same page count
    const r = await signDocument(dne, await demande("scan-signe.pdf", scan));
    expect(r.statut).toBe("SIGNEE_PARTIELLEMENT");
    const bloc = await db.signature.findUniqueOrThrow({ where: { id: blocs[0]!.id }, include: { scan: true } });
    expect(bloc).toMatchObject({ signee: true, niveau: "SCAN", methode: "MANUSCRITE", versionFigeeId: figee.id });
    expect(bloc.scan!.sha256).toBe(bloc.sha256Document);
    expect(bloc.scan!.nature).toBe("ORIGINAL_SIGNE");
  });

  it("completes a convention imported signed by one party only (seed 001), by the other party's scan", async () => {
    const sg = await createAgent(db, { roles: ["SIGNATAIRE" as const], organisationId: await org("SG") });
    const seed001 = SEED_CONVENTIONS.find((s) => s.reference === "2020-SG-DINUM-01")!;
    const copie = await createConvention(db, { ...seed001, reference: unique("SEED001") });
    const blocs = await db.signature.findMany({ where: { conventionId: copie.id }, include: { partie: true } });
    const aSigner = blocs.find((b) => !b.signee)!;
    expect(aSigner.partie!.role).toBe("DELEGANT");
    // No frozen version yet (an imported document): frozen at this signature, the scan checked against it.
    const { buildConventionPdfData } = await import("@/lib/server/pdf/build-convention-pdf-data");
    const { renderPdf } = await import("@/lib/server/pdf/pdf-pool");
    const { getConvention } = await import("@/lib/server/conventions/get-convention");
    const imprime = await renderPdf(buildConventionPdfData(await getConvention(sg, copie.id)));
    const r = await signDocument(sg, {
      conventionId: copie.id,
      signatureId: aSigner.id,
      version: await version(sg, copie.id),
      mode: "SCAN",
      dateSignature: "2020-03-02",
      lieu: "Paris",
      scan: { nom: "convention-2020-signee.pdf", octets: imprime },
      // (frozen now, at this signature: a paper date of 2020 says why)
      motifDate: "Convention signée sur papier en mars 2020, saisie dans l'application après coup.",
    });
    expect(r).toMatchObject({ statut: "SIGNEE", dateSignature: "2020-03-02" });
    expect(await db.versionFigee.count({ where: { documentId: copie.id } })).toBe(1);
  });
});

describe("signature blocks at the freeze", () => {
  it("are needed, one per party with its power stated, before « valider » (issue 18): the drafter is told at the blocks", async () => {
    const redacteur = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: await org("DNE") });
    const relecteur = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const], organisationId: await org("DINUM") });
    for (const [signatures, attendu] of [
      [[], /« Le Ministère de l'Education Nationale et de la Jeunesse \(MENJ\) » n'a pas de bloc de signature/],
      [
        [
          { partie: 0, mention: "Pour la DNE, le directeur", signee: false },
          { partie: 1, mention: "Pour la DINUM,", signee: false, autorite: "TITULAIRE" as const },
        ],
        /Le bloc de signature de « Le Ministère de l'Education Nationale et de la Jeunesse \(MENJ\) » : précisez le pouvoir de signer/,
      ],
    ] as const) {
      const convention = await createConvention(db, { statut: "BROUILLON", dateSignature: undefined, signatures: [...signatures] });
      await expect(
        mener({ conventionId: convention.id }, [
          [redacteur, "SOUMETTRE"],
          [relecteur, "VALIDER"],
        ]),
      ).rejects.toMatchObject({ code: "REVUE_INCOMPLETE", message: expect.stringMatching(attendu) });
      expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).statut).toBe("EN_REVUE");
    }
  });

  it("sign in their order, délégant first, délégataire last, and its first signatories are told", async () => {
    const redacteur = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: await org("DNE") });
    const relecteur = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const], organisationId: await org("DINUM") });
    const dne = await createAgent(db, { roles: ["SIGNATAIRE" as const], organisationId: await org("DNE") });
    const dinum = await createAgent(db, { roles: ["SIGNATAIRE" as const], organisationId: await org("DINUM") });
    const convention = await createConvention(db, { statut: "BROUILLON", dateSignature: undefined });
    await mener({ conventionId: convention.id }, [
      [redacteur, "SOUMETTRE"],
      [relecteur, "VALIDER"],
    ]);
    const blocs = await db.signature.findMany({
      where: { conventionId: convention.id },
      include: { partie: true },
      orderBy: { ordre: "asc" },
    });
    expect(blocs.map((b) => [b.partie!.role, b.groupe, b.mention])).toEqual([
      ["DELEGANT", 1, "Pour la DNE, le directeur"],
      ["DELEGATAIRE", 2, "Pour la DINUM, la directrice"],
    ]);
    const tour = (id: string) => db.notification.count({ where: { userId: id, conventionId: convention.id, type: "A_VOUS_DE_SIGNER" } });
    expect([await tour(dne.id), await tour(dinum.id)]).toEqual([1, 0]);
    // The frozen version is printed with those blocks: each has its room, where a signature shows.
    const { trouverZone } = await import("@/lib/server/signature/zone-visible");
    const { PDF } = await import("@libpdf/core");
    const { ancreSignature } = await import("@/lib/pdf/data");
    const figee = await avecOctets(await db.versionFigee.findFirstOrThrow({ where: { documentId: convention.id } }));
    const lu = await PDF.load(new Uint8Array(figee.pdf));
    for (const b of blocs) expect(Math.round(trouverZone(lu, ancreSignature(b.id))!.hauteur)).toBe(48);
  });
});

describe("two parties of one group signing at the same moment", () => {
  it("are serialised: one signature is applied, the other is refused in French, nothing half-written", async () => {
    const { dne, dinum, convention } = await setup();
    await db.signature.updateMany({ where: { conventionId: convention.id }, data: { groupe: 1 } }); // any order
    const blocs = await db.signature.findMany({ where: { conventionId: convention.id }, orderBy: { ordre: "asc" } });
    const v = await version(dne, convention.id);
    const essai = (agent: typeof dne, signatureId: string) =>
      signDocument(agent, {
        conventionId: convention.id,
        signatureId,
        version: v,
        mode: "APPLICATION",
        dateSignature: aujourdhui(),
        motDePasse: MOT_DE_PASSE,
      });
    const [a, b] = await Promise.allSettled([essai(dne, blocs[0]!.id), essai(dinum, blocs[1]!.id)]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    const refus = (a.status === "rejected" ? a : b) as PromiseRejectedResult;
    expect(["CONFLIT_VERSION", "SIGNATURE_CONCURRENTE"]).toContain(refus.reason.code);
    expect(await db.signature.count({ where: { conventionId: convention.id, signee: true } })).toBe(1);
    expect(await db.pdfSigne.count({ where: { versionFigee: { documentId: convention.id } } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entiteId: convention.id, type: "CONVENTION_SIGNATURE" } })).toBe(1);
    // The loser signs again from the page as it now is: over the first signature.
    const perdant = a.status === "rejected" ? { agent: dne, bloc: blocs[0]! } : { agent: dinum, bloc: blocs[1]! };
    const fin = await signDocument(perdant.agent, {
      conventionId: convention.id,
      signatureId: perdant.bloc.id,
      version: await version(perdant.agent, convention.id),
      mode: "APPLICATION",
      dateSignature: aujourdhui(),
      motDePasse: MOT_DE_PASSE,
    });
    expect(fin.statut).toBe("SIGNEE");
    expect((await db.pdfSigne.findMany({ where: { versionFigee: { documentId: convention.id } } })).map((p) => p.rang).sort()).toEqual([
      1, 2,
    ]);
  });
});

describe("successions and signing rights (issue 18, item 7)", () => {
  it("the successor's signatory signs for the party recorded under its predecessor, and the block says so; others may not", async () => {
    const redacteur = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: await org("DNE") });
    const relecteur = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const], organisationId: await org("DINUM") });
    const dne = await createAgent(db, { roles: ["SIGNATAIRE" as const], organisationId: await org("DNE"), password: MOT_DE_PASSE });
    const dinum = await createAgent(db, { roles: ["SIGNATAIRE" as const], organisationId: await org("DINUM"), password: MOT_DE_PASSE });
    const sg = await createAgent(db, { roles: ["SIGNATAIRE" as const], organisationId: await org("SG"), password: MOT_DE_PASSE });
    // An old convention: its délégataire recorded as the DINSIC, which the referential says the DINUM succeeded.
    const convention = await createConvention(db, {
      statut: "BROUILLON",
      dateSignature: undefined,
      parties: convention2024Webinaire.parties.map((p, i) => (i === 1 ? { ...p, organisation: "DINSIC" } : p)),
      signatures: convention2024Webinaire.signatures.map((s) => ({ ...s, signee: false, dateSignature: undefined })),
    });
    await mener({ conventionId: convention.id }, [
      [redacteur, "SOUMETTRE"],
      [relecteur, "VALIDER"],
    ]);
    const [blocDne, blocDinsic] = await db.signature.findMany({ where: { conventionId: convention.id }, orderBy: { ordre: "asc" } });
    // Its turn comes: the DINUM's signatories are told (they may sign it), not the SG's.
    const dit = (id: string) => db.notification.count({ where: { userId: id, conventionId: convention.id, type: "A_VOUS_DE_SIGNER" } });
    const enLigne = async (agent: typeof dne, signatureId: string) =>
      signDocument(agent, {
        conventionId: convention.id,
        signatureId,
        version: await version(agent, convention.id),
        mode: "APPLICATION",
        dateSignature: aujourdhui(),
        motDePasse: MOT_DE_PASSE,
      });
    await enLigne(dne, blocDne!.id);
    expect([await dit(dinum.id), await dit(sg.id)]).toEqual([1, 0]);
    await expect(enLigne(sg, blocDinsic!.id)).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    const { readSignatures } = await import("@/lib/server/signature/read-signatures");
    const vue = await readSignatures(dinum, {
      type: "convention",
      conventionId: convention.id,
      avenantId: null,
      numero: null,
      statut: "SIGNEE_PARTIELLEMENT",
      version: await version(dinum, convention.id),
    });
    expect(vue.etapes[1]).toMatchObject({ signerEnLigne: true, auTitreDe: "pour DINSIC, au titre de DINUM qui lui a succédé" });
    expect((await enLigne(dinum, blocDinsic!.id)).statut).toBe("SIGNEE");
    const signe = await avecOctets(await db.pdfSigne.findFirstOrThrow({ where: { signatureId: blocDinsic!.id } }));
    expect(pdftotext(signe.pdf)).toContain("pour DINSIC, au titre de DINUM qui lui a succédé");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entiteId: convention.id, type: "CONVENTION_SIGNATURE" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.apres).toMatchObject({ auTitreDe: "pour DINSIC, au titre de DINUM qui lui a succédé" });
  });
});

describe("signature dates (issue 18, item 8)", () => {
  it("a paper date before a signature already recorded, or before the freeze, is confirmed with its reason; never in the future", async () => {
    const { dne, dinum, convention, blocs } = await setup();
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    await signDocument(dne, {
      conventionId: convention.id,
      signatureId: blocs[0]!.id,
      version: await version(dne, convention.id),
      mode: "APPLICATION",
      dateSignature: aujourdhui(),
      motDePasse: MOT_DE_PASSE,
    });
    const figee = await avecOctets(await db.versionFigee.findFirstOrThrow({ where: { documentId: convention.id } }));
    const scan = async (dateSignature: string, motifDate?: string): Promise<DemandeSignature> => ({
      conventionId: convention.id,
      signatureId: blocs[1]!.id,
      version: await version(admin, convention.id),
      mode: "SCAN",
      dateSignature,
      scan: { nom: "dinum-2018.pdf", octets: Buffer.from(figee.pdf) },
      motifDate,
    });
    const demain = jourDeParis(new Date(Date.now() + 2 * 86_400_000));
    await expect(signDocument(admin, await scan(demain))).rejects.toMatchObject({ code: "DATE_FUTURE" });
    await expect(signDocument(admin, await scan("2018-04-12"))).rejects.toMatchObject({
      code: "DATE_A_CONFIRMER",
      message: expect.stringMatching(
        /^La date du 12\/04\/2018 précède la signature déjà enregistrée de .* \(\d{2}\/\d{2}\/\d{4}\) et l'envoi à la signature de cette version \(figée le \d{2}\/\d{2}\/\d{4}\)\. /,
      ),
      champs: { motifDate: expect.stringContaining("Indiquez pourquoi") },
    });
    await expect(signDocument(admin, await scan("2018-04-12", "papier"))).rejects.toMatchObject({ code: "DATE_A_CONFIRMER" });
    expect(await db.signature.count({ where: { id: blocs[1]!.id, signee: true } })).toBe(0);
    // Confirmed: recorded with its reason; the document's date is the last of its parties' dates.
    const r = await signDocument(admin, await scan("2018-04-12", "Signé sur papier par la DINUM en 2018, déposé aujourd'hui."));
    expect(r).toMatchObject({ statut: "SIGNEE", dateSignature: aujourdhui() });
    expect(await db.signature.findUniqueOrThrow({ where: { id: blocs[1]!.id } })).toMatchObject({
      motifDate: "Signé sur papier par la DINUM en 2018, déposé aujourd'hui.",
    });
    const { certificatDeSignature } = await import("@/lib/server/signature/certificat");
    const { renderPdf } = await import("@/lib/server/pdf/pdf-pool");
    expect(pdftotext(await renderPdf(await certificatDeSignature(dinum, { conventionId: convention.id })))).toContain(
      "Date confirmée, antérieure à une étape déjà enregistrée : Signé sur papier par la DINUM en 2018",
    );
  });
});
