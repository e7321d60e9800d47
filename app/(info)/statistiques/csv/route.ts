// A table of the public statistics as a CSV file (no login): the same table as the page.
import { z } from "zod";
import { makePublicRoute } from "@/lib/actions/route";
import { getStatistiques } from "@/lib/server/statistiques/get-statistiques";
import { telechargementTableur } from "@/lib/server/export/tableur";
import { feuilleStatistique, TABLEAUX_STATISTIQUES } from "@/lib/views/statistiques";

export const dynamic = "force-dynamic";

const Demande = z.object({
  tableau: z.enum(TABLEAUX_STATISTIQUES, { error: "Tableau inconnu : documents, annees ou ministeres." }),
});

export const GET = makePublicRoute(
  async ({ query }) => {
    const feuille = feuilleStatistique(await getStatistiques(), query.tableau);
    return telechargementTableur("csv", feuille.fichier, [feuille]);
  },
  { query: Demande },
);
