import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { requireAgent } from "@/lib/server/auth/agent";
import { orNotFound } from "@/lib/server/conventions/load-convention";
import { getExecution } from "@/lib/server/execution/execution";
import { formatDateCourte } from "@/lib/domain/dates";
import { formatMontant } from "@/lib/domain/money";
import { part, type LigneSynthese } from "@/lib/domain/execution/synthese";
import { LIBELLES_NATURE } from "@/lib/domain/execution/extrait";
import { VuesDocument } from "@/components/revue/VuesDocument";
import { ImportExtrait } from "@/components/execution/ImportExtrait";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import { PdfDownloadButton } from "@/components/convention/PdfDownloadButton";

export const metadata = { title: "Exécution financière de la convention" };

const m = (c: bigint) => formatMontant(c, { alwaysCents: true });

function Barre({ valeur, sur, libelle }: { valeur: bigint; sur: bigint; libelle: string }) {
  const p = part(valeur, sur);
  return (
    <div title={`${libelle} : ${p.toLocaleString("fr-FR")} %`}>
      <progress max={100} value={p} aria-label={libelle} style={{ width: "100%", height: "0.5rem" }}>
        {p} %
      </progress>
    </div>
  );
}

function LigneTableau({ l, titre }: { l: LigneSynthese; titre: string }) {
  return (
    <tr>
      <th scope="row">{titre}</th>
      <td>{m(l.aeProgramme)}</td>
      <td>{m(l.cpProgramme)}</td>
      <td>{m(l.aeDisponible)}</td>
      <td>{m(l.cpDisponible)}</td>
      <td>
        {m(l.aeEngage)}
        <Barre valeur={l.aeEngage} sur={l.aeProgramme} libelle={`AE engagées sur AE programmées, ${titre}`} />
      </td>
      <td>
        {m(l.cpPaye)}
        <Barre valeur={l.cpPaye} sur={l.cpProgramme} libelle={`CP payés sur CP programmés, ${titre}`} />
      </td>
      <td>{m(l.aeRestant)}</td>
      <td>{m(l.cpRestant)}</td>
      <td>{m(l.aeReporte)}</td>
    </tr>
  );
}

export default async function ExecutionPage({ params }: { params: Promise<{ id: string }> }) {
  const agent = await requireAgent();
  const { id } = await params;
  const e = await orNotFound(getExecution(agent, id));
  const chemin = `/conventions/${id}`;
  return (
    <>
      <Breadcrumb
        currentPageLabel="Exécution financière"
        segments={[
          { label: "Conventions", linkProps: { href: "/conventions" } },
          { label: e.convention.reference, linkProps: { href: chemin } },
        ]}
      />
      <h1>Exécution financière de la convention {e.convention.reference}</h1>
      <VuesDocument base={chemin} courante="execution" />
      <p>
        L&apos;échéancier de référence est l&apos;échéancier consolidé (après avenants signés)
        {e.plafondAe !== null ? `, plafond AE ${m(e.plafondAe)}` : ""}
        {e.plafondCp !== null ? `, plafond CP ${m(e.plafondCp)}` : ""}
        {e.dateFin ? `, jusqu'au ${formatDateCourte(e.dateFin)}` : ""}.
      </p>
      <ButtonsGroup size="sm">
        <PdfDownloadButton href={`${chemin}/execution/compte-rendu`} label="Télécharger le compte rendu de gestion (PDF)" />
        <a
          className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left"
          href={`${chemin}/execution/compte-rendu-csv`}
          download
        >
          Compte rendu de gestion (CSV)
        </a>
      </ButtonsGroup>

      <section aria-labelledby="titre-alertes" className="fr-mb-4w">
        <h2 id="titre-alertes" className="fr-h5">
          Alertes ({e.alertes.length})
        </h2>
        {e.alertes.length === 0 && <p>Aucune alerte : l&apos;exécution suit la convention.</p>}
        {e.alertes.map((a) => (
          <div
            key={`${a.code}-${a.message}`}
            className={`fr-alert fr-alert--sm fr-mb-2w ${a.gravite === "erreur" ? "fr-alert--error" : a.gravite === "avertissement" ? "fr-alert--warning" : "fr-alert--info"}`}
            data-testid="alerte-execution"
          >
            <p>
              <strong>{a.message}</strong>
            </p>
            <p className="fr-text--sm fr-mb-0">
              {a.article ? `${a.article} de la convention. ` : ""}À faire : {a.action}
            </p>
          </div>
        ))}
      </section>

      <div className="fr-table fr-table--bordered">
        <table>
          <caption>Échéancier et exécution, par année</caption>
          <thead>
            <tr>
              <th scope="col">Année</th>
              <th scope="col">AE programmées</th>
              <th scope="col">CP programmés</th>
              <th scope="col">AE mises à disposition</th>
              <th scope="col">CP mis à disposition</th>
              <th scope="col">AE engagées</th>
              <th scope="col">CP payés</th>
              <th scope="col">AE disponibles non engagées</th>
              <th scope="col">CP disponibles non payés</th>
              <th scope="col">AE reportées</th>
            </tr>
          </thead>
          <tbody>
            {e.synthese.annees.map((l) => (
              <LigneTableau key={l.annee} l={l} titre={String(l.annee)} />
            ))}
          </tbody>
          <tfoot>
            <LigneTableau l={e.synthese.total} titre="Total" />
          </tfoot>
        </table>
      </div>

      {e.peutImporter && <ImportExtrait conventionId={id} />}

      <div className="fr-table fr-table--sm">
        <table>
          <caption>Engagements juridiques (EJ)</caption>
          <thead>
            <tr>
              <th scope="col">N° EJ</th>
              <th scope="col">Premier mouvement</th>
              <th scope="col">Fournisseur</th>
              <th scope="col">Montant engagé</th>
              <th scope="col">Payé</th>
              <th scope="col">Reste à payer</th>
            </tr>
          </thead>
          <tbody>
            {e.engagements.length === 0 && (
              <tr>
                <td colSpan={6}>Aucun engagement importé.</td>
              </tr>
            )}
            {e.engagements.map((ej) => (
              <tr key={ej.numero}>
                <th scope="row">{ej.numero}</th>
                <td>{formatDateCourte(ej.premiereDate)}</td>
                <td>{ej.fournisseur ?? "—"}</td>
                <td>{m(ej.engage)}</td>
                <td>{m(ej.paye)}</td>
                <td>{m(ej.engage - ej.paye)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="fr-table fr-table--sm">
        <table>
          <caption>Crédits mis à disposition</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Centre financier (UO)</th>
              <th scope="col">AE</th>
              <th scope="col">CP</th>
            </tr>
          </thead>
          <tbody>
            {e.misesADisposition.length === 0 && (
              <tr>
                <td colSpan={4}>Aucune mise à disposition importée.</td>
              </tr>
            )}
            {e.misesADisposition.map((x) => (
              <tr key={x.id}>
                <td>{formatDateCourte(x.date)}</td>
                <td>{x.centreFinancier ?? "—"}</td>
                <td>{m(x.ae)}</td>
                <td>{m(x.cp)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="fr-table fr-table--sm">
        <table>
          <caption>Demandes de paiement (DP)</caption>
          <thead>
            <tr>
              <th scope="col">N° DP</th>
              <th scope="col">Date</th>
              <th scope="col">EJ payé</th>
              <th scope="col">Fournisseur</th>
              <th scope="col">Montant</th>
            </tr>
          </thead>
          <tbody>
            {e.paiements.length === 0 && (
              <tr>
                <td colSpan={5}>Aucun paiement importé.</td>
              </tr>
            )}
            {e.paiements.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.numeroDp}</th>
                <td>{formatDateCourte(p.date)}</td>
                <td>{p.numeroEj}</td>
                <td>{p.fournisseur ?? "—"}</td>
                <td>{m(p.cp)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="fr-table fr-table--sm">
        <table>
          <caption>Fichiers importés</caption>
          <thead>
            <tr>
              <th scope="col">Fichier</th>
              <th scope="col">Contenu</th>
              <th scope="col">Importé le</th>
              <th scope="col">Par</th>
              <th scope="col">Lignes nouvelles</th>
              <th scope="col">Empreinte SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {e.imports.length === 0 && (
              <tr>
                <td colSpan={6}>Aucun fichier importé.</td>
              </tr>
            )}
            {e.imports.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.nom}</th>
                <td>{LIBELLES_NATURE[i.nature]}</td>
                <td>{i.le.toLocaleString("fr-FR", { timeZone: "Europe/Paris" })}</td>
                <td>{i.par}</td>
                <td>{i.importees}</td>
                <td>
                  <code style={{ wordBreak: "break-all" }}>{i.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
