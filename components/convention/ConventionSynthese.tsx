import type { ConventionDetail } from "@/lib/views/convention";
import { formatMontant } from "@/lib/domain/money";
import { formatDateLongue } from "@/lib/domain/dates";
import { dateEntreeEnVigueur, dernierJourDePreavis, LIBELLES_POINT_DEPART, PREAVIS_PAR_DEFAUT_MOIS, vieDe } from "@/lib/domain/echeances";
import { totauxEcheancier } from "@/lib/domain/echeancier";
import { LIBELLES_TYPE_CONVENTION } from "@/lib/domain/libelles";
import { EcheancierTable, ImputationTable, ParametrageTable, CofinancementTable } from "./FinancialTables";

function duree(c: ConventionDetail): string {
  const depart =
    c.pointDepart === "DATE_EFFET"
      ? `À compter du ${c.dateEffet ? formatDateLongue(c.dateEffet) : "[date d'effet à compléter]"}`
      : `À compter de ${LIBELLES_POINT_DEPART[c.pointDepart]}`;
  if (c.regleDuree === "JUSQU_AU_REGLEMENT") {
    return `${depart}, jusqu'au règlement total des opérations${c.dateFin ? ` ; fin par défaut le ${formatDateLongue(c.dateFin)}` : ""}`;
  }
  return `${depart}, jusqu'au ${c.dateFin ? formatDateLongue(c.dateFin) : "[date de fin à compléter]"}`;
}

// The structured facts a reviewer looks for first.
export function ConventionSynthese({ convention: c }: { convention: ConventionDetail }) {
  const totaux = totauxEcheancier(c.lignesEcheancier);
  // What follows from the last signature: when it takes effect, the last day to give notice (lib/domain/echeances.ts).
  const vie = vieDe(c);
  const prendEffetLe = dateEntreeEnVigueur(vie);
  const dernierPreavis = dernierJourDePreavis(vie);
  const faits: [string, string][] = [
    ["Référence", c.reference],
    ["Nature", LIBELLES_TYPE_CONVENTION[c.type]],
    ["Service rédacteur", c.service ? `${c.service.sigle ?? ""} — ${c.service.nom}` : "—"],
    ["Date de la convention", c.dateConvention ? formatDateLongue(c.dateConvention) : "—"],
    ["Date de signature", c.dateSignature ? formatDateLongue(c.dateSignature) : "—"],
    [
      "Prend effet",
      prendEffetLe
        ? `le ${formatDateLongue(prendEffetLe)} (${{ SIGNATURE: "dernière signature", NOTIFICATION: "notification", PUBLICATION: "publication", DATE_EFFET: "date stipulée" }[c.pointDepart]})`
        : c.pointDepart === "NOTIFICATION"
          ? "à sa notification"
          : "à la signature de toutes les parties",
    ],
    ["Durée", duree(c)],
    ["Préavis de résiliation", c.preavisMois ? `${c.preavisMois} mois` : `Non précisé (${PREAVIS_PAR_DEFAUT_MOIS} mois par usage)`],
    ...(dernierPreavis ? ([["Dernier jour pour résilier avant la fin", formatDateLongue(dernierPreavis)]] as [string, string][]) : []),
    ["Plafond AE", c.plafondAe !== null ? formatMontant(c.plafondAe) : "—"],
    ["Plafond CP", c.plafondCp !== null ? formatMontant(c.plafondCp) : "—"],
    ["Total de l'échéancier", `${formatMontant(totaux.ae)} en AE, ${formatMontant(totaux.cp)} en CP`],
  ];
  return (
    <section id="synthese" aria-labelledby="titre-synthese" className="fr-mb-6w">
      <h2 id="titre-synthese" className="fr-h4">
        Synthèse
      </h2>
      <dl className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
        {faits.map(([terme, valeur]) => (
          <div key={terme} className="fr-col-12 fr-col-sm-6 fr-col-lg-4">
            <dt className="fr-text--sm fr-mb-0" style={{ color: "var(--text-mention-grey)" }}>
              {terme}
            </dt>
            <dd className="fr-text--bold fr-mb-0" style={{ margin: 0, padding: 0 }}>
              {valeur}
            </dd>
          </div>
        ))}
      </dl>
      <p className="fr-mb-2w">
        <span className="fr-text--bold">Objet : </span>
        {c.objet}
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-6">
          <EcheancierTable lignes={c.lignesEcheancier} cumul caption="Échéancier AE / CP, avec cumuls" />
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          {c.imputation && <ImputationTable imputation={c.imputation} />}
          {c.parametrage && <ParametrageTable parametrage={c.parametrage} />}
          {c.cofinancements.length > 0 && <CofinancementTable cofinancements={c.cofinancements} />}
        </div>
      </div>
      <p className="fr-text--xs">Montants en euros, hors titre 2.</p>
    </section>
  );
}
