"use client";
// Entering an execution line by hand, when no CHORUS extract is at hand: credits made available, a
// commitment (EJ) or a payment (DP). The fields follow what is entered; the server checks it as an
// imported line (signed convention, known EJ, payments within their EJ) and says why at the field.
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { blankMouvement, mouvementSchema, TYPES_SAISIE, type MouvementInput } from "@/lib/schemas/mouvement";
import type { Action } from "@/lib/actions/result";
import { RadioGroup, SelectField, TextField } from "@/components/form/fields";
import { useEnvoi } from "@/components/form/useEnvoi";

type Props = { conventionId: string; ejConnus: string[]; saisir: Action<MouvementInput, { id: string }> };

const NATURES = [
  { value: "MISE_A_DISPOSITION", label: "Crédits mis à disposition" },
  { value: "ENGAGEMENT", label: "Engagement juridique (EJ)" },
  { value: "PAIEMENT", label: "Demande de paiement (DP)" },
];

export function SaisieMouvement({ conventionId, ejConnus, saisir }: Props) {
  const form = useForm<MouvementInput, unknown, z.output<typeof mouvementSchema>>({
    resolver: zodResolver(mouvementSchema),
    defaultValues: blankMouvement(conventionId),
  });
  const nature = useWatch({ control: form.control, name: "nature" });
  const { onSubmit, bandeau, effacer } = useEnvoi(
    saisir,
    form,
    () => "La ligne est enregistrée : l'exécution et les alertes sont à jour.",
    () => form.reset({ ...blankMouvement(conventionId), nature: form.getValues("nature") }),
    { code: "LIGNE_EN_DOUBLE", champ: "confirmerDoublon", bouton: "Enregistrer quand même cette ligne" },
  );
  const montant = "ex. 12 500,00";
  return (
    <section aria-labelledby="titre-saisie" className="fr-mb-4w">
      <h2 id="titre-saisie" className="fr-h5">
        Saisir une ligne à la main
      </h2>
      <p className="fr-text--sm">
        Sans extrait CHORUS sous la main : la ligne est contrôlée comme une ligne importée, et pourra être supprimée (une ligne importée
        reflète CHORUS et ne se supprime pas).
      </p>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} onChange={effacer} noValidate aria-labelledby="titre-saisie">
          {bandeau}
          <RadioGroup name="nature" legend="Ce que vous saisissez" options={NATURES} />
          <div className="fr-grid-row fr-grid-row--gutters">
            <TextField className="fr-col-12 fr-col-md-3" name="date" type="date" label="Date" />
            <TextField
              className="fr-col-12 fr-col-md-2"
              name="exercice"
              inputMode="numeric"
              label="Exercice"
              hint="Vide : l'année de la date"
            />
            {nature === "MISE_A_DISPOSITION" && (
              <>
                <TextField className="fr-col-12 fr-col-md-3" name="ae" inputMode="decimal" label="AE (€)" hint={montant} />
                <TextField className="fr-col-12 fr-col-md-3" name="cp" inputMode="decimal" label="CP (€)" hint={montant} />
              </>
            )}
            {nature === "ENGAGEMENT" && (
              <>
                <TextField className="fr-col-12 fr-col-md-3" name="numeroEj" label="N° EJ" hint="ex. 1300012345" />
                <TextField className="fr-col-12 fr-col-md-1" name="posteEj" label="Poste" />
                <SelectField
                  className="fr-col-12 fr-col-md-3"
                  name="typeMontant"
                  label="Type de mouvement"
                  options={Object.entries(TYPES_SAISIE).map(([value, label]) => ({ value, label }))}
                />
                <TextField className="fr-col-12 fr-col-md-3" name="ae" inputMode="decimal" label="Montant (€)" hint={montant} />
                <TextField className="fr-col-12 fr-col-md-4" name="fournisseur" label="Fournisseur" />
              </>
            )}
            {nature === "PAIEMENT" && (
              <>
                <TextField className="fr-col-12 fr-col-md-3" name="numeroDp" label="N° DP" hint="ex. 2000012345" />
                <SelectField
                  className="fr-col-12 fr-col-md-3"
                  name="numeroEj"
                  label="EJ payé"
                  placeholder="—"
                  options={ejConnus.map((n) => ({ value: n, label: n }))}
                  hint={ejConnus.length ? undefined : "Aucun EJ : saisissez ou importez d'abord l'engagement"}
                />
                <TextField className="fr-col-12 fr-col-md-3" name="cp" inputMode="decimal" label="Montant payé (€)" hint={montant} />
              </>
            )}
            <TextField className="fr-col-12" name="texte" label="Libellé ou commentaire (facultatif)" />
          </div>
          <button type="submit" className="fr-btn fr-btn--secondary" disabled={form.formState.isSubmitting}>
            Enregistrer la ligne
          </button>
        </form>
      </FormProvider>
    </section>
  );
}
