import { formatMontant } from "@/lib/domain/money";
import { echeancierCumule, totauxEcheancier } from "@/lib/domain/echeancier";
import type { ConventionDetail } from "@/lib/server/conventions/get-convention";
import { DataTable } from "./DataTable";

type Lignes = { annee: number; ae: bigint; cp: bigint }[];

export function EcheancierTable({ lignes, cumul = false, caption = "Échéancier prévisionnel (AE / CP)", hideCaption = false }: { lignes: Lignes; cumul?: boolean; caption?: string; hideCaption?: boolean }) {
  if (lignes.length === 0) return <p className="fr-text--sm">Aucune ligne d&apos;échéancier.</p>;
  const totaux = totauxEcheancier(lignes);
  const rows = echeancierCumule(lignes).map((l) => [
    String(l.annee),
    formatMontant(l.ae),
    formatMontant(l.cp),
    ...(cumul ? [formatMontant(l.cumulAe), formatMontant(l.cumulCp)] : []),
  ]);
  return (
    <DataTable
      caption={caption}
      hideCaption={hideCaption}
      headers={["Année", "AE", "CP", ...(cumul ? ["AE cumulées", "CP cumulés"] : [])]}
      rows={rows}
      footer={["Total", formatMontant(totaux.ae), formatMontant(totaux.cp), ...(cumul ? ["", ""] : [])]}
      numericColumns={[1, 2, 3, 4]}
    />
  );
}

const present = (rows: [string, string | null | undefined][]) => rows.filter((r): r is [string, string] => Boolean(r[1]));

export function ImputationTable({ imputation, hideCaption = false }: { imputation: NonNullable<ConventionDetail["imputation"]>; hideCaption?: boolean }) {
  const programme = imputation.programme ? `${imputation.programme}${imputation.bop ? ` — BOP ${imputation.bop}` : ""}` : null;
  const rows = present([
    ["Ministère", imputation.ministere],
    ["Programme", programme],
    ["Code du comptable assignataire", imputation.comptableAssignataire],
    ["Domaine fonctionnel", imputation.domaineFonctionnel],
    ["Centre financier (UO)", imputation.centreFinancier],
    ["Activité", imputation.activite],
    ["Centre de coûts", imputation.centreDeCouts],
  ]);
  return <DataTable caption={imputation.intitule ?? "Imputation budgétaire"} rows={rows} rowHeaders hideCaption={hideCaption && !imputation.intitule} />;
}

export function ParametrageTable({ parametrage, hideCaption = false }: { parametrage: NonNullable<ConventionDetail["parametrage"]>; hideCaption?: boolean }) {
  const rows = present([
    ["SP (service prescripteur)", parametrage.servicePrescripteur],
    ["Société", parametrage.societe],
    ["OA (organisation d'achat)", parametrage.organisationAchat],
    ["GA (groupe d'acheteurs)", parametrage.groupeAcheteurs],
    ["RTM", parametrage.rtm],
    ["Code service exécutant", parametrage.codeServiceExecutant],
    ["Comptable assignataire", parametrage.comptableAssignataire],
    ["Centre de coûts", parametrage.centreDeCouts],
  ]);
  return <DataTable caption="Paramétrage de l'adhérence (Chorus)" rows={rows} rowHeaders hideCaption={hideCaption} />;
}

export function CofinancementTable({ cofinancements }: { cofinancements: ConventionDetail["cofinancements"] }) {
  return (
    <DataTable
      caption="Co-financement"
      headers={["Financeur", "Fonds", "Montant"]}
      rows={cofinancements.map((c) => [c.financeur, c.fonds ?? "—", formatMontant(c.montant)])}
      numericColumns={[2]}
    />
  );
}
