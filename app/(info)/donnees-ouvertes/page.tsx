import { COLONNES_DONNEES_OUVERTES } from "@/lib/views/donnees-ouvertes";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";

export const metadata = { title: "Données ouvertes" };

// Public: the index of every published convention and avenant, and what each column holds.
export default function DonneesOuvertes() {
  return (
    <>
      <h1>Données ouvertes</h1>
      <p>
        L&apos;index des conventions de délégation de gestion et de leurs avenants publiés par ce service : une ligne par document, mise à
        jour à chaque publication, et déposée aussi sur data.gouv.fr avec le PDF signé de chaque document. Aucune donnée personnelle au-delà
        de ce que les textes publiés contiennent.
      </p>
      <ButtonsGroup inline="md">
        <a className="fr-btn fr-icon-download-line fr-btn--icon-left" href="/donnees-ouvertes/conventions.csv" download>
          Télécharger l&apos;index (CSV)
        </a>
        <a className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left" href="/donnees-ouvertes/conventions.json">
          Télécharger l&apos;index (JSON)
        </a>
      </ButtonsGroup>
      <p>
        CSV : séparateur « ; », UTF-8 avec BOM, montants « 1234,56 », dates JJ/MM/AAAA. JSON : les mêmes colonnes par leur nom, montants «
        1234.56 » en texte (exacts), dates AAAA-MM-JJ. Pour savoir si un PDF est bien un document publié, utilisez{" "}
        <a href="/verifier-une-publication">Vérifier une publication</a>.
      </p>
      <div className="fr-table">
        <table>
          <caption>Colonnes de l&apos;index</caption>
          <thead>
            <tr>
              <th scope="col">Colonne</th>
              <th scope="col">Contenu</th>
            </tr>
          </thead>
          <tbody>
            {COLONNES_DONNEES_OUVERTES.map((c) => (
              <tr key={c.cle}>
                <th scope="row">
                  <code>{c.colonne.entete}</code>
                </th>
                <td>{c.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
