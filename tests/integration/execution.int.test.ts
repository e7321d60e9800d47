// Financial execution (issue 12): CHORUS extracts in xlsx and in Windows-1252 CSV, previewed with
// every error, imported all or nothing, the same file twice changing nothing, payments checked
// against their commitments, a convention not signed refused; the file kept without bank details.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { getFichier } from "@/lib/server/fichiers/fichiers";
import { createAgent, createConvention, unique } from "../helpers/factories";
import { convention2024Webinaire } from "@/prisma/seed/index";
import { previewImport } from "@/lib/server/execution/preview-import";
import { importExtrait } from "@/lib/server/execution/import-extrait";
import { getExecution } from "@/lib/server/execution/get-execution";

const db = testDb();

async function setup(statut: "SIGNEE" | "PRETE_A_SIGNER" = "SIGNEE") {
  const uo = unique("0214-T").toUpperCase();
  const convention = await createConvention(db, {
    statut,
    ...(statut === "SIGNEE"
      ? {}
      : { dateSignature: undefined, signatures: convention2024Webinaire.signatures.map((s) => ({ ...s, signee: false })) }),
    imputation: { ...convention2024Webinaire.imputation!, centreFinancier: uo },
  });
  const finance = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const] });
  return { uo, convention, finance };
}

async function xlsx(lignes: (string | number | Date)[][]): Promise<Buffer> {
  const classeur = new ExcelJS.Workbook();
  const feuille = classeur.addWorksheet("Extraction");
  for (const l of lignes) feuille.addRow(l);
  return Buffer.from(await classeur.xlsx.writeBuffer());
}

const csv1252 = (lignes: string[][]) => iconv.encode(lignes.map((l) => l.join(";")).join("\r\n"), "win1252");

const ENTETES_EJ = [
  "Exercice comptable",
  "Centre financier",
  "Domaine fonctionnel",
  "Numéro de pièce de la pièce de référence",
  "Numéro de poste",
  "Nom 1",
  "Montant à contrôler en dev. transaction",
  "Type de montant",
  "Type de montant.1",
  "Date comptable",
];

describe("importing CHORUS extracts for a signed convention", () => {
  it("credits (xlsx), commitments (xlsx, Excel dates) and payments (CSV Windows-1252); twice changes nothing", async () => {
    const { uo, convention, finance } = await setup();
    const collegue = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const] }); // told of new alerts
    const base = { conventionId: convention.id };

    // Credits made available, in xlsx.
    const mad = await xlsx([
      ["Date de mise à disposition", "Centre financier", "AE", "CP"],
      [new Date(Date.UTC(2024, 9, 2)), uo, 120000, 10000],
      [new Date(Date.UTC(2025, 0, 15)), uo, 0, 110000],
    ]);
    const apercu = await previewImport(finance, { ...base, nom: "mad.xlsx", octets: mad });
    expect(apercu).toMatchObject({
      nature: "MISE_A_DISPOSITION",
      erreurs: [],
      conventions: [{ id: convention.id, lignes: 2, nouvelles: 2 }],
    });
    expect(await db.mouvementExecution.count({ where: { conventionId: convention.id } })).toBe(0); // a preview writes nothing
    const etapes: string[] = [];
    await importExtrait(finance, { ...base, nom: "mad.xlsx", octets: mad, sha256: apercu.sha256, progression: (m) => etapes.push(m) });
    // Where the work is, as the page shows it while a large file is read and written.
    expect(etapes).toEqual([
      expect.stringMatching(/^Lecture du fichier \(\d+ Ko\)…$/),
      "2 lignes lues : contrôle de chaque ligne…",
      "2 lignes contrôlées : rattachement aux conventions et aux engagements…",
      "Écriture de 2 lignes nouvelles…",
      "Mise à jour du suivi financier et des alertes…",
    ]);

    // Commitments: Excel serial dates, a reduction written positive, other UOs' lines not ours.
    const ej = await xlsx([
      ENTETES_EJ,
      [2024, uo, "0214-08-02", "1300012345", "1", "ACME Visio", "80 000,00", "EUR", "100", 45580],
      [2024, uo, "0214-08-02", "1300012345", "1", "ACME Visio", "5 000,00", "EUR", "200", 45600],
      [2024, "0129-AUTRE", "0129-01", "1300099999", "1", "Autre", "1 000,00", "EUR", "100", 45600],
    ]);
    const aEj = await previewImport(finance, { nom: "ej.xlsx", octets: ej }); // from the finance page: matched by UO
    expect(aEj.erreurs).toEqual([]);
    expect(aEj.conventions).toEqual([
      expect.objectContaining({ id: convention.id, lignes: 2, ae: "75 000,00 €".replace(/ /g, "\u202f").replace("\u202f€", "\u00a0€") }),
    ]);
    expect(aEj.autresUo).toEqual([{ centreFinancier: "0129-AUTRE", lignes: 1 }]);
    await importExtrait(finance, { nom: "ej.xlsx", octets: ej, sha256: aEj.sha256 });

    // Payments, in a CSV saved by Excel in Windows-1252, with bank details at the end.
    const dp = csv1252([
      [
        "N° EJ",
        "N° poste EJ",
        "N° DP",
        "N° poste DP",
        "Exercice comptable",
        "Fournisseur payé (DP) [CODE]",
        "Centre financier [CODE]",
        "Montant payé",
        "Date de dernière opération sur la DP",
        "IBAN",
      ],
      ["1300012345", "1", "1000001", "1", "2024", "ACME Visio Éditions", uo, "30 000,00", "15/11/2024", "FR7630001007941234567890185"],
      ["1300012345", "1", "1000002", "1", "2025", "ACME Visio Éditions", uo, "20 000,00", "2025-02-10", "FR7630001007941234567890185"],
    ]);
    const aDp = await previewImport(finance, { ...base, nom: "dp.csv", octets: dp });
    expect(aDp).toMatchObject({ nature: "PAIEMENT", erreurs: [], colonnesBancaires: ["IBAN"] });
    const fait = await importExtrait(finance, { ...base, nom: "dp.csv", octets: dp, sha256: aDp.sha256 });
    expect(fait.importees).toBe(2);
    const paiement = await db.mouvementExecution.findFirstOrThrow({ where: { conventionId: convention.id, numeroDp: "1000001" } });
    expect(paiement.fournisseur).toBe("ACME Visio Éditions"); // Windows-1252 read as such
    // The file is kept with its SHA-256 and who imported it, without the bank details.
    const fichier = await db.importExecution.findUniqueOrThrow({ where: { id: fait.importId } });
    expect(fichier).toMatchObject({ sha256: aDp.sha256, importeParId: finance.id, lignesImportees: 2 });
    const copie = (await getFichier(fichier.copieSha256)).toString("utf8");
    expect(copie).not.toContain("FR76");
    expect(copie).toContain("ACME Visio Éditions");

    // The same file again: nothing new.
    const encore = await previewImport(finance, { ...base, nom: "dp.csv", octets: dp });
    expect(encore).toMatchObject({ dejaPresentes: 2, conventions: [{ nouvelles: 0 }], dejaImporte: { par: expect.any(String) } });
    expect((await importExtrait(finance, { ...base, nom: "dp.csv", octets: dp, sha256: encore.sha256 })).importees).toBe(0);
    expect(await db.mouvementExecution.count({ where: { conventionId: convention.id } })).toBe(6);

    // Schedule against actual, to the cent.
    const execution = await getExecution(finance, convention.id);
    expect(execution.synthese.annees.map((a) => [a.annee, a.aeProgramme, a.aeDisponible, a.aeEngage, a.cpPaye, a.cpRestant])).toEqual([
      [2024, 12000000n, 12000000n, 7500000n, 3000000n, -2000000n],
      [2025, 0n, 0n, 0n, 2000000n, 9000000n],
    ]);
    expect(execution.engagements).toEqual([expect.objectContaining({ numero: "1300012345", engage: 7500000n, paye: 5000000n })]);
    // Paid above the CP made available in 2024 (30 000 € for 10 000 €): an alert, with what to do.
    expect(execution.alertes.map((a) => a.message)).toContain(
      "En 2024, les paiements (30\u202f000,00\u00a0€) dépassent les CP mis à disposition (10\u202f000,00\u00a0€) de 20\u202f000,00\u00a0€.",
    );
    // …told to DINUM finance, once (the same file again tells nothing new).
    const alertesRecues = await db.notification.findMany({
      where: { conventionId: convention.id, type: "ALERTE_EXECUTION", userId: collegue.id },
    });
    expect(alertesRecues.some((n) => n.titre.includes("En 2024, les paiements"))).toBe(true);
    expect(new Set(alertesRecues.map((n) => `${n.userId}|${n.titre}`)).size).toBe(alertesRecues.length);

    // The end-of-convention report, as PDF (pdftotext) and CSV.
    const { compteRenduPdf, compteRenduCsv } = await import("@/lib/server/execution/compte-rendu");
    const { renderPdf } = await import("@/lib/server/pdf/pdf-pool");
    const { execFileSync } = await import("node:child_process");
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const fichierCr = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cr-")), "cr.pdf");
    fs.writeFileSync(fichierCr, await renderPdf(await compteRenduPdf(finance, convention.id)));
    const texteCr = execFileSync("pdftotext", ["-layout", fichierCr, "-"], { encoding: "utf8" }).replace(/[\s\u00a0\u202f]+/g, " ");
    for (const attendu of [
      "Compte rendu de gestion",
      convention.reference,
      "1300012345",
      "ACME Visio",
      "1000002",
      "Total 120 000,00 € 120 000,00 € 75 000,00 € 120 000,00 € 120 000,00 € 50 000,00 €",
    ])
      expect(texteCr).toContain(attendu);
    const { csv } = await compteRenduCsv(finance, convention.id);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("1300012345;ACME Visio;");
    expect(csv).toContain("Total;120000,00;120000,00;75000,00;45000,00;120000,00;120000,00;50000,00;70000,00;0,00");

    // The dashboard: the same figures, filtered by UO, grouped by délégant, to the cent.
    const { getTableauDeBord } = await import("@/lib/server/execution/get-tableau-de-bord");
    const t = await getTableauDeBord(finance, { de: 2024, a: 2025, uo: uo.toLowerCase() });
    expect(t.lignes.map((l) => l.id)).toEqual([convention.id]);
    expect(t.conventions).toBe(1);
    expect(t.lignes[0]!.alertes).toBeGreaterThanOrEqual(1); // paid above the CP made available in 2024
    expect(t.alertes).toBe(t.lignes[0]!.alertes);
    expect(t.total).toEqual({
      aeProgramme: 12000000n,
      cpProgramme: 12000000n,
      aeDisponible: 12000000n,
      cpDisponible: 12000000n,
      aeEngage: 7500000n,
      cpPaye: 5000000n,
    });
    expect(t.annees.map((a) => [a.annee, a.montants.cpPaye])).toEqual([
      [2024, 3000000n],
      [2025, 2000000n],
    ]);
    const parDelegant = await getTableauDeBord(finance, { de: 2024, a: 2025, uo }, { par: "delegant" });
    expect(parDelegant.groupes).toEqual([expect.objectContaining({ libelle: "DNE", conventions: 1, montants: t.total })]);
    expect(parDelegant.lignes).toEqual([]);
    // The group's key is its filter: the délégant's id gives the same convention.
    const dne = await getTableauDeBord(finance, { de: 2024, a: 2025, uo, delegant: parDelegant.groupes![0]!.cle! });
    expect(dne.lignes.map((l) => l.id)).toEqual([convention.id]);
    expect((await getTableauDeBord(finance, { de: 2025, a: 2025, uo })).total.aeEngage).toBe(0n);
  });

  it("refuses, line by line, a payment above its commitment, one for an unknown EJ, and writes nothing", async () => {
    const { uo, convention, finance } = await setup();
    const ej = await xlsx([ENTETES_EJ, [2024, uo, "", "1300000001", "1", "ACME", "10 000,00", "EUR", "100", "01/03/2024"]]);
    const a = await previewImport(finance, { conventionId: convention.id, nom: "ej.xlsx", octets: ej });
    await importExtrait(finance, { conventionId: convention.id, nom: "ej.xlsx", octets: ej, sha256: a.sha256 });
    const dp = csv1252([
      ["N° EJ", "N° DP", "Exercice comptable", "Centre financier", "Montant payé", "Date de dernière opération sur la DP"],
      ["1300000001", "2000001", "2024", uo, "8 000,00", "01/04/2024"],
      ["1300000001", "2000002", "2024", uo, "3 000,00", "01/05/2024"],
      ["1300000404", "2000003", "2024", uo, "1 000,00", "01/05/2024"],
      ["1300000001", "2000004", "2024", uo, "1 000 €", "32/05/2024"],
    ]);
    const apercu = await previewImport(finance, { conventionId: convention.id, nom: "dp.csv", octets: dp });
    expect(apercu.erreurs.map((e) => e.message)).toEqual([
      "Ligne 3 : la demande de paiement 2000002 porte les paiements de l'EJ 1300000001 à 11\u202f000,00\u00a0€, au-delà de son montant engagé (10\u202f000,00\u00a0€).",
      `Ligne 4 : la demande de paiement 2000003 paie l'EJ 1300000404, inconnu pour la convention ${convention.reference} : importez d'abord l'extrait des engagements.`,
      "Ligne 5, colonne « Date » : « 32/05/2024 » — attendu : une date JJ/MM/AAAA.",
    ]);
    await expect(
      importExtrait(finance, { conventionId: convention.id, nom: "dp.csv", octets: dp, sha256: apercu.sha256 }),
    ).rejects.toMatchObject({
      code: "IMPORT_ERREURS",
      message: "3 erreurs dans le fichier : rien n'a été importé. Corrigez-les et relancez l'aperçu.",
    });
    expect(await db.mouvementExecution.count({ where: { conventionId: convention.id, nature: "PAIEMENT" } })).toBe(0);
  });

  it("reads an EJ's balance one way (issue 19): a carried-over line is no commitment, for the import as for manual entry", async () => {
    const { uo, convention, finance } = await setup();
    const ej = await xlsx([
      ENTETES_EJ,
      [2024, uo, "", "1300000007", "1", "ACME", "50 000,00", "EUR", "100", "01/03/2024"],
      // 20 000 € still open at the year's end, carried over to 2025 (type 350): the same EJ, nothing more committed.
      [2025, uo, "", "1300000007", "1", "ACME", "20 000,00", "EUR", "350", "01/01/2025"],
    ]);
    const a = await previewImport(finance, { conventionId: convention.id, nom: "ej-report.xlsx", octets: ej });
    expect(a.erreurs).toEqual([]);
    await importExtrait(finance, { conventionId: convention.id, nom: "ej-report.xlsx", octets: ej, sha256: a.sha256 });
    const dp = (montant: string) =>
      csv1252([
        ["N° EJ", "N° DP", "Exercice comptable", "Centre financier", "Montant payé", "Date de dernière opération sur la DP"],
        ["1300000007", "2000070", "2025", uo, montant, "01/04/2025"],
      ]);
    // 60 000 € paid on an EJ that committed 50 000 €: refused by the import as by manual entry.
    const trop = await previewImport(finance, { conventionId: convention.id, nom: "dp.csv", octets: dp("60 000,00") });
    expect(trop.erreurs.map((e) => e.message)).toEqual([
      "Ligne 2 : la demande de paiement 2000070 porte les paiements de l'EJ 1300000007 à 60\u202f000,00\u00a0€, au-delà de son montant engagé (50\u202f000,00\u00a0€).",
    ]);
    const { recordMouvement } = await import("@/lib/server/execution/record-mouvement");
    const { blankMouvement, mouvementSchema } = await import("@/lib/schemas/mouvement");
    const saisie = (cp: string) =>
      recordMouvement(
        finance,
        mouvementSchema.parse({
          ...blankMouvement(convention.id),
          nature: "PAIEMENT",
          date: "2025-04-01",
          numeroDp: "2000071",
          numeroEj: "1300000007",
          cp,
        }),
      );
    await expect(saisie("60 000")).rejects.toMatchObject({ code: "PAIEMENT_AU_DELA_EJ" });
    // 50 000 €: accepted by both, and the page reads the same balance.
    const juste = await previewImport(finance, { conventionId: convention.id, nom: "dp.csv", octets: dp("50 000,00") });
    expect(juste.erreurs).toEqual([]);
    expect((await getExecution(finance, convention.id)).engagements).toEqual([
      expect.objectContaining({ numero: "1300000007", engage: 5000000n, paye: 0n }),
    ]);
  });

  it("refuses a commitment on a convention not signed, a binary renamed .csv, a file with a missing column, a reader", async () => {
    const { uo, convention, finance } = await setup("PRETE_A_SIGNER");
    const ej = await xlsx([ENTETES_EJ, [2024, uo, "", "1300000001", "1", "ACME", "10 000,00", "EUR", "100", "01/03/2024"]]);
    const apercu = await previewImport(finance, { conventionId: convention.id, nom: "ej.xlsx", octets: ej });
    expect(apercu.erreurs[0]!.message).toBe(
      `Ligne 2 : la convention ${convention.reference} n'est pas signée (« Prête à signer ») : aucun crédit, engagement ni paiement ne s'y rattache avant sa signature.`,
    );
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(100)]);
    await expect(previewImport(finance, { nom: "extrait.csv", octets: png })).rejects.toMatchObject({
      code: "FICHIER_BINAIRE",
      message: "« extrait.csv » n'est pas un fichier texte : est-ce bien un CSV (ou un xlsx renommé) ?",
    });
    const sansMontant = csv1252([
      ["N° EJ", "N° DP", "Centre financier", "Date comptable"],
      ["1", "2", uo, "01/01/2024"],
    ]);
    expect((await previewImport(finance, { nom: "dp.csv", octets: sansMontant })).erreurs[0]!.message).toBe(
      "Colonne manquante : « Montant », attendue dans un extrait de demandes de paiement (DP).",
    );
    await expect(previewImport(finance, { nom: "gros.csv", octets: Buffer.alloc(31 * 1024 * 1024, 0x41) })).rejects.toMatchObject({
      code: "FICHIER_TROP_GROS",
    });
    const lecteur = await createAgent(db, { roles: ["LECTEUR" as const] });
    await expect(previewImport(lecteur, { nom: "ej.xlsx", octets: ej })).rejects.toMatchObject({ code: "ACCES_REFUSE" });
  });
});
