// The « Échéances » table as a file, with the page's filters: CSV or XLSX (lib/server/export/tableur.ts).
import { makeRoute } from "@/lib/actions/route";
import { listEcheances, lireFiltresEcheances } from "@/lib/server/vie/list-echeances";
import { formatDemande, telechargementTableur } from "@/lib/server/export/tableur";
import { feuilleEcheances } from "@/lib/views/echeances";
import { jourDeParis } from "@/lib/domain/dates";

export const dynamic = "force-dynamic";

export const GET = makeRoute("convention.lire", async (agent, { query }) => {
  const { lignes } = await listEcheances(agent, lireFiltresEcheances(query), undefined, { tout: true });
  return telechargementTableur(formatDemande(query.format), `echeances_${jourDeParis(new Date())}`, [feuilleEcheances(lignes)]);
});
