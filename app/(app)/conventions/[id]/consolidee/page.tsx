import { Lien } from "@/components/navigation/lien";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { requireAgent } from "@/lib/server/auth/agent";
import { getConsolidation } from "@/lib/server/avenants/get-consolidation";
import { orNotFound } from "@/lib/server/conventions/load-convention";
import { toCalendarDate, formatDateLongue } from "@/lib/domain/dates";
import { formatMontant } from "@/lib/domain/money";
import { CofinancementTable, EcheancierTable, ImputationTable, ParametrageTable } from "@/components/convention/FinancialTables";
import { TexteBalise } from "@/components/convention/TexteBalise";
import { ConstatsPanel } from "@/components/convention/ConstatsPanel";
import { PdfDownloadButton } from "@/components/convention/PdfDownloadButton";

export const metadata = { title: "Convention consolidée" };

export default async function ConsolideePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ projet?: string }>;
}) {
  const agent = await requireAgent();
  const { id } = await params;
  const avecProjet = (await searchParams).projet === "1";
  const { convention, etat, chronologie, constats, projetInclus, partiesActuelles } = await orNotFound(
    getConsolidation(agent, id, { avecProjet }),
  );
  return (
    <>
      <Breadcrumb
        currentPageLabel="Version consolidée"
        segments={[
          { label: "Conventions", linkProps: { href: "/conventions" } },
          { label: convention.reference, linkProps: { href: `/conventions/${id}` } },
        ]}
      />
      <h1>{convention.intitule} — version consolidée</h1>
      <div className="fr-notice fr-notice--info fr-mb-3w">
        <div className="fr-container">
          <div className="fr-notice__body">
            <p className="fr-notice__title">
              Document informatif : la convention avec ses avenants signés appliqués dans l&apos;ordre
              {projetInclus ? ", y compris l'avenant en projet (aperçu)" : ""}. Seuls les documents signés font foi.
            </p>
            {convention.datePublication && (
              <p className="fr-mb-0">Convention publiée le {formatDateLongue(toCalendarDate(convention.datePublication))}.</p>
            )}
          </div>
        </div>
      </div>
      <p>
        {avecProjet ? (
          <Lien href={`/conventions/${id}/consolidee`}>N&apos;appliquer que les avenants signés</Lien>
        ) : (
          <Lien href={`/conventions/${id}/consolidee?projet=1`}>Inclure l&apos;avenant en projet (aperçu)</Lien>
        )}
      </p>

      <p>
        <PdfDownloadButton
          href={`/conventions/${id}/consolidee/pdf${avecProjet ? "?projet=1" : ""}`}
          label="Télécharger la version consolidée (PDF)"
        />
      </p>
      <section aria-labelledby="titre-chronologie" className="fr-mb-4w">
        <h2 id="titre-chronologie" className="fr-h4">
          Ce que chaque avenant a changé
        </h2>
        {chronologie.length === 0 ? (
          <p>Aucun avenant appliqué : la version consolidée est la convention initiale.</p>
        ) : (
          <ol className="fr-raw-list" data-testid="chronologie">
            {chronologie.map((etape) => (
              <li
                key={etape.numero}
                className="fr-mb-2w fr-pl-2w"
                style={{ borderLeft: "4px solid var(--border-action-high-blue-france)" }}
              >
                <p className="fr-text--bold fr-mb-1v">
                  <Lien href={`/conventions/${id}/avenants/${etape.numero}`}>Avenant n° {etape.numero}</Lien>
                  {etape.dateSignature ? `, signé le ${formatDateLongue(etape.dateSignature)}` : " (en projet)"}
                  {etape.datePublication
                    ? `, publié le ${formatDateLongue(etape.datePublication)}`
                    : etape.dateSignature
                      ? ", pas encore publié"
                      : ""}
                </p>
                <ul>
                  {etape.effets.map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>

      <ConstatsPanel constats={constats} exigences={[]} montrerExigences={false} />

      <section aria-labelledby="titre-etat" className="fr-mb-4w">
        <h2 id="titre-etat" className="fr-h4">
          État en vigueur
        </h2>
        <dl>
          <dt className="fr-text--bold">Fin</dt>
          <dd data-testid="fin-consolidee">{etat.dateFin ? formatDateLongue(etat.dateFin) : "—"}</dd>
          <dt className="fr-text--bold">Plafonds</dt>
          <dd>
            AE {etat.plafondAe !== null ? formatMontant(etat.plafondAe) : "—"} · CP{" "}
            {etat.plafondCp !== null ? formatMontant(etat.plafondCp) : "—"}
          </dd>
          <dt className="fr-text--bold">Parties</dt>
          <dd>
            {partiesActuelles.map((p) => `${p.libelle}${p.representantNom ? `, représentée par ${p.representantNom}` : ""}`).join(" ; ")}
          </dd>
        </dl>
        <EcheancierTable lignes={etat.echeancier} cumul caption="Échéancier consolidé" />
      </section>

      <section aria-labelledby="titre-articles-consolides">
        <h2 id="titre-articles-consolides" className="fr-h4">
          Articles consolidés
        </h2>
        {etat.articles.map((a) => (
          <section key={a.numero} aria-labelledby={`c-art-${a.numero}`}>
            <h3 id={`c-art-${a.numero}`} className="fr-h5">
              Article {a.numero} : {a.titre}
            </h3>
            <TexteBalise
              source={a.corps}
              tableaux={{
                echeancier: <EcheancierTable lignes={etat.echeancier} hideCaption />,
                imputation: convention.imputation ? <ImputationTable imputation={convention.imputation} hideCaption /> : null,
                parametrage: convention.parametrage ? <ParametrageTable parametrage={convention.parametrage} hideCaption /> : null,
                cofinancement: convention.cofinancements.length ? <CofinancementTable cofinancements={convention.cofinancements} /> : null,
              }}
              headingLevel={4}
            />
          </section>
        ))}
      </section>
    </>
  );
}
