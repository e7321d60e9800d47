import { Lien } from "@/components/navigation/lien";
import { requireDroit } from "@/lib/server/auth/agent";
import { readFiltres, getTableauDeBord, type FiltresTableau } from "@/lib/server/execution/get-tableau-de-bord";
import { LIBELLES_GROUPEMENT, type Groupement } from "@/lib/domain/execution/tableau";
import { Pager } from "@/components/convention/Pager";
import { LIBELLES_STATUT, type Statut } from "@/lib/domain/statut";
import { GraphiqueEnBarres } from "@/components/graphique/GraphiqueEnBarres";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import { FiltresFinances } from "@/components/execution/FiltresFinances";
import { Cellules, EnTetesFinance } from "@/components/execution/ColonnesFinance";

export const metadata = { title: "Suivi financier" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const euros = (c: bigint) => Number(c) / 100;

/** The dashboard's address with these filters (every figure links to the conventions behind it). */
function lien(f: FiltresTableau & { par?: Groupement }, changes: Partial<Record<string, string | number | undefined>> = {}) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(parametres(f, changes))) p.set(k, v);
  return `/finances?${p}`;
}
function parametres(f: FiltresTableau & { par?: Groupement }, changes: Partial<Record<string, string | number | undefined>> = {}) {
  const tout = { ...f, ...changes } as Record<string, unknown>;
  const p: Record<string, string> = {};
  for (const k of ["de", "a", "statut", "delegant", "programme", "uo", "service", "par"])
    if (tout[k] !== undefined && tout[k] !== "" && !(k === "par" && tout[k] === "convention")) p[k] = String(tout[k]);
  return p;
}

export default async function FinancesPage({ searchParams }: Props) {
  const agent = await requireDroit("finance.suivre");
  const params = await searchParams;
  const { par, page, ...demandes } = readFiltres(params);
  const t = await getTableauDeBord(agent, demandes, { par, page });
  const filtres = t.filtres; // (the years resolved: by default, up to the last year any convention schedules)
  const ici = { ...filtres, par };
  const groupes = t.groupes;
  // A group's key is what its filter takes (null: not filled in, nothing to filter on).
  const filtreDeGroupe = (cle: string | null): Partial<Record<string, string>> => ({ [par]: cle ?? undefined, par: "convention" });
  const exporter = (format: "csv" | "xlsx") => `/finances/export?${new URLSearchParams({ ...parametres(ici), format })}`;
  return (
    <>
      <h1>Suivi financier</h1>
      <p>
        Pour chaque convention, l&apos;échéancier consolidé (après avenants signés) face à ce que CHORUS dit des crédits mis à disposition,
        engagés et payés, de {filtres.de} à {filtres.a}. Chaque montant mène aux conventions qui le composent.
        {(filtres.de > t.duree.de || filtres.a < t.duree.a) && (
          <>
            {" "}
            <Lien href={lien(ici, { de: t.duree.de, a: t.duree.a })}>
              Voir toute la durée des conventions ({t.duree.de} – {t.duree.a})
            </Lien>
          </>
        )}
      </p>
      <FiltresFinances filtres={filtres} par={par} choix={t.choix} />

      <ButtonsGroup size="sm">
        <a className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left" href={exporter("xlsx")} download>
          Exporter en XLSX
        </a>
        <a className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left" href={exporter("csv")} download>
          Exporter en CSV
        </a>
      </ButtonsGroup>

      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-6">
          <GraphiqueEnBarres
            titre="AE par année"
            points={t.annees.map((a) => ({
              annee: a.annee,
              prog: euros(a.montants.aeProgramme),
              dispo: euros(a.montants.aeDisponible),
              fait: euros(a.montants.aeEngage),
            }))}
            series={[
              { cle: "prog", libelle: "Programmées", couleur: "#6a6af4" },
              { cle: "dispo", libelle: "Mises à disposition", couleur: "#000091" },
              { cle: "fait", libelle: "Engagées", couleur: "#e1000f" },
            ]}
          />
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <GraphiqueEnBarres
            titre="CP par année"
            points={t.annees.map((a) => ({
              annee: a.annee,
              prog: euros(a.montants.cpProgramme),
              dispo: euros(a.montants.cpDisponible),
              fait: euros(a.montants.cpPaye),
            }))}
            series={[
              { cle: "prog", libelle: "Programmés", couleur: "#6a6af4" },
              { cle: "dispo", libelle: "Mis à disposition", couleur: "#000091" },
              { cle: "fait", libelle: "Payés", couleur: "#e1000f" },
            ]}
          />
        </div>
      </div>

      <div className="fr-table fr-table--sm fr-table--bordered">
        <table>
          <caption>Par année, toutes conventions retenues</caption>
          <thead>
            <tr>
              <th scope="col">Année</th>
              <EnTetesFinance />
            </tr>
          </thead>
          <tbody>
            {t.annees.map((a) => (
              <tr key={a.annee}>
                <th scope="row">{a.annee}</th>
                <Cellules montants={a.montants} href={lien(ici, { de: a.annee, a: a.annee })} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <Cellules montants={t.total} href={lien(ici)} />
            </tr>
          </tfoot>
        </table>
      </div>

      <div className="fr-table fr-table--sm fr-table--bordered">
        <table>
          <caption>
            {`Par ${LIBELLES_GROUPEMENT[par].charAt(0).toLowerCase()}${LIBELLES_GROUPEMENT[par].slice(1)} (${t.rangs}${t.pagination.pages > 1 ? `, page ${t.pagination.page} sur ${t.pagination.pages}` : ""})`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{LIBELLES_GROUPEMENT[par]}</th>
              {groupes ? <th scope="col">Conventions</th> : <th scope="col">Statut</th>}
              <th scope="col">Alertes</th>
              <EnTetesFinance />
            </tr>
          </thead>
          <tbody>
            {groupes
              ? groupes.map((g) => (
                  <tr key={g.cle ?? ""}>
                    <th scope="row">
                      <Lien href={lien(ici, filtreDeGroupe(g.cle))}>{g.libelle}</Lien>
                    </th>
                    <td>{g.conventions}</td>
                    <td>{g.alertes}</td>
                    <Cellules montants={g.montants} href={lien(ici, filtreDeGroupe(g.cle))} />
                  </tr>
                ))
              : t.lignes.map((l) => (
                  <tr key={l.id}>
                    <th scope="row">
                      <Lien href={`/conventions/${l.id}/execution`}>{l.reference}</Lien>
                      <br />
                      <span className="fr-text--xs" style={{ display: "block", maxWidth: "18rem", overflowWrap: "anywhere" }}>
                        {l.intitule}
                      </span>
                    </th>
                    <td>{LIBELLES_STATUT[l.statut as Statut]}</td>
                    <td>
                      {l.alertes ? (
                        <Lien href={`/conventions/${l.id}/execution#titre-alertes`} className="fr-badge fr-badge--sm fr-badge--error">
                          {l.alertes} alerte{l.alertes > 1 ? "s" : ""}
                        </Lien>
                      ) : (
                        "—"
                      )}
                    </td>
                    <Cellules montants={l.montants} href={`/conventions/${l.id}/execution`} />
                  </tr>
                ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{t.conventions}</td>
              <td>{t.alertes}</td>
              <Cellules montants={t.total} href={lien(ici, { par: "convention" })} />
            </tr>
          </tfoot>
        </table>
      </div>
      <Pager page={t.pagination.page} pages={t.pagination.pages} filters={parametres(ici)} chemin="/finances" />
    </>
  );
}
