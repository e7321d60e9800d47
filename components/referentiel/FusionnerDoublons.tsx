"use client";
// Merging two records of the referential that are the same: choose the duplicate and the record to
// keep, read what the merge will move, confirm. The server re-checks everything (versions read,
// right, twins) and records both records in the history.
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { fusionOrganisationsSchema, fusionPersonnesSchema, type FusionData, type FusionInput } from "@/lib/schemas/fusion";
import { decrireLiens, type Liens } from "@/lib/domain/fusion";
import type { Action } from "@/lib/actions/result";
import type { FicheFusionnable } from "@/lib/views/referentiel";
import { SelectField } from "@/components/form/fields";
import { useEnvoi } from "./envoi";

type Resultat = { id: string; version: number; reprises: Liens };

const TEXTES = {
  organisation: {
    titre: "Fusionner deux organisations en double",
    doublon: "Organisation en double (sera supprimée)",
    conservee: "Organisation à conserver",
    schema: fusionOrganisationsSchema,
  },
  personne: {
    titre: "Fusionner deux personnes en double",
    doublon: "Personne en double (sera supprimée)",
    conservee: "Personne à conserver",
    schema: fusionPersonnesSchema,
  },
};

export function FusionnerDoublons({
  quoi,
  fiches,
  fusionner,
}: {
  quoi: keyof typeof TEXTES;
  fiches: FicheFusionnable[];
  fusionner: Action<FusionInput, Resultat>;
}) {
  const textes = TEXTES[quoi];
  const vide: FusionInput = { doublonId: "", conserveeId: "", versionDoublon: 0, versionConservee: 0 };
  const form = useForm<FusionInput, unknown, FusionData>({ resolver: zodResolver(textes.schema), defaultValues: vide });
  const [doublonId, conserveeId] = useWatch({ control: form.control, name: ["doublonId", "conserveeId"] });
  const doublon = fiches.find((f) => f.id === doublonId);
  const conservee = fiches.find((f) => f.id === conserveeId);
  // The versions sent are those of the records as this page shows them.
  const envoyer: Action<FusionInput, Resultat> = (v) =>
    fusionner({ ...v, versionDoublon: doublon?.version ?? 0, versionConservee: conservee?.version ?? 0 });
  const titreId = `titre-fusion-${quoi}`;
  const { onSubmit, bandeau } = useEnvoi(
    envoyer,
    form,
    (r) => {
      const repris = decrireLiens(r.reprises);
      return `La fiche « ${doublon?.libelle} » a été fusionnée dans « ${conservee?.libelle} »${repris.length ? ` (repris : ${repris.join(", ")})` : ""}.`;
    },
    () => form.reset(vide),
  );
  const options = fiches.map((f) => ({ value: f.id, label: `${f.libelle}${f.detail ? ` — ${f.detail}` : ""}` }));
  const liens = doublon ? decrireLiens(doublon.liens) : [];
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-labelledby={titreId} className="fr-mt-4w">
        <h3 id={titreId} className="fr-h6">
          {textes.titre}
        </h3>
        <p className="fr-hint-text">
          Tout ce qui se rattache à la fiche en double (conventions, personnes, comptes…) est repris par la fiche conservée, qui garde ses
          valeurs et prend celles du doublon là où elle n&apos;en a pas. Les conventions gardent le texte qu&apos;elles ont imprimé.
          L&apos;historique garde les deux fiches.
        </p>
        {bandeau}
        <div className="fr-grid-row fr-grid-row--gutters">
          <SelectField className="fr-col-12 fr-col-md-6" name="doublonId" label={textes.doublon} placeholder="—" options={options} />
          <SelectField className="fr-col-12 fr-col-md-6" name="conserveeId" label={textes.conservee} placeholder="—" options={options} />
        </div>
        {doublon && conservee && doublon.id !== conservee.id && (
          <div className="fr-callout fr-mb-2w" aria-live="polite">
            <p className="fr-callout__text fr-text--md">
              La fiche « {doublon.libelle} » sera supprimée.{" "}
              {liens.length
                ? `Ce qui s'y rattache sera repris par « ${conservee.libelle} » : ${liens.join(", ")}.`
                : `Rien ne s'y rattache : « ${conservee.libelle} » ne prendra que ses valeurs manquantes.`}{" "}
              Cette opération est définitive.
            </p>
          </div>
        )}
        <button type="submit" className="fr-btn fr-btn--secondary" disabled={form.formState.isSubmitting}>
          Fusionner les deux fiches
        </button>
      </form>
    </FormProvider>
  );
}
