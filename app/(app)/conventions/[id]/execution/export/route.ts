// A table of a convention's execution page as a file (`?tableau=engagements&format=xlsx`), or every
// table in one workbook (`?tableau=tout`, XLSX only): see lib/server/export/tableur.ts.
import { getAgent } from "@/lib/server/auth/agent";
import { getExecution } from "@/lib/server/execution/execution";
import { TABLEAUX_EXECUTION, tableauxExecution, type CleTableau } from "@/lib/server/execution/tableaux";
import { formatDemande, reponseTableur } from "@/lib/server/export/tableur";
import { reponseTexte } from "@/lib/http/reponse-texte";
import { Introuvable } from "@/lib/domain/erreurs";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const agent = await getAgent();
  if (!agent) return reponseTexte(401, "Votre session a expiré : reconnectez-vous pour exporter.");
  const { id } = await params;
  const url = new URL(request.url);
  const tableau = url.searchParams.get("tableau") ?? "tout";
  const format = formatDemande(url.searchParams.get("format"));
  if (tableau !== "tout" && !(TABLEAUX_EXECUTION as readonly string[]).includes(tableau))
    return reponseTexte(404, `Tableau inconnu : « ${tableau} ».`);
  if (tableau === "tout" && format === "csv")
    return reponseTexte(400, "Un fichier CSV ne contient qu'un tableau : choisissez-en un, ou exportez le tout en XLSX.");
  try {
    const e = await getExecution(agent, id);
    const tableaux = tableauxExecution(e);
    const feuilles = tableau === "tout" ? TABLEAUX_EXECUTION.map((k) => tableaux[k]) : [tableaux[tableau as CleTableau]];
    return reponseTableur(format, `execution_${e.convention.reference}_${tableau}`, feuilles);
  } catch (error) {
    if (error instanceof Introuvable) return reponseTexte(404, error.message);
    throw error;
  }
}
