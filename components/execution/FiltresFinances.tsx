// The finance dashboard's filters, as a plain GET form: the address keeps them (a link shares the
// view, the export reads the same parameters).
import { GROUPEMENTS, LIBELLES_GROUPEMENT, type Groupement } from "@/lib/domain/execution/tableau";
import { LIBELLES_STATUT, STATUTS } from "@/lib/domain/statut";
import type { FiltresTableau, TableauDeBord } from "@/lib/server/execution/get-tableau-de-bord";

export function FiltresFinances({
  filtres,
  par,
  choix,
}: {
  filtres: TableauDeBord["filtres"];
  par: Groupement;
  choix: TableauDeBord["choix"];
}) {
  return (
    <form method="get" action="/finances" aria-label="Filtrer le suivi financier" className="fr-mb-3w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-6 fr-col-md-2">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="f-de">
              De
            </label>
            <input id="f-de" name="de" type="number" min={2000} max={2100} className="fr-input" defaultValue={filtres.de} />
          </div>
        </div>
        <div className="fr-col-6 fr-col-md-2">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="f-a">
              À
            </label>
            <input id="f-a" name="a" type="number" min={2000} max={2100} className="fr-input" defaultValue={filtres.a} />
          </div>
        </div>
        {(
          [
            ["statut", "Statut", STATUTS.map((s) => [s, LIBELLES_STATUT[s]])],
            ["delegant", "Délégant", choix.delegants.map((d) => [d.id, d.libelle])],
            ["programme", "Programme", choix.programmes.map((p) => [p, p])],
            ["service", "Service rédacteur", choix.services.map((s) => [s.id, s.libelle])],
          ] as [keyof FiltresTableau, string, string[][]][]
        ).map(([cle, libelle, options]) => (
          <div key={cle} className="fr-col-12 fr-col-md-2">
            <div className="fr-select-group">
              <label className="fr-label" htmlFor={`f-${cle}`}>
                {libelle}
              </label>
              <select id={`f-${cle}`} name={cle} className="fr-select" defaultValue={String(filtres[cle] ?? "")}>
                <option value="">Tous</option>
                {options.map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ))}
        <div className="fr-col-12 fr-col-md-2">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="f-uo">
              Centre financier (UO) <span className="fr-hint-text">Code exact (0214-CEN2-INFO)</span>
            </label>
            <input id="f-uo" name="uo" className="fr-input" defaultValue={filtres.uo ?? ""} spellCheck={false} autoComplete="off" />
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-2">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="f-par">
              Regrouper par
            </label>
            <select id="f-par" name="par" className="fr-select" defaultValue={par}>
              {GROUPEMENTS.map((g) => (
                <option key={g} value={g}>
                  {LIBELLES_GROUPEMENT[g]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-1 fr-mb-3w">
          <button type="submit" className="fr-btn">
            Afficher
          </button>
        </div>
      </div>
    </form>
  );
}
