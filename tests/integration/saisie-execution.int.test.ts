// Execution lines entered by hand (issue 12: « by hand or by importing »): checked as imported
// lines, shown with who entered them, counted on the dashboard, removable (an imported line is
// not); and every table of the execution page exported as CSV and XLSX (amounts as numbers in
// euros, dates as dates).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention, unique } from "../helpers/factories";
import { convention2024Webinaire } from "@/prisma/seed/index";
import { blankMouvement, mouvementSchema, type MouvementInput } from "@/lib/schemas/mouvement";
import { recordMouvement } from "@/lib/server/execution/record-mouvement";
import { deleteMouvement } from "@/lib/server/execution/delete-mouvement";
import { getExecution } from "@/lib/server/execution/get-execution";
import { tableauxExecution } from "@/lib/server/execution/tableaux";
import { getTableauDeBord } from "@/lib/server/execution/get-tableau-de-bord";
import { fichierTableur } from "@/lib/server/export/tableur";
import { previewImport } from "@/lib/server/execution/preview-import";
import { importExtrait } from "@/lib/server/execution/import-extrait";
import { getHistorique } from "@/lib/server/historique/get-historique";

const db = testDb();

async function setup(statut: "SIGNEE" | "PRETE_A_SIGNER" = "SIGNEE") {
  const uo = unique("0214-M").toUpperCase();
  const convention = await createConvention(db, {
    statut,
    ...(statut === "SIGNEE" ? {} : { dateSignature: undefined }),
    imputation: { ...convention2024Webinaire.imputation!, centreFinancier: uo },
  });
  const finance = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const] });
  const saisir = (v: Partial<MouvementInput>) =>
    recordMouvement(finance, mouvementSchema.parse({ ...blankMouvement(convention.id), ...v }));
  return { uo, convention, finance, saisir };
}

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return "OK";
  } catch (e) {
    return `${(e as { code?: string }).code} ${JSON.stringify((e as { champs?: unknown }).champs ?? {})}`;
  }
};

describe("execution lines entered by hand", () => {
  it("credits, a commitment, its reduction and a payment: checked, shown, counted, removable", async () => {
    const { uo, convention, finance, saisir } = await setup();
    await saisir({ nature: "MISE_A_DISPOSITION", date: "2024-10-02", ae: "120 000", cp: "10 000" });
    await saisir({ nature: "ENGAGEMENT", date: "2024-10-15", numeroEj: "1300077777", ae: "50 000,00", fournisseur: "ACME" });
    await saisir({ nature: "ENGAGEMENT", date: "2024-11-02", numeroEj: "1300077777", typeMontant: "200", ae: "5 000" });
    // A payment for an unknown EJ, or above what its EJ committed: refused at the field.
    expect(
      await code(saisir({ nature: "PAIEMENT", date: "2024-11-10", numeroDp: "2000000001", numeroEj: "1300000404", cp: "1 000" })),
    ).toBe('EJ_INCONNU {"numeroEj":"EJ inconnu pour cette convention."}');
    expect(
      await code(saisir({ nature: "PAIEMENT", date: "2024-11-10", numeroDp: "2000000001", numeroEj: "1300077777", cp: "46 000" })),
    ).toBe('PAIEMENT_AU_DELA_EJ {"cp":"Au plus 45\u202f000,00\u00a0€ (le reste de l\'EJ)."}');
    // A reduction of an EJ the convention does not have: said as such, not as an amount.
    expect(await code(saisir({ nature: "ENGAGEMENT", date: "2024-11-10", numeroEj: "1300000404", typeMontant: "200", ae: "1 000" }))).toBe(
      'EJ_INCONNU {"numeroEj":"EJ inconnu pour cette convention."}',
    );
    const { id: dp } = await saisir({
      nature: "PAIEMENT",
      date: "2024-11-10",
      numeroDp: "2000000001",
      numeroEj: "1300077777",
      cp: "8 000",
    });
    // The schema asks what each nature needs.
    expect(
      mouvementSchema
        .safeParse({ ...blankMouvement(convention.id), nature: "PAIEMENT", date: "2024-11-10" })
        .error?.issues.map((i) => i.path[0]),
    ).toEqual(["numeroDp", "numeroEj", "cp"]);

    const e = await getExecution(finance, convention.id);
    expect(e.synthese.annees.find((a) => a.annee === 2024)).toMatchObject({
      aeDisponible: 12_000_000n,
      aeEngage: 4_500_000n,
      cpPaye: 800_000n,
    });
    expect(e.engagements).toEqual([
      expect.objectContaining({ numero: "1300077777", engage: 4_500_000n, paye: 800_000n, fournisseur: "ACME" }),
    ]);
    const t = tableauxExecution(e);
    expect(t.paiements.lignes[0]).toEqual(["2000000001", "2024-11-10", 2024, "1300077777", null, 800_000n, `Saisie par ${finance.nom}`]);
    expect(t.paiements.saisies).toEqual([dp]);
    expect(t["lignes-engagements"].lignes[0]![7]).toMatch(new RegExp(`^${uo} / `)); // the convention's imputation
    expect(t["lignes-engagements"].lignes.map((l) => [l[2], l[5]])).toEqual([
      ["100 — engagement initial", 5_000_000n],
      ["200 — réduction", -500_000n],
    ]);
    // On the dashboard at once.
    const tb = await getTableauDeBord(finance, { de: 2024, a: 2024, uo });
    expect(tb.total).toMatchObject({ aeDisponible: 12_000_000n, aeEngage: 4_500_000n, cpPaye: 800_000n });
    // In the history.
    const h = await getHistorique(finance, { conventionId: convention.id });
    expect(h.lignes.filter((l) => l.categorie === "execution").map((l) => l.quoi)).toContain("Ligne d'exécution saisie");

    // The commitment cannot go while paid; the payment can, then the commitment.
    const ej = e.lignesEngagements[0]!;
    expect(await code(deleteMouvement(finance, { conventionId: convention.id, id: ej.id }))).toMatch(/^EJ_PAYE/);
    await deleteMouvement(finance, { conventionId: convention.id, id: dp });
    expect(await code(deleteMouvement(finance, { conventionId: convention.id, id: dp }))).toMatch(/^LIGNE_INTROUVABLE/);
    expect((await getTableauDeBord(finance, { de: 2024, a: 2024, uo })).total.cpPaye).toBe(0n);
    expect(
      (await getHistorique(finance, { conventionId: convention.id })).lignes.find((l) => l.quoi === "Ligne d'exécution saisie supprimée")
        ?.changements,
    ).toEqual([expect.stringContaining("demande de paiement EJ 1300077777, DP 2000000001, CP 8\u202f000")]);
  });

  it("an identical line already there (a form sent twice) is entered again only once confirmed", async () => {
    const { convention, finance, saisir } = await setup();
    const mad = { nature: "MISE_A_DISPOSITION", date: "2024-10-02", ae: "100 000" } as const;
    await saisir(mad);
    expect(await code(saisir(mad))).toMatch(/^LIGNE_EN_DOUBLE/);
    const ej = {
      nature: "ENGAGEMENT",
      date: "2024-10-15",
      numeroEj: "1300066666",
      posteEj: "1",
      typeMontant: "100",
      ae: "20 000",
    } as const;
    await saisir(ej);
    // Both refusals said in French, with who entered the first one; nothing written twice.
    await expect(saisir(ej)).rejects.toMatchObject({
      code: "LIGNE_EN_DOUBLE",
      message: expect.stringMatching(/^Une ligne identique \(même nature, date, montants, EJ\) existe déjà : saisie par Agent de test le /),
    });
    const avant = await getExecution(finance, convention.id);
    expect(avant.synthese.total.aeDisponible).toBe(10000000n);
    // Another line (another amount, another EJ poste) is not the same; a confirmed one is entered.
    await saisir({ ...ej, posteEj: "2" });
    await saisir({ ...mad, confirmerDoublon: true });
    expect((await getExecution(finance, convention.id)).synthese.total.aeDisponible).toBe(20000000n);
  });

  it("refuses a line on a convention not signed, and the removal of an imported line", async () => {
    const pas = await setup("PRETE_A_SIGNER");
    expect(await code(pas.saisir({ nature: "MISE_A_DISPOSITION", date: "2024-10-02", ae: "1 000" }))).toMatch(/^CONVENTION_NON_SIGNEE/);
    const { uo, convention, finance } = await setup();
    const classeur = new ExcelJS.Workbook();
    const f = classeur.addWorksheet("MAD");
    f.addRow(["Date de mise à disposition", "Centre financier", "AE", "CP"]);
    f.addRow([new Date(Date.UTC(2024, 9, 2)), uo, 1000, 1000]);
    const octets = Buffer.from(await classeur.xlsx.writeBuffer());
    const a = await previewImport(finance, { conventionId: convention.id, nom: "mad.xlsx", octets });
    await importExtrait(finance, { conventionId: convention.id, nom: "mad.xlsx", octets, sha256: a.sha256 });
    const ligne = (await getExecution(finance, convention.id)).misesADisposition[0]!;
    expect(await code(deleteMouvement(finance, { conventionId: convention.id, id: ligne.id }))).toMatch(/^LIGNE_IMPORTEE/);
    expect(tableauxExecution(await getExecution(finance, convention.id))["mises-a-disposition"].lignes[0]!.at(-1)).toBe(
      "Extrait « mad.xlsx »",
    );
  });
});

describe("the execution page's tables as files", () => {
  it("XLSX: amounts are numbers in euros, dates are dates; CSV: `;`, BOM, French amounts and dates", async () => {
    const { convention, finance, saisir } = await setup();
    await saisir({ nature: "MISE_A_DISPOSITION", date: "2024-10-02", ae: "120 000,50", cp: "10 000" });
    const t = tableauxExecution(await getExecution(finance, convention.id));
    const lu = new ExcelJS.Workbook();
    await lu.xlsx.load(Buffer.from(await fichierTableur("xlsx", [t.synthese, t["mises-a-disposition"]])) as never);
    expect(lu.worksheets.map((w) => w.name)).toEqual(["Par année", "Crédits mis à disposition"]);
    const mad = lu.getWorksheet("Crédits mis à disposition")!;
    expect(mad.getRow(2).getCell(1).value).toEqual(new Date("2024-10-02T00:00:00Z"));
    expect(mad.getRow(2).getCell(2).value).toBe(2024);
    expect(mad.getRow(2).getCell(4).value).toBe(120000.5);
    expect(mad.getRow(2).getCell(4).numFmt).toContain("€");
    const synthese = lu.worksheets[0]!;
    expect(synthese.getRow(2).getCell(1).value).toBe(2024);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await fichierTableur("csv", [t["mises-a-disposition"]]));
    expect(csv.startsWith("\uFEFFDate;Exercice;Centre financier (UO);AE;CP;Origine")).toBe(true);
    expect(csv).toContain(`02/10/2024;2024;`);
    expect(csv).toContain(`;120000,50;10000,00;Saisie par ${finance.nom}`);
  });
});
