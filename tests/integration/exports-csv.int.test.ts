// No CSV the app writes can run a formula in a spreadsheet (OWASP « CSV Injection »): a text cell
// beginning with =, +, -, @, a tab or a carriage return is prefixed with « ' » — a supplier name from a
// CHORUS extract, a comment typed at a step — while amounts (negative ones too) and dates stay as they
// are. Each export: the execution page's tables, the compte rendu de gestion, the history.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention, unique } from "../helpers/factories";
import { convention2024Webinaire } from "@/prisma/seed/index";
import { blankMouvement, mouvementSchema, type MouvementInput } from "@/lib/schemas/mouvement";
import { recordMouvement } from "@/lib/server/execution/record-mouvement";
import { getExecution } from "@/lib/server/execution/get-execution";
import { tableauxExecution } from "@/lib/server/execution/tableaux";
import { fichierTableur, neutraliserCsv, texteCsv } from "@/lib/server/export/tableur";
import { compteRenduCsv } from "@/lib/server/execution/compte-rendu";
import { getHistorique, historiqueCsv } from "@/lib/server/historique/get-historique";
import { transitionDocument } from "@/lib/server/cycle/transition";
import { getRevue } from "@/lib/server/revue/get-revue";

const db = testDb();
const PIEGES = ['=HYPERLINK("http://exemple.invalid","clic")', "+33 1 23", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"];

const lire = (csv: string | Uint8Array) =>
  parse(typeof csv === "string" ? csv : new TextDecoder().decode(csv), { delimiter: ";", bom: true, relaxColumnCount: true }) as string[][];
const cellules = (csv: string | Uint8Array) => lire(csv).flat();

/** No cell starts as a formula would, but real numbers (a negative amount is one). */
function sansFormule(csv: string | Uint8Array) {
  for (const c of cellules(csv)) if (!/^-?\d+(,\d+)?$/.test(c)) expect(c, c).not.toMatch(/^[=+\-@\t\r]/);
}

describe("CSV exports are neutralised", () => {
  it.each(PIEGES)("a text cell %j gets a leading quote; plain text, amounts and dates do not", (piege) => {
    expect(neutraliserCsv(piege)).toBe(`'${piege}`);
    const csv = texteCsv(
      [[piege, "ACME", -150050n, 2024, "2024-10-02", "01/02/2024"]],
      [
        { entete: "" },
        { entete: "" },
        { entete: "", type: "montant" },
        { entete: "", type: "nombre" },
        { entete: "", type: "date" },
        { entete: "" },
      ],
    );
    expect(lire(csv)[0]).toEqual([`'${piege}`, "ACME", "-1500,50", "2024", "02/10/2024", "01/02/2024"]);
  });

  it("the execution tables, the compte rendu and the history: supplier and comment neutralised, amounts intact", async () => {
    const uo = unique("0214-X").toUpperCase();
    const convention = await createConvention(db, {
      statut: "SIGNEE",
      imputation: { ...convention2024Webinaire.imputation!, centreFinancier: uo },
    });
    const finance = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const] });
    const saisir = (v: Partial<MouvementInput>) =>
      recordMouvement(finance, mouvementSchema.parse({ ...blankMouvement(convention.id), ...v }));
    await saisir({ nature: "MISE_A_DISPOSITION", date: "2024-10-02", ae: "100 000", cp: "100 000" });
    await saisir({ nature: "ENGAGEMENT", date: "2024-10-15", numeroEj: "1300055555", ae: "50 000", fournisseur: PIEGES[0] });
    await saisir({ nature: "ENGAGEMENT", date: "2024-10-20", numeroEj: "1300055555", typeMontant: "200", ae: "1 000" });
    await saisir({ nature: "PAIEMENT", date: "2024-11-10", numeroDp: "2000000009", numeroEj: "1300055555", cp: "2 000" });

    const tableaux = tableauxExecution(await getExecution(finance, convention.id));
    for (const [cle, feuille] of Object.entries(tableaux)) {
      const csv = await fichierTableur("csv", [feuille]);
      sansFormule(csv);
      if (cle === "engagements") expect(cellules(csv)).toContain(`'${PIEGES[0]}`);
    }
    const engagements = lire(await fichierTableur("csv", [tableaux["engagements"]])).flat();
    expect(engagements.some((c) => c === "-1000,00" || c === "49000,00")).toBe(true);

    const { csv: compteRendu } = await compteRenduCsv(finance, convention.id);
    sansFormule(compteRendu);
    expect(cellules(compteRendu)).toEqual(expect.arrayContaining([`'${PIEGES[0]}`, "2000,00", "47000,00"]));

    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const dne = (await db.organisation.findFirstOrThrow({ where: { sigle: "DNE" } })).id;
    const redacteur = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: dne });
    const brouillon = await createConvention(db, { statut: "BROUILLON" });
    const { version } = await getRevue(redacteur, { conventionId: brouillon.id });
    await transitionDocument(redacteur, { conventionId: brouillon.id, evenement: "SOUMETTRE", version, commentaire: PIEGES[6] });
    const historique = historiqueCsv((await getHistorique(admin, { conventionId: brouillon.id })).lignes);
    sansFormule(historique);
    expect(cellules(historique)).toContain(`'${PIEGES[6]}`);
  });
});
