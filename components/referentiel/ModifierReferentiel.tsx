"use client";
// Editing an organisation or a person of the referential: choose it, change it, save (the version
// read guards against a change made meanwhile by someone else; the history keeps before/after).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm, useWatch, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { organisationModifSchema, type OrganisationModifInput } from "@/lib/schemas/organisation";
import { personneModifSchema, type PersonneModifInput } from "@/lib/schemas/personne";
import type { Action } from "@/lib/actions/result";
import { libelleOrganisation } from "@/lib/domain/libelles";
import { SelectField, TextField } from "@/components/form/fields";

type Org = { id: string; nom: string; sigle: string | null; adresse: string | null; parentId: string | null; version: number };
type Pers = { id: string; prenom: string; nom: string; qualite: string | null; organisationId: string | null; version: number };
type Resultat = { id: string; version: number };

function useEdition<T extends FieldValues, O extends FieldValues>(
  save: Action<T, Resultat>,
  form: UseFormReturn<T, unknown, O>,
  succes: string,
) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; texte: string }>();
  const onSubmit = form.handleSubmit(async () => {
    const result = await save(form.getValues());
    if (!result.ok) {
      for (const [champ, texte] of Object.entries(result.champs ?? {})) form.setError(champ as Path<T>, { message: texte });
      return setMessage({ ok: false, texte: result.message });
    }
    setMessage({ ok: true, texte: succes });
    form.setValue("version" as Path<T>, result.data.version as never);
    router.refresh();
  });
  const bandeau = message && (
    <div
      className={`fr-alert fr-alert--sm fr-mb-2w ${message.ok ? "fr-alert--success" : "fr-alert--error"}`}
      role={message.ok ? "status" : "alert"}
    >
      <p>{message.texte}</p>
    </div>
  );
  return { onSubmit, bandeau, setMessage };
}

export function ModifierOrganisationForm({
  organisations,
  save,
}: {
  organisations: Org[];
  save: Action<OrganisationModifInput, Resultat>;
}) {
  const vide: OrganisationModifInput = { id: "", version: 0, nom: "", sigle: "", adresse: "", parentId: "" };
  const form = useForm<OrganisationModifInput, unknown, z.output<typeof organisationModifSchema>>({
    resolver: zodResolver(organisationModifSchema),
    defaultValues: vide,
  });
  const { onSubmit, bandeau, setMessage } = useEdition(save, form, "L'organisation a été modifiée.");
  const choisir = (id: string) => {
    const o = organisations.find((x) => x.id === id);
    setMessage(undefined);
    form.reset(
      o ? { id: o.id, version: o.version, nom: o.nom, sigle: o.sigle ?? "", adresse: o.adresse ?? "", parentId: o.parentId ?? "" } : vide,
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
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="organisation-a-modifier">
            Organisation à modifier
          </label>
          <select id="organisation-a-modifier" className="fr-select" value={choisie} onChange={(e) => choisir(e.target.value)}>
            <option value="">—</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {libelleOrganisation(o)}
              </option>
            ))}
          </select>
        </div>
        {choisie && (
          <>
            <div className="fr-grid-row fr-grid-row--gutters">
              <TextField className="fr-col-12 fr-col-md-5" name="nom" label="Nom" />
              <TextField className="fr-col-12 fr-col-md-2" name="sigle" label="Sigle" />
              <TextField className="fr-col-12 fr-col-md-5" name="adresse" label="Adresse" />
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
  const { onSubmit, bandeau, setMessage } = useEdition(save, form, "La personne a été modifiée.");
  const choisir = (id: string) => {
    const p = personnes.find((x) => x.id === id);
    setMessage(undefined);
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
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="personne-a-modifier">
            Personne à modifier
          </label>
          <select id="personne-a-modifier" className="fr-select" value={choisie} onChange={(e) => choisir(e.target.value)}>
            <option value="">—</option>
            {personnes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.prenom} {p.nom}
              </option>
            ))}
          </select>
        </div>
        {choisie && (
          <>
            <div className="fr-grid-row fr-grid-row--gutters">
              <TextField className="fr-col-12 fr-col-md-3" name="prenom" label="Prénom" />
              <TextField className="fr-col-12 fr-col-md-3" name="nom" label="Nom" />
              <TextField className="fr-col-12 fr-col-md-3" name="qualite" label="Qualité" />
              <SelectField
                className="fr-col-12 fr-col-md-3"
                name="organisationId"
                label="Organisation"
                placeholder="—"
                options={organisations.map((o) => ({ value: o.id, label: o.sigle ?? o.nom }))}
              />
            </div>
            <button type="submit" className="fr-btn fr-btn--secondary" disabled={form.formState.isSubmitting}>
              Enregistrer la personne
            </button>
          </>
        )}
      </form>
    </FormProvider>
  );
}
