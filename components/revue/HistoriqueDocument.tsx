// The « Historique » tab of a document: a filter (kind, person) sent as a plain GET form, the
// events newest first, and the same rows as CSV.
import { LIBELLES_CATEGORIE } from "@/lib/domain/historique";
import { formatInstant } from "@/lib/domain/dates";
import type { Historique } from "@/lib/server/historique/get-historique";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import { DataTable } from "@/components/convention/DataTable";

export function HistoriqueDocument({
  historique,
  filtre,
  csv,
  journal,
}: {
  historique: Historique;
  filtre: { categorie?: string; qui?: string };
  csv: string;
  /** The whole history with the files' SHA-256, as a PDF apart from the signed one. */
  journal: string;
}) {
  const query = new URLSearchParams(Object.entries(filtre).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return (
    <>
      <form method="get" aria-labelledby="titre-filtre-historique" className="fr-mb-3w">
        <h2 id="titre-filtre-historique" className="fr-h6">
          Filtrer l&apos;historique
        </h2>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-select-group fr-col-12 fr-col-md-4">
            <label className="fr-label" htmlFor="filtre-categorie">
              Type
            </label>
            <select id="filtre-categorie" name="categorie" className="fr-select" defaultValue={filtre.categorie ?? ""}>
              <option value="">Tout</option>
              {Object.entries(LIBELLES_CATEGORIE).map(([cle, libelle]) => (
                <option key={cle} value={cle}>
                  {libelle}
                </option>
              ))}
            </select>
          </div>
          <div className="fr-select-group fr-col-12 fr-col-md-4">
            <label className="fr-label" htmlFor="filtre-qui">
              Personne
            </label>
            <select id="filtre-qui" name="qui" className="fr-select" defaultValue={filtre.qui ?? ""}>
              <option value="">Tout le monde</option>
              {historique.personnes.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ButtonsGroup inline="md">
          <button type="submit" className="fr-btn fr-btn--secondary">
            Filtrer
          </button>
          <a
            className="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left"
            href={`${csv}${query ? `?${query}` : ""}`}
            download
          >
            Exporter en CSV
          </a>
          <a className="fr-btn fr-btn--tertiary fr-icon-file-pdf-line fr-btn--icon-left" href={journal} download>
            Journal complet (PDF)
          </a>
        </ButtonsGroup>
      </form>
      {historique.lignes.length === 0 ? (
        <p>Aucun événement{query ? " pour ce filtre" : ""}.</p>
      ) : (
        <DataTable
          caption="Historique"
          hideCaption
          headers={["Quand", "Qui", "Quoi", "Détail"]}
          rows={historique.lignes.map((l) => [
            formatInstant(l.quand),
            l.qui ?? "—",
            l.quoi,
            <>
              {l.commentaire && (
                <p className="fr-mb-1v" style={{ whiteSpace: "pre-wrap" }}>
                  « {l.commentaire} »
                </p>
              )}
              {l.changements.length > 0 && (
                <ul className="fr-mb-0">
                  {l.changements.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              )}
              {!l.commentaire && l.changements.length === 0 && "—"}
            </>,
          ])}
        />
      )}
    </>
  );
}
