import { Lien } from "@/components/navigation/lien";
import { requireDroit } from "@/lib/server/auth/agent";
import { ECHEANCES_PAR_PAGE, listEcheances, lireFiltresEcheances } from "@/lib/server/vie/list-echeances";
import { feuilleEcheances, type FiltresEcheances } from "@/lib/views/echeances";
import { LIBELLES_RAPPEL, TYPES_RAPPEL } from "@/lib/domain/echeances";
import { TableauDonnees } from "@/components/dsfr/TableauDonnees";
import { Pager } from "@/components/convention/Pager";

export const metadata = { title: "Échéances" };
export const dynamic = "force-dynamic";

const parametres = (f: FiltresEcheances) => Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Record<string, string>;

// Every deadline of the conventions the agent sees: ends and last days to give notice within 90
// days, ended conventions with credits left, publications late.
export default async function EcheancesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const agent = await requireDroit("convention.lire");
  const filtres = lireFiltresEcheances(await searchParams);
  // (the filters, kept by the export and the page links)
  const criteres = { delegant: filtres.delegant, service: filtres.service, type: filtres.type };
  const { lignes, choix, total, pagination } = await listEcheances(agent, filtres);
  const exporter = (format: "csv" | "xlsx") => `/echeances/export?${new URLSearchParams({ ...parametres(criteres), format })}`;
  const feuille = feuilleEcheances(lignes);
  return (
    <>
      <h1>Échéances</h1>
      <p>
        Les conventions signées qui prennent fin ou dont le dernier jour pour les dénoncer tombe dans les 90 jours, celles terminées avec
        des crédits non consommés, celles signées depuis plus de 30 jours et pas encore publiées. Chacune est aussi signalée une fois, le
        jour où elle apparaît, à ses rédacteurs (et aux relecteurs financiers pour les crédits).
      </p>
      <form method="get" aria-label="Filtrer les échéances" className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w">
        <div className="fr-select-group fr-col-12 fr-col-md-3">
          <label className="fr-label" htmlFor="filtre-delegant">
            Délégant
          </label>
          <select className="fr-select" id="filtre-delegant" name="delegant" defaultValue={filtres.delegant ?? ""}>
            <option value="">Tous</option>
            {choix.delegants.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-select-group fr-col-12 fr-col-md-3">
          <label className="fr-label" htmlFor="filtre-service">
            Service
          </label>
          <select className="fr-select" id="filtre-service" name="service" defaultValue={filtres.service ?? ""}>
            <option value="">Tous</option>
            {choix.services.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-select-group fr-col-12 fr-col-md-4">
          <label className="fr-label" htmlFor="filtre-type">
            Échéance
          </label>
          <select className="fr-select" id="filtre-type" name="type" defaultValue={filtres.type ?? ""}>
            <option value="">Toutes</option>
            {TYPES_RAPPEL.map((t) => (
              <option key={t} value={t}>
                {LIBELLES_RAPPEL[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-2">
          <button type="submit" className="fr-btn fr-icon-filter-line fr-btn--icon-left">
            Filtrer
          </button>
        </div>
      </form>
      <p>
        {total} échéance{total > 1 ? "s" : ""}
        {pagination.pages > 1 &&
          ` (${ECHEANCES_PAR_PAGE} par page, page ${pagination.page} sur ${pagination.pages} ; l'export les contient toutes)`}
      </p>
      <TableauDonnees
        feuille={feuille}
        action={{
          entete: "Convention",
          cellule: (i) => <Lien href={`/conventions/${lignes[i]!.conventionId}#vie`}>Ouvrir {lignes[i]!.reference}</Lien>,
        }}
        exports={
          <>
            <a className="fr-link fr-icon-download-line fr-link--icon-left fr-mr-3w" href={exporter("csv")} download>
              Exporter en CSV
            </a>
            <a className="fr-link fr-icon-download-line fr-link--icon-left" href={exporter("xlsx")} download>
              Exporter en XLSX
            </a>
          </>
        }
      />
      <Pager page={pagination.page} pages={pagination.pages} filters={criteres} chemin="/echeances" />
    </>
  );
}
