// The dashboard's tables as files, with the same filters: per convention (every one, not a page)
// and per year; CSV (the first) or XLSX (both sheets), see lib/server/export/tableur.ts.
import { makeRoute } from "@/lib/actions/route";
import { readFiltres, getTableauDeBord } from "@/lib/server/execution/get-tableau-de-bord";
import { formatDemande, telechargementTableur, type Colonne } from "@/lib/server/export/tableur";
import { COLONNES_FINANCE, valeursFinance, type Montants } from "@/lib/domain/execution/tableau";
import { LIBELLES_STATUT, type Statut } from "@/lib/domain/statut";

export const dynamic = "force-dynamic";

// The figures' columns: one definition for the page, the exports, the execution page and the report.
const MONTANTS: Colonne[] = COLONNES_FINANCE.map((c) => ({ entete: c.libelle, type: "montant" as const }));
const montants = (mt: Montants) => valeursFinance(mt);

export const GET = makeRoute("finance.suivre", async (agent, { query }) => {
  const t = await getTableauDeBord(agent, readFiltres(query), { tout: true });
  const f = t.filtres;
  return telechargementTableur(formatDemande(query.format), `suivi-financier_${f.de}-${f.a}`, [
    {
      titre: "Par convention",
      colonnes: [
        { entete: "Référence", largeur: 28 },
        { entete: "Intitulé", largeur: 40 },
        { entete: "Statut", largeur: 16 },
        { entete: "Délégant", largeur: 16 },
        { entete: "Programme", largeur: 12 },
        { entete: "Centre financier", largeur: 18 },
        { entete: "Service", largeur: 16 },
        { entete: "Alertes", type: "nombre" },
        ...MONTANTS,
      ],
      lignes: t.lignes.map((l) => [
        l.reference,
        l.intitule,
        LIBELLES_STATUT[l.statut as Statut],
        l.delegant,
        l.programme,
        l.uo,
        l.service,
        l.alertes,
        ...montants(l.montants),
      ]),
      total: ["Total", `${t.conventions} conventions`, "", "", "", "", "", t.alertes, ...montants(t.total)],
    },
    {
      titre: "Par année",
      colonnes: [{ entete: "Année", type: "nombre" }, ...MONTANTS],
      lignes: t.annees.map((a) => [a.annee, ...montants(a.montants)]),
      total: ["Total", ...montants(t.total)],
    },
  ]);
});
