"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { personneSchema, type PersonneInput } from "@/lib/schemas/personne";
import { SelectField, TextField } from "@/components/form/fields";
import type { Action } from "@/lib/actions/result";

type Props = {
  organisations: { id: string; nom: string; sigle: string | null }[];
  createPersonne: Action<PersonneInput, { id: string; nom: string }>;
};

export function NouvellePersonneForm({ organisations, createPersonne }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; texte: string }>();
  const form = useForm<PersonneInput, unknown, z.output<typeof personneSchema>>({
    resolver: zodResolver(personneSchema),
    defaultValues: { prenom: "", nom: "", qualite: "", organisationId: "" },
  });
  const onSubmit = form.handleSubmit(async () => {
    const result = await createPersonne(form.getValues());
    if (!result.ok) {
      for (const [champ, texte] of Object.entries(result.champs ?? {})) form.setError(champ as keyof PersonneInput, { message: texte });
      return setMessage({ ok: false, texte: result.message });
    }
    setMessage({ ok: true, texte: `${result.data.nom} a été ajouté(e) au référentiel.` });
    form.reset();
    router.refresh();
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-labelledby="titre-nouvelle-personne">
        <h3 id="titre-nouvelle-personne" className="fr-h6">
          Ajouter une personne
        </h3>
        {message && (
          <div
            className={`fr-alert fr-alert--sm fr-mb-2w ${message.ok ? "fr-alert--success" : "fr-alert--error"}`}
            role={message.ok ? "status" : "alert"}
          >
            <p>{message.texte}</p>
          </div>
        )}
        <div className="fr-grid-row fr-grid-row--gutters">
          <TextField className="fr-col-12 fr-col-md-3" name="prenom" label="Prénom" />
          <TextField className="fr-col-12 fr-col-md-3" name="nom" label="Nom" />
          <TextField
            className="fr-col-12 fr-col-md-3"
            name="qualite"
            label="Qualité"
            hint="« Directrice interministérielle du numérique »"
          />
          <SelectField
            className="fr-col-12 fr-col-md-3"
            name="organisationId"
            label="Organisation"
            placeholder="—"
            options={organisations.map((o) => ({ value: o.id, label: o.sigle ?? o.nom }))}
          />
        </div>
        <button type="submit" className="fr-btn fr-btn--secondary" disabled={form.formState.isSubmitting}>
          Ajouter la personne
        </button>
      </form>
    </FormProvider>
  );
}
