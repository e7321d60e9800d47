// The dashboard's tables as files: CSV (`;`, UTF-8 with BOM: opens in French spreadsheet software)
// and XLSX (amounts as numbers in a euro format, years as numbers), with the same filters.
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { getAgent } from "@/lib/server/auth/agent";
import { can } from "@/lib/server/policies";
import { lireFiltres, tableauDeBord } from "@/lib/server/execution/tableau-de-bord";
import { reponseTexte } from "@/lib/http/reponse-texte";
import { montantCsv } from "@/lib/domain/money";
import { CHAMPS_MONTANTS, type Montants } from "@/lib/domain/execution/tableau";
import { LIBELLES_STATUT, type Statut } from "@/lib/domain/statut";

export const dynamic = "force-dynamic";

const ENTETES: Record<(typeof CHAMPS_MONTANTS)[number], string> = {
  aeProgramme: "AE programmées",
  cpProgramme: "CP programmés",
  aeDisponible: "AE mises à disposition",
  cpDisponible: "CP mis à disposition",
  aeEngage: "AE engagées",
  cpPaye: "CP payés",
};
const euros = (c: bigint) => Number(c) / 100;

export async function GET(request: Request) {
  const agent = await getAgent();
  if (!agent) return reponseTexte(401, "Votre session a expiré : reconnectez-vous pour exporter.");
  if (!can(agent, "finance.suivre")) return reponseTexte(403, "Votre rôle ne permet pas d'exporter le suivi financier.");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const f = lireFiltres(params);
  const t = await tableauDeBord(agent, f);
  const colonnes = [
    "Référence",
    "Intitulé",
    "Statut",
    "Délégant",
    "Programme",
    "Centre financier",
    "Service",
    ...CHAMPS_MONTANTS.map((k) => ENTETES[k]),
    "AE non engagées",
    "CP non payés",
  ];
  const restes = (mt: Montants) => [mt.aeDisponible - mt.aeEngage, mt.cpDisponible - mt.cpPaye];
  const nom = `suivi-financier_${f.de}-${f.a}`;
  if (params.format === "xlsx") {
    const classeur = new ExcelJS.Workbook();
    classeur.creator = "Conventions de délégation de gestion";
    const euro = '#,##0.00 "€"';
    const feuille = classeur.addWorksheet("Par convention");
    feuille.addRow(colonnes).font = { bold: true };
    for (const l of t.lignes)
      feuille.addRow([
        l.reference,
        l.intitule,
        LIBELLES_STATUT[l.statut as Statut],
        l.delegant,
        l.programme,
        l.uo,
        l.service,
        ...CHAMPS_MONTANTS.map((k) => euros(l.montants[k])),
        ...restes(l.montants).map(euros),
      ]);
    feuille.addRow([
      "Total",
      "",
      "",
      "",
      "",
      "",
      "",
      ...CHAMPS_MONTANTS.map((k) => euros(t.total[k])),
      ...restes(t.total).map(euros),
    ]).font = { bold: true };
    for (let c = 8; c <= colonnes.length; c++) feuille.getColumn(c).numFmt = euro;
    feuille.columns.forEach((col, i) => (col.width = i < 2 ? 28 : i < 7 ? 16 : 20));
    const annees = classeur.addWorksheet("Par année");
    annees.addRow(["Année", ...CHAMPS_MONTANTS.map((k) => ENTETES[k])]).font = { bold: true };
    for (const a of t.annees) annees.addRow([a.annee, ...CHAMPS_MONTANTS.map((k) => euros(a.montants[k]))]);
    for (let c = 2; c <= CHAMPS_MONTANTS.length + 1; c++) annees.getColumn(c).numFmt = euro;
    const octets = await classeur.xlsx.writeBuffer();
    return new Response(new Uint8Array(octets as ArrayBuffer), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${nom}.xlsx"`,
        "Cache-Control": "private, no-store",
      },
    });
  }
  const csv = stringify(
    [
      colonnes,
      ...t.lignes.map((l) => [
        l.reference,
        l.intitule,
        LIBELLES_STATUT[l.statut as Statut],
        l.delegant ?? "",
        l.programme ?? "",
        l.uo ?? "",
        l.service ?? "",
        ...CHAMPS_MONTANTS.map((k) => montantCsv(l.montants[k])),
        ...restes(l.montants).map(montantCsv),
      ]),
      ["Total", "", "", "", "", "", "", ...CHAMPS_MONTANTS.map((k) => montantCsv(t.total[k])), ...restes(t.total).map(montantCsv)],
    ],
    { delimiter: ";", bom: true },
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${nom}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
