"use client";
import { useFieldArray, useFormContext } from "react-hook-form";
import { ArrayError, SelectField, TextArea, TextField } from "@/components/form/fields";
import { LIBELLES_ROLE_PARTIE, libelleOrganisation } from "@/lib/domain/libelles";
import { emptyPartie } from "@/lib/schemas/convention-form";
import type { ConventionInput } from "@/lib/schemas/convention";
import type { OrganisationOption, PersonneOption } from "@/lib/views/referentiel";
import { NouvelleOrganisation, type CreateOrganisation } from "./NouvelleOrganisation";
import { FieldWarning } from "@/components/form/FieldWarning";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";

type Props = {
  organisations: OrganisationOption[];
  personnes: PersonneOption[];
  createOrganisation?: CreateOrganisation;
  onOrganisationCreated: (o: OrganisationOption) => void;
  warning?: string;
};

export function PartiesFields({ organisations, personnes, createOrganisation, onOrganisationCreated, warning }: Props) {
  const { control, getValues, setValue, formState } = useFormContext<ConventionInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "parties" });

  // Choosing an organisation fills what is still empty: the printed name and the address.
  const onOrganisation = (index: number, id: string) => {
    const org = organisations.find((o) => o.id === id);
    if (!org) return;
    if (!getValues(`parties.${index}.libelle`))
      setValue(`parties.${index}.libelle`, org.sigle ? `${org.nom} (${org.sigle})` : org.nom, { shouldDirty: true });
    if (!getValues(`parties.${index}.adresse`) && org.adresse) setValue(`parties.${index}.adresse`, org.adresse, { shouldDirty: true });
  };

  return (
    <fieldset className="fr-fieldset" aria-labelledby="legend-parties">
      <legend id="legend-parties" className="fr-fieldset__legend fr-h4">
        Parties
        <span className="fr-hint-text">Un ou plusieurs délégants et un seul délégataire (décret n° 2004-1085, art. 1).</span>
      </legend>
      <div className="fr-fieldset__element">
        <ArrayError name="parties" />
        {/* Once saving has failed on this rule, its error says it: no need to repeat it. */}
        {!(formState.errors.parties?.message || formState.errors.parties?.root?.message) && <FieldWarning message={warning} />}
        <datalist id="personnes">
          {personnes.map((p) => (
            <option key={p.id} value={p.nom}>
              {p.qualite ?? ""}
            </option>
          ))}
        </datalist>
        {fields.map((field, index) => (
          <div key={field.id} className="fr-p-2w fr-mb-2w" style={{ border: "1px solid var(--border-default-grey)" }}>
            <div className="fr-grid-row fr-grid-row--gutters">
              <SelectField
                className="fr-col-12 fr-col-md-3"
                name={`parties.${index}.role`}
                label={`Partie ${index + 1} : rôle`}
                options={Object.entries(LIBELLES_ROLE_PARTIE).map(([value, label]) => ({ value, label }))}
              />
              <div
                className="fr-col-12 fr-col-md-5"
                onChange={(e) => onOrganisation(index, (e.target as unknown as HTMLSelectElement).value)}
              >
                <SelectField
                  name={`parties.${index}.organisationId`}
                  label="Organisation (référentiel)"
                  placeholder="Choisir…"
                  options={organisations.map((o) => ({ value: o.id, label: libelleOrganisation(o) }))}
                />
              </div>
              <TextField
                className="fr-col-12 fr-col-md-4"
                name={`parties.${index}.libelle`}
                label="Désignation imprimée"
                hint="« Le ministère … (MENJ) »"
              />
              <TextField className="fr-col-12 fr-col-md-6" name={`parties.${index}.adresse`} label="Adresse" />
              <div className="fr-col-12 fr-col-md-6">
                <TextField name={`parties.${index}.representantNom`} label="Représenté(e) par" hint="Prénom et nom du représentant" />
              </div>
              <TextField
                className="fr-col-12 fr-col-md-6"
                name={`parties.${index}.qualite`}
                label="Qualité du représentant"
                hint="« directeur du numérique pour l'éducation (DNE) »"
              />
              <TextField
                className="fr-col-12 fr-col-md-6"
                name={`parties.${index}.mentionRole`}
                label="Mention du rôle (facultatif)"
                hint="« délégant, d'une part »"
              />
              <TextArea
                className="fr-col-12"
                name={`parties.${index}.denominations`}
                label="Ci-après dénommé(e)"
                hint="Une dénomination par ligne (« le délégataire », « la DINUM »)"
                rows={2}
              />
            </div>
            <button
              type="button"
              className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-delete-line fr-btn--icon-left"
              onClick={() => remove(index)}
              disabled={fields.length <= 1}
            >
              Retirer la partie {index + 1}
            </button>
          </div>
        ))}
        <ButtonsGroup inline="sm">
          <button
            type="button"
            className="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left"
            onClick={() => append(emptyPartie("DELEGANT"))}
          >
            Ajouter un délégant
          </button>
          <button
            type="button"
            className="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left"
            onClick={() => append(emptyPartie("PARTENAIRE"))}
          >
            Ajouter une autre partie
          </button>
          {createOrganisation && (
            <NouvelleOrganisation organisations={organisations} create={createOrganisation} onCreated={onOrganisationCreated} />
          )}
          <a className="fr-btn fr-btn--tertiary-no-outline" href="/referentiel" target="_blank" rel="noopener">
            {createOrganisation ? "Gérer le référentiel (nouvel onglet)" : "Voir le référentiel (nouvel onglet)"}
          </a>
        </ButtonsGroup>
        {!createOrganisation && (
          <p className="fr-hint-text fr-mt-1w">
            Une organisation manque à la liste ? Demandez à un gestionnaire du référentiel de l&apos;ajouter.
          </p>
        )}
      </div>
    </fieldset>
  );
}
