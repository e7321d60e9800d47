import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { requireAgent } from "@/lib/server/auth/agent";
import { orNotFound } from "@/lib/server/conventions/load-convention";
import { getExecution } from "@/lib/server/execution/get-execution";
import { formatDateCourte } from "@/lib/domain/dates";
import { formatMontant } from "@/lib/domain/money";
import { part } from "@/lib/domain/execution/synthese";
import { COLONNES_FINANCE } from "@/lib/domain/execution/tableau";
import { tableauxExecution, type CleTableau } from "@/lib/server/execution/tableaux";
import { LIBELLES_STATUT } from "@/lib/domain/statut";
import { VuesDocument } from "@/components/revue/VuesDocument";
import { ImportExtrait } from "@/components/execution/ImportExtrait";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import { PdfDownloadButton } from "@/components/convention/PdfDownloadButton";
import { TableauDonnees } from "@/components/dsfr/TableauDonnees";
import { SaisieMouvement } from "@/components/execution/SaisieMouvement";
import { SupprimerLigne } from "@/components/execution/SupprimerLigne";
import { recordEtapeChorusAction, saisirMouvementAction, supprimerMouvementAction } from "./actions";
import { getParametrageChorus } from "@/lib/server/parametrage/get-parametrage-chorus";
import { ParametrageChorus } from "@/components/parametrage/ParametrageChorus";

export const metadata = { title: "Exécution financière de la convention" };

const m = (c: bigint) => formatMontant(c, { alwaysCents: true });

function Barre({ valeur, sur, libelle }: { valeur: bigint; sur: bigint; libelle: string }) {
  const p = part(valeur, sur);
  return (
    <div title={`${libelle} : ${p.toLocaleString("fr-FR")} %`}>
      <progress max={100} value={p} aria-label={libelle} style={{ width: "100%", height: "0.5rem" }}>
        {p.toLocaleString("fr-FR")} %
      </progress>
    </div>
  );
}

/** A table's download links: visible « Exporter en CSV », and which table for screen readers. */
function Exports({ chemin, tableau, titre }: { chemin: string; tableau: CleTableau; titre: string }) {
  return (
    <ButtonsGroup size="sm">
      {(["csv", "xlsx"] as const).map((format) => (
        <a
          key={format}
          className="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left"
          href={`${chemin}/execution/export?tableau=${tableau}&format=${format}`}
          download
        >
          Exporter en {format.toUpperCase()}
          <span className="fr-sr-only"> : {titre}</span>
        </a>
      ))}
    </ButtonsGroup>
  );
}

export default async function ExecutionPage({ params }: { params: Promise<{ id: string }> }) {
  const agent = await requireAgent();
  const { id } = await params;
  const e = await orNotFound(getExecution(agent, id));
  const chemin = `/conventions/${id}`;
  const tableaux = tableauxExecution(e);
  const parametrage = await getParametrageChorus(agent, id);
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
        <a
          className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left"
          href={`${chemin}/execution/export?tableau=tout&format=xlsx`}
          download
        >
          Tous les tableaux (XLSX)
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

      <TableauDonnees
        feuille={tableaux.synthese}
        taille="md"
        apres={(ligne, colonne) => {
          const l = ligne === "total" ? e.synthese.total : e.synthese.annees[ligne]!;
          const titre = ligne === "total" ? "Total" : String(l.annee);
          // Under what is committed and what is paid, the share of what was scheduled.
          const cle = COLONNES_FINANCE.find((c) => c.libelle === tableaux.synthese.colonnes[colonne]?.entete)?.cle;
          if (cle === "aeEngage")
            return <Barre valeur={l.aeEngage} sur={l.aeProgramme} libelle={`AE engagées sur AE programmées, ${titre}`} />;
          if (cle === "cpPaye") return <Barre valeur={l.cpPaye} sur={l.cpProgramme} libelle={`CP payés sur CP programmés, ${titre}`} />;
          return null;
        }}
        exports={<Exports chemin={chemin} tableau="synthese" titre={tableaux.synthese.titre} />}
      />

      {e.peutImporter && !e.signee && (
        <div className="fr-notice fr-notice--info fr-mb-4w">
          <div className="fr-container">
            <div className="fr-notice__body">
              <p className="fr-notice__title">
                Cette convention n&apos;est pas encore signée par toutes les parties (« {LIBELLES_STATUT[e.convention.statut]} ») : aucun
                crédit, engagement ni paiement ne s&apos;y rattache avant sa signature. L&apos;import et la saisie s&apos;ouvriront alors
                ici.
              </p>
            </div>
          </div>
        </div>
      )}
      {parametrage && <ParametrageChorus vue={parametrage} action={recordEtapeChorusAction} />}
      {e.peutImporter && e.signee && <ImportExtrait conventionId={id} />}
      {e.peutImporter && e.signee && (
        <SaisieMouvement conventionId={id} ejConnus={e.engagements.map((ej) => ej.numero)} saisir={saisirMouvementAction} />
      )}

      {(["engagements", "lignes-engagements", "mises-a-disposition", "paiements", "fichiers"] as const).map((cle) => {
        const f = tableaux[cle];
        const saisies = "saisies" in f ? f.saisies : undefined;
        return (
          <TableauDonnees
            key={cle}
            feuille={f}
            action={
              e.peutImporter && saisies?.some(Boolean)
                ? {
                    entete: "Ligne saisie",
                    cellule: (i) =>
                      saisies[i] ? (
                        <SupprimerLigne
                          conventionId={id}
                          id={saisies[i]}
                          description={`la ligne ${i + 1} de « ${f.titre} »`}
                          supprimer={supprimerMouvementAction}
                        />
                      ) : null,
                  }
                : undefined
            }
            exports={f.lignes.length ? <Exports chemin={chemin} tableau={cle} titre={f.titre} /> : undefined}
          />
        );
      })}
    </>
  );
}
