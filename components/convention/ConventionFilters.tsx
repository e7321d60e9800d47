import { LIBELLES_STATUT, STATUTS } from "@/lib/domain/statut";
import type { ConventionFilters as Filters } from "@/lib/server/conventions/find-conventions";

type Options = { organisations: { id: string; sigle: string | null; nom: string }[]; annees: number[] };

// A plain GET form: works without JavaScript, and every search has a shareable address.
export function ConventionFilters({ filters, options }: { filters: Filters; options: Options }) {
  return (
    <form method="get" action="/conventions" role="search" aria-label="Rechercher des conventions" className="fr-mb-4w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-4">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="q">
              Rechercher
              <span className="fr-hint-text">Référence, intitulé, objet, partie</span>
            </label>
            <input className="fr-input" id="q" name="q" type="search" defaultValue={filters.q ?? ""} />
          </div>
        </div>
        <div className="fr-col-12 fr-col-sm-4 fr-col-md-2">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="statut">
              Statut
            </label>
            <select className="fr-select" id="statut" name="statut" defaultValue={filters.statut ?? ""}>
              <option value="">Tous</option>
              {STATUTS.map((s) => (
                <option key={s} value={s}>
                  {LIBELLES_STATUT[s]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-sm-4 fr-col-md-2">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="partie">
              Partie
            </label>
            <select className="fr-select" id="partie" name="partie" defaultValue={filters.partie ?? ""}>
              <option value="">Toutes</option>
              {options.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.sigle ?? o.nom}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-sm-4 fr-col-md-2">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="annee">
              Année de l&apos;échéancier
            </label>
            <select className="fr-select" id="annee" name="annee" defaultValue={filters.annee ? String(filters.annee) : ""}>
              <option value="">Toutes</option>
              {options.annees.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-2">
          <button type="submit" className="fr-btn fr-icon-search-line fr-btn--icon-left fr-mb-3v">
            Filtrer
          </button>
        </div>
      </div>
    </form>
  );
}
