"use client";
// The convention's parties as the avenant names them at its date: the same organisations and roles
// (not editable here), with the designation, representative and title of that date.
import { useFieldArray, useFormContext } from "react-hook-form";
import { TextArea, TextField } from "@/components/form/fields";
import { FieldWarning } from "@/components/form/FieldWarning";
import { LIBELLES_ROLE_PARTIE } from "@/lib/domain/libelles";
import type { AvenantInput } from "@/lib/schemas/avenant";
import type { PartieConvention } from "./live-findings";

export function PartiesAvenantFields({ parties, warnings }: { parties: readonly PartieConvention[]; warnings: Record<string, string> }) {
  const { control } = useFormContext<AvenantInput>();
  const { fields } = useFieldArray({ control, name: "parties" });
  const partie = (id: string) => parties.find((p) => p.id === id);
  return (
    <fieldset className="fr-fieldset" aria-labelledby="legend-parties-avenant">
      <legend id="legend-parties-avenant" className="fr-fieldset__legend fr-h4">
        Parties à la date de l&apos;avenant
        <span className="fr-hint-text">
          Les parties de la convention, avec leur représentant et sa qualité à la date de l&apos;avenant.
        </span>
      </legend>
      <div className="fr-fieldset__element">
        {fields.map((field, index) => {
          const p = partie(field.partieId);
          return (
            <div key={field.id} className="fr-p-2w fr-mb-2w" style={{ border: "1px solid var(--border-default-grey)" }}>
              <p className="fr-text--bold fr-mb-1w">
                Partie {index + 1} — {p ? `${LIBELLES_ROLE_PARTIE[p.role].toLowerCase()} : ${p.organisation}` : "partie de la convention"}
              </p>
              <FieldWarning message={warnings[`parties.${index}.role`]} />
              <div className="fr-grid-row fr-grid-row--gutters">
                <TextField
                  className="fr-col-12 fr-col-md-6"
                  name={`parties.${index}.libelle`}
                  label={`Partie ${index + 1} : désignation imprimée`}
                  hint="« La direction interministérielle du numérique (DINUM) »"
                />
                <TextField className="fr-col-12 fr-col-md-6" name={`parties.${index}.adresse`} label={`Partie ${index + 1} : adresse`} />
                <TextField
                  className="fr-col-12 fr-col-md-6"
                  name={`parties.${index}.representantNom`}
                  label={`Partie ${index + 1} : représentée par`}
                  hint="Prénom et nom à la date de l'avenant"
                />
                <TextField
                  className="fr-col-12 fr-col-md-6"
                  name={`parties.${index}.qualite`}
                  label={`Partie ${index + 1} : qualité du représentant`}
                />
                <TextField
                  className="fr-col-12 fr-col-md-6"
                  name={`parties.${index}.mentionRole`}
                  label={`Partie ${index + 1} : mention du rôle (facultatif)`}
                  hint="« délégant, d'une part »"
                />
                <TextArea
                  className="fr-col-12 fr-col-md-6"
                  name={`parties.${index}.denominations`}
                  label={`Partie ${index + 1} : ci-après dénommée`}
                  hint="Une dénomination par ligne"
                  rows={2}
                />
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
