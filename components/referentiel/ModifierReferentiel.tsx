"use client";
// Editing an organisation or a person of the referential: choose it, change it, save (the version
// read guards against a change made meanwhile by someone else; the history keeps before/after).
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { organisationModifSchema, type OrganisationModifInput } from "@/lib/schemas/organisation";
import { personneModifSchema, type PersonneModifInput } from "@/lib/schemas/personne";
import type { Action } from "@/lib/actions/result";
import { LIBELLES_TYPE_ORGANISATION, libelleOrganisation, type TypeOrganisation } from "@/lib/domain/libelles";
import { SelectField, TextField } from "@/components/form/fields";
import { ChoixAModifier, PersonneFields, useEnvoi } from "./envoi";

type Org = {
  id: string;
  nom: string;
  sigle: string | null;
  type: TypeOrganisation;
  adresse: string | null;
  parentId: string | null;
  version: number;
};
type Pers = { id: string; prenom: string; nom: string; qualite: string | null; organisationId: string | null; version: number };
type Resultat = { id: string; version: number };

export function ModifierOrganisationForm({
  organisations,
  save,
}: {
  organisations: Org[];
  save: Action<OrganisationModifInput, Resultat>;
}) {
  const vide: OrganisationModifInput = { id: "", version: 0, nom: "", sigle: "", type: "DIRECTION", adresse: "", parentId: "" };
  const form = useForm<OrganisationModifInput, unknown, z.output<typeof organisationModifSchema>>({
    resolver: zodResolver(organisationModifSchema),
    defaultValues: vide,
  });
  const { onSubmit, bandeau, effacer } = useEnvoi(
    save,
    form,
    () => "L'organisation a été modifiée.",
    (d) => form.setValue("version", d.version),
  );
  const choisir = (id: string) => {
    const o = organisations.find((x) => x.id === id);
    effacer();
    form.reset(
      o
        ? {
            id: o.id,
            version: o.version,
            nom: o.nom,
            sigle: o.sigle ?? "",
            type: o.type,
            adresse: o.adresse ?? "",
            parentId: o.parentId ?? "",
          }
        : vide,
    );
  };
  const choisie = useWatch({ control: form.control, name: "id" });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-labelledby="titre-modifier-organisation" className="fr-mt-4w">
        <h3 id="titre-modifier-organisation" className="fr-h6">
          Modifier une organisation
        </h3>
        {bandeau}
        <ChoixAModifier
          id="organisation-a-modifier"
          label="Organisation à modifier"
          value={choisie}
          options={organisations.map((o) => ({ value: o.id, label: libelleOrganisation(o) }))}
          onChange={choisir}
        />
        {choisie && (
          <>
            <div className="fr-grid-row fr-grid-row--gutters">
              <TextField className="fr-col-12 fr-col-md-5" name="nom" label="Nom" />
              <TextField className="fr-col-12 fr-col-md-2" name="sigle" label="Sigle" />
              <TextField className="fr-col-12 fr-col-md-5" name="adresse" label="Adresse" />
              <SelectField
                className="fr-col-12 fr-col-md-7"
                name="type"
                label="Nature de l'organisation"
                options={Object.entries(LIBELLES_TYPE_ORGANISATION).map(([value, label]) => ({ value, label }))}
              />
              <SelectField
                className="fr-col-12 fr-col-md-5"
                name="parentId"
                label="Rattachée à"
                placeholder="—"
                options={organisations.filter((o) => o.id !== choisie).map((o) => ({ value: o.id, label: libelleOrganisation(o) }))}
              />
            </div>
            <button type="submit" className="fr-btn fr-btn--secondary" disabled={form.formState.isSubmitting}>
              Enregistrer l&apos;organisation
            </button>
          </>
        )}
      </form>
    </FormProvider>
  );
}

export function ModifierPersonneForm({
  personnes,
  organisations,
  save,
}: {
  personnes: Pers[];
  organisations: Org[];
  save: Action<PersonneModifInput, Resultat>;
}) {
  const vide: PersonneModifInput = { id: "", version: 0, prenom: "", nom: "", qualite: "", organisationId: "" };
  const form = useForm<PersonneModifInput, unknown, z.output<typeof personneModifSchema>>({
    resolver: zodResolver(personneModifSchema),
    defaultValues: vide,
  });
  const { onSubmit, bandeau, effacer } = useEnvoi(
    save,
    form,
    () => "La personne a été modifiée.",
    (d) => form.setValue("version", d.version),
  );
  const choisir = (id: string) => {
    const p = personnes.find((x) => x.id === id);
    effacer();
    form.reset(
      p
        ? { id: p.id, version: p.version, prenom: p.prenom, nom: p.nom, qualite: p.qualite ?? "", organisationId: p.organisationId ?? "" }
        : vide,
    );
  };
  const choisie = useWatch({ control: form.control, name: "id" });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-labelledby="titre-modifier-personne" className="fr-mt-4w">
        <h3 id="titre-modifier-personne" className="fr-h6">
          Modifier une personne
        </h3>
        {bandeau}
        <ChoixAModifier
          id="personne-a-modifier"
          label="Personne à modifier"
          value={choisie}
          options={personnes.map((p) => ({ value: p.id, label: `${p.prenom} ${p.nom}` }))}
          onChange={choisir}
        />
        {choisie && (
          <>
            <PersonneFields organisations={organisations} />
            <button type="submit" className="fr-btn fr-btn--secondary" disabled={form.formState.isSubmitting}>
              Enregistrer la personne
            </button>
          </>
        )}
      </form>
    </FormProvider>
  );
}
