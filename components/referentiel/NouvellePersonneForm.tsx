"use client";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { personneSchema, type PersonneInput } from "@/lib/schemas/personne";
import { PersonneFields, useEnvoi } from "./envoi";
import type { Action } from "@/lib/actions/result";

type Props = {
  organisations: { id: string; nom: string; sigle: string | null }[];
  createPersonne: Action<PersonneInput, { id: string; nom: string }>;
};

export function NouvellePersonneForm({ organisations, createPersonne }: Props) {
  const form = useForm<PersonneInput, unknown, z.output<typeof personneSchema>>({
    resolver: zodResolver(personneSchema),
    defaultValues: { prenom: "", nom: "", qualite: "", organisationId: "" },
  });
  const { onSubmit, bandeau } = useEnvoi(
    createPersonne,
    form,
    (d) => `${d.nom} a été ajouté(e) au référentiel.`,
    () => form.reset(),
  );
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-labelledby="titre-nouvelle-personne">
        <h3 id="titre-nouvelle-personne" className="fr-h6">
          Ajouter une personne
        </h3>
        {bandeau}
        <PersonneFields organisations={organisations} />
        <button type="submit" className="fr-btn fr-btn--secondary" disabled={form.formState.isSubmitting}>
          Ajouter la personne
        </button>
      </form>
    </FormProvider>
  );
}
