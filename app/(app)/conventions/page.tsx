import { Lien } from "@/components/navigation/lien";
import { requireAgent } from "@/lib/server/auth/agent";
import { can } from "@/lib/server/policies";
import { findConventions, conventionFilterOptions } from "@/lib/server/conventions/find-conventions";
import { estFiltree, parseListParams } from "@/lib/schemas/liste-conventions";
import { ConventionFilters } from "@/components/convention/ConventionFilters";
import { StatutBadge } from "@/components/convention/StatutBadge";
import { Pager } from "@/components/convention/Pager";
import { formatMontant } from "@/lib/domain/money";
import { formatDateCourte } from "@/lib/domain/dates";
import { LIBELLES_ROLE_PARTIE } from "@/lib/domain/libelles";

export const metadata = { title: "Conventions" };

export default async function ConventionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const agent = await requireAgent();
  const filters = parseListParams(await searchParams);
  const [result, options] = await Promise.all([findConventions(agent, filters), conventionFilterOptions(agent)]);
  const filtered = estFiltree(filters);

  return (
    <>
      <div className="fr-grid-row fr-grid-row--middle fr-mb-2w">
        <h1 className="fr-col fr-mb-0">Conventions</h1>
        {can(agent, "document.importer") && (
          <Lien className="fr-btn fr-btn--secondary fr-icon-upload-line fr-btn--icon-left fr-mr-2w" href="/conventions/importer">
            Importer un document
          </Lien>
        )}
        {can(agent, "convention.creer") && (
          <Lien className="fr-btn fr-icon-add-line fr-btn--icon-left" href="/conventions/nouvelle">
            Nouvelle convention
          </Lien>
        )}
      </div>
      <ConventionFilters filters={filters} options={options} />
      <p role="status" className="fr-mb-2w">
        {result.total === 0
          ? "Aucune convention"
          : result.plusDe
            ? `Plus de ${result.total.toLocaleString("fr-FR")} conventions (les ${result.total.toLocaleString("fr-FR")} premières sont paginées : affinez la recherche ou les filtres pour les autres)`
            : `${result.total} convention${result.total > 1 ? "s" : ""}`}
        {filtered ? " correspondant à votre recherche" : ""}
        {filtered && (
          <>
            {" · "}
            <Lien href="/conventions">Effacer les filtres</Lien>
          </>
        )}
      </p>
      {result.total > 0 && (
        <div className="fr-table fr-table--no-caption fr-table--sm">
          <div className="fr-table__wrapper">
            <div className="fr-table__container" tabIndex={0} role="region" aria-label="Liste des conventions">
              <div className="fr-table__content">
                <table>
                  <caption>Liste des conventions</caption>
                  <thead>
                    <tr>
                      <th scope="col">Référence</th>
                      <th scope="col">Intitulé</th>
                      <th scope="col">Parties</th>
                      <th scope="col">Statut</th>
                      <th scope="col">Années</th>
                      <th scope="col" className="fr-cell--right">
                        Plafond AE
                      </th>
                      <th scope="col">Fin</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.conventions.map((c) => (
                      <tr key={c.id}>
                        <td>
                          <Lien href={`/conventions/${c.id}`}>{c.reference}</Lien>
                        </td>
                        <td className="cellule-texte">{c.intitule}</td>
                        <td>
                          {c.parties.map((p, i) => (
                            <span key={i} className="fr-text--sm" style={{ display: "block" }}>
                              {p.organisation.sigle ?? p.organisation.nom}{" "}
                              <span className="fr-hint-text" style={{ display: "inline" }}>
                                ({LIBELLES_ROLE_PARTIE[p.role].toLowerCase()})
                              </span>
                            </span>
                          ))}
                        </td>
                        <td>
                          <StatutBadge statut={c.statut} />
                        </td>
                        <td>{c.annees.join(", ")}</td>
                        <td className="fr-cell--right" style={{ whiteSpace: "nowrap" }}>
                          {c.plafondAe !== null ? formatMontant(c.plafondAe) : "—"}
                        </td>
                        <td>{c.dateFin ? formatDateCourte(c.dateFin) : "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
      <Pager page={result.page} pages={result.pages} filters={filters} />
    </>
  );
}
