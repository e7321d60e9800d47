import { formatMontant } from "@/lib/domain/money";
import { echeancierCumule, totauxEcheancier } from "@/lib/domain/echeancier";
import { lignesImputation, lignesParametrage, TITRE_PARAMETRAGE } from "@/lib/domain/libelles";
import type { ConventionDetail } from "@/lib/views/convention";
import { DataTable } from "./DataTable";

type Lignes = { annee: number; ae: bigint; cp: bigint }[];

export function EcheancierTable({
  lignes,
  cumul = false,
  caption = "Échéancier prévisionnel (AE / CP)",
  hideCaption = false,
}: {
  lignes: Lignes;
  cumul?: boolean;
  caption?: string;
  hideCaption?: boolean;
}) {
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

export function ImputationTable({
  imputation,
  hideCaption = false,
}: {
  imputation: NonNullable<ConventionDetail["imputation"]>;
  hideCaption?: boolean;
}) {
  return (
    <DataTable
      caption={imputation.intitule ?? "Imputation budgétaire"}
      rows={lignesImputation(imputation)}
      rowHeaders
      hideCaption={hideCaption && !imputation.intitule}
    />
  );
}

export function ParametrageTable({
  parametrage,
  hideCaption = false,
}: {
  parametrage: NonNullable<ConventionDetail["parametrage"]>;
  hideCaption?: boolean;
}) {
  return <DataTable caption={`${TITRE_PARAMETRAGE} (Chorus)`} rows={lignesParametrage(parametrage)} rowHeaders hideCaption={hideCaption} />;
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
