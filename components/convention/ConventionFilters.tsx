import { LIBELLES_STATUT, STATUTS } from "@/lib/domain/statut";
import { TRIS, type ConventionFilters as Filters } from "@/lib/schemas/liste-conventions";
import type { OptionsFiltres } from "@/lib/views/liste";
import { LIBELLES_TYPE_CONVENTION } from "@/lib/domain/libelles";

type Options = OptionsFiltres;

function Select({ id, label, value, options }: { id: string; label: string; value?: string; options: [string, string][] }) {
  return (
    <div className="fr-select-group">
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select className="fr-select" id={id} name={id} defaultValue={value ?? ""}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

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
          <Select
            id="statut"
            label="Statut"
            value={filters.statut}
            options={[["", "Tous"], ...STATUTS.map((s): [string, string] => [s, LIBELLES_STATUT[s]])]}
          />
        </div>
        <div className="fr-col-12 fr-col-sm-4 fr-col-md-2">
          <Select
            id="partie"
            label="Partie"
            value={filters.partie}
            options={[["", "Toutes"], ...options.organisations.map((o): [string, string] => [o.id, o.sigle ?? o.nom])]}
          />
        </div>
        <div className="fr-col-12 fr-col-sm-4 fr-col-md-2">
          <Select
            id="annee"
            label="Année de l'échéancier"
            value={filters.annee ? String(filters.annee) : undefined}
            options={[["", "Toutes"], ...options.annees.map((a): [string, string] => [String(a), String(a)])]}
          />
        </div>
      </div>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-sm-4 fr-col-md-2">
          <Select id="type" label="Nature" value={filters.type} options={[["", "Toutes"], ...Object.entries(LIBELLES_TYPE_CONVENTION)]} />
        </div>
        <div className="fr-col-12 fr-col-sm-4 fr-col-md-2">
          <Select
            id="service"
            label="Service"
            value={filters.service}
            options={[["", "Tous"], ...options.services.map((o): [string, string] => [o.id, o.sigle ?? o.nom])]}
          />
        </div>
        <div className="fr-col-12 fr-col-sm-4 fr-col-md-2">
          <Select
            id="programme"
            label="Programme"
            value={filters.programme}
            options={[["", "Tous"], ...options.programmes.map((p): [string, string] => [p, p])]}
          />
        </div>
        <div className="fr-col-12 fr-col-sm-4 fr-col-md-2">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="uo">
              UO
            </label>
            <input className="fr-input" id="uo" name="uo" defaultValue={filters.uo ?? ""} placeholder="0214-CEN2" />
          </div>
        </div>
        <div className="fr-col-12 fr-col-sm-4 fr-col-md-2">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="finAvant">
              Finit avant le
            </label>
            <input className="fr-input" id="finAvant" name="finAvant" type="date" defaultValue={filters.finAvant ?? ""} />
          </div>
        </div>
        <div className="fr-col-12 fr-col-sm-4 fr-col-md-2">
          <Select id="tri" label="Trier par" value={filters.tri} options={Object.entries(TRIS)} />
        </div>
        <div className="fr-col-12">
          <button type="submit" className="fr-btn fr-icon-search-line fr-btn--icon-left fr-mb-3v">
            Filtrer
          </button>
        </div>
      </div>
    </form>
  );
}
