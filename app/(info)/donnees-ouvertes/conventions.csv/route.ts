// The open-data index as CSV, without a session (the same file the app keeps on data.gouv.fr).
import { makePublicRoute } from "@/lib/actions/route";
import { listDonneesOuvertes } from "@/lib/server/publication/list-donnees-ouvertes";
import { telechargementTableur } from "@/lib/server/export/tableur";
import { feuilleDonneesOuvertes } from "@/lib/views/donnees-ouvertes";

export const dynamic = "force-dynamic";

export const GET = makePublicRoute(async () =>
  telechargementTableur("csv", "conventions-delegation-gestion", [feuilleDonneesOuvertes(await listDonneesOuvertes())]),
);
