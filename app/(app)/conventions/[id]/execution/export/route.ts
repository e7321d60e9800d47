// A table of a convention's execution page as a file (`?tableau=engagements&format=xlsx`), or every
// table in one workbook (`?tableau=tout`, XLSX only): see lib/server/export/tableur.ts.
import { z } from "zod";
import { makeRoute } from "@/lib/actions/route";
import { getExecution } from "@/lib/server/execution/get-execution";
import { TABLEAUX_EXECUTION, tableauxExecution } from "@/lib/server/execution/tableaux";
import { telechargementTableur } from "@/lib/server/export/tableur";

export const dynamic = "force-dynamic";

const demande = z
  .object({
    tableau: z.enum(["tout", ...TABLEAUX_EXECUTION], { message: "Tableau inconnu : choisissez-en un de la page." }).default("tout"),
    format: z.enum(["csv", "xlsx"]).catch("csv"),
  })
  .refine((d) => !(d.tableau === "tout" && d.format === "csv"), {
    message: "Un fichier CSV ne contient qu'un tableau : choisissez-en un, ou exportez le tout en XLSX.",
  });

export const GET = makeRoute<{ id: string }, typeof demande>(
  "convention.exporter",
  async (agent, { params, query }) => {
    const e = await getExecution(agent, params.id);
    const tableaux = tableauxExecution(e);
    const feuilles = query.tableau === "tout" ? TABLEAUX_EXECUTION.map((k) => tableaux[k]) : [tableaux[query.tableau]];
    return telechargementTableur(query.format, `execution_${e.convention.reference}_${query.tableau}`, feuilles);
  },
  { query: demande },
);
