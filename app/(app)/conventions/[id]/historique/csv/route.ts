import { makeRoute } from "@/lib/actions/route";
import { historiqueCsvTelechargement } from "@/lib/server/historique/csv-response";

export const dynamic = "force-dynamic";

export const GET = makeRoute<{ id: string }>("convention.lire", (agent, { params, query }) =>
  historiqueCsvTelechargement(agent, { conventionId: params.id }, query, "historique-convention.csv"),
);
