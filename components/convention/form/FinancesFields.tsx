"use client";
import { useFieldArray, useFormContext } from "react-hook-form";
import { TextField } from "@/components/form/fields";
import type { ConventionInput } from "@/lib/schemas/convention";
import { EcheancierEditor } from "./EcheancierEditor";

export function FinancesFields({ warnings }: { warnings: Record<string, string> }) {
  const { control } = useFormContext<ConventionInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "cofinancements" });
  return (
    <fieldset className="fr-fieldset" aria-labelledby="legend-finances">
      <legend id="legend-finances" className="fr-fieldset__legend fr-h4">
        Crédits délégués (hors titre 2)
      </legend>
      <div className="fr-fieldset__element">
        <div className="fr-grid-row fr-grid-row--gutters">
          <TextField
            className="fr-col-12 fr-col-md-4"
            name="plafondAe"
            label="Plafond AE (€)"
            hint="Ex. 120 000 ou 120 000,50"
            inputMode="decimal"
            warning={warnings.plafondAe}
          />
          <TextField
            className="fr-col-12 fr-col-md-4"
            name="plafondCp"
            label="Plafond CP (€)"
            inputMode="decimal"
            warning={warnings.plafondCp}
          />
          <TextField
            className="fr-col-12 fr-col-md-4"
            name="ecartAeCpMotif"
            label="Motif d'un écart AE / CP (facultatif)"
            hint="Si le total des CP diffère de celui des AE"
          />
        </div>
        <EcheancierEditor warnings={warnings} />
        <h3 className="fr-h6 fr-mt-3w">Co-financement</h3>
        {fields.map((field, index) => (
          <div key={field.id} className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <TextField className="fr-col-12 fr-col-md-3" name={`cofinancements.${index}.financeur`} label="Financeur" />
            <TextField
              className="fr-col-12 fr-col-md-5"
              name={`cofinancements.${index}.fonds`}
              label="Fonds"
              hint="Ex. Fonds d'accélération des Startups d'État (FAST)"
            />
            <TextField className="fr-col-12 fr-col-md-3" name={`cofinancements.${index}.montant`} label="Montant (€)" inputMode="decimal" />
            <div className="fr-col-12 fr-col-md-1 fr-mb-3w">
              <button
                type="button"
                className="fr-btn fr-btn--tertiary fr-icon-delete-line"
                title="Retirer ce co-financement"
                onClick={() => remove(index)}
              >
                Retirer ce co-financement
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          className="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left"
          onClick={() => append({ financeur: "DINUM", fonds: "", montant: "" })}
        >
          Ajouter un co-financement
        </button>
      </div>
    </fieldset>
  );
}
