"use client";
// The changes an avenant makes: each behind a checkbox, its fields shown once ticked.
import { libelleOrganisation } from "@/lib/domain/libelles";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { SelectField, TextArea, TextField } from "@/components/form/fields";
import type { AvenantInput } from "@/lib/schemas/avenant";
import type { OrganisationOption } from "@/lib/views/referentiel";

function Choix({
  name,
  label,
  children,
}: {
  name: "prolongation" | "plafonds" | "echeancier" | "succession" | "reliquat";
  label: string;
  children: React.ReactNode;
}) {
  const { register } = useFormContext<AvenantInput>();
  const active = useWatch<AvenantInput>({ name: `${name}.active` });
  return (
    <div className="fr-mb-3w">
      <div className="fr-checkbox-group">
        <input type="checkbox" id={`choix-${name}`} {...register(`${name}.active`)} />
        <label className="fr-label" htmlFor={`choix-${name}`}>
          {label}
        </label>
      </div>
      {active && <div className="fr-pl-4w fr-pt-2w">{children}</div>}
    </div>
  );
}

function LignesEcheancier() {
  const { control } = useFormContext<AvenantInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "echeancier.lignes" });
  const aPartirDe = useWatch<AvenantInput, "echeancier.aPartirDe">({ name: "echeancier.aPartirDe" });
  return (
    <>
      {fields.map((field, i) => (
        <div key={field.id} className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <TextField className="fr-col-3" name={`echeancier.lignes.${i}.annee`} label={`Année (ligne ${i + 1})`} inputMode="numeric" />
          <TextField className="fr-col-4" name={`echeancier.lignes.${i}.ae`} label={`AE (ligne ${i + 1})`} inputMode="decimal" />
          <TextField className="fr-col-4" name={`echeancier.lignes.${i}.cp`} label={`CP (ligne ${i + 1})`} inputMode="decimal" />
          <div className="fr-col-1 fr-mb-3w">
            <button
              type="button"
              className="fr-btn fr-btn--tertiary fr-icon-delete-line"
              title={`Retirer la ligne ${i + 1}`}
              onClick={() => remove(i)}
            >
              Retirer la ligne {i + 1}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-add-line fr-btn--icon-left"
        onClick={() => append({ annee: String(Number(aPartirDe || new Date().getFullYear()) + fields.length), ae: "", cp: "" })}
      >
        Ajouter une ligne
      </button>
    </>
  );
}

function Modifications() {
  const { control } = useFormContext<AvenantInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "modifications" });
  return (
    <fieldset className="fr-fieldset fr-mb-3w" aria-labelledby="legend-modifications">
      <legend id="legend-modifications" className="fr-fieldset__legend--regular fr-fieldset__legend">
        Articles de la convention modifiés
      </legend>
      <div className="fr-fieldset__element">
        {fields.map((field, i) => (
          <div key={field.id} className="fr-mb-2w">
            <TextField name={`modifications.${i}.numero`} label={`Numéro de l'article modifié (${i + 1})`} />
            <TextArea name={`modifications.${i}.corps`} label={`Nouveau texte de l'article (${i + 1})`} rows={5} />
            <button
              type="button"
              className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-delete-line fr-btn--icon-left"
              onClick={() => remove(i)}
            >
              Retirer cette modification
            </button>
          </div>
        ))}
        <button
          type="button"
          className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-add-line fr-btn--icon-left"
          onClick={() => append({ numero: "", corps: "" })}
        >
          Modifier le texte d&apos;un article
        </button>
      </div>
    </fieldset>
  );
}

export function ChangementsFields({ organisations }: { organisations: OrganisationOption[] }) {
  const options = organisations.map((o) => ({ value: o.id, label: libelleOrganisation(o) }));
  return (
    <fieldset className="fr-fieldset" aria-labelledby="legend-changements">
      <legend id="legend-changements" className="fr-fieldset__legend fr-h4">
        Ce que change l&apos;avenant
      </legend>
      <div className="fr-fieldset__element">
        <Choix name="prolongation" label="Prolonger la convention">
          <TextField name="prolongation.nouvelleDateFin" label="Nouvelle date de fin" type="date" />
        </Choix>
        <Choix name="plafonds" label="Changer les plafonds">
          <div className="fr-grid-row fr-grid-row--gutters">
            <TextField className="fr-col-6" name="plafonds.ae" label="Nouveau plafond AE (€)" inputMode="decimal" />
            <TextField className="fr-col-6" name="plafonds.cp" label="Nouveau plafond CP (€)" inputMode="decimal" />
          </div>
        </Choix>
        <Choix name="echeancier" label="Remplacer l'échéancier à partir d'une année">
          <TextField name="echeancier.aPartirDe" label="Première année remplacée" inputMode="numeric" />
          <LignesEcheancier />
        </Choix>
        <Choix name="succession" label="Remplacer une organisation par celle qui lui succède">
          <div className="fr-grid-row fr-grid-row--gutters">
            <SelectField
              className="fr-col-6"
              name="succession.remplaceeId"
              label="Organisation remplacée"
              placeholder="Choisir…"
              options={options}
            />
            <SelectField
              className="fr-col-6"
              name="succession.successeurId"
              label="Organisation qui lui succède"
              placeholder="Choisir…"
              options={options}
            />
          </div>
        </Choix>
        <Choix name="reliquat" label="Déclarer des crédits qui ne seront pas consommés">
          <div className="fr-grid-row fr-grid-row--gutters">
            <TextField className="fr-col-6" name="reliquat.ae" label="Reliquat AE (€)" inputMode="decimal" />
            <TextField className="fr-col-6" name="reliquat.cp" label="Reliquat CP (€)" inputMode="decimal" />
          </div>
        </Choix>
        <Modifications />
      </div>
    </fieldset>
  );
}
