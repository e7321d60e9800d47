"use client";
// What the referential's forms share: sending to their server action (field errors set where the
// server says, a message said as status or alert, the page refreshed), the person's fields, and
// the choice of the record to edit.
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { Action } from "@/lib/actions/result";
import { SelectField, TextField } from "@/components/form/fields";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";

export function useEnvoi<T extends FieldValues, O extends FieldValues, R>(
  save: Action<T, R>,
  form: UseFormReturn<T, unknown, O>,
  succes: (data: R) => string,
  apres: (data: R) => void = () => {},
) {
  const router = useRouter();
  const [message, setMessage] = useState<Message>();
  const onSubmit = form.handleSubmit(async () => {
    const result = await save(form.getValues());
    if (!result.ok) {
      for (const [champ, texte] of Object.entries(result.champs ?? {})) form.setError(champ as Path<T>, { message: texte });
      return setMessage({ ok: false, texte: result.message });
    }
    setMessage({ ok: true, texte: succes(result.data) });
    apres(result.data);
    router.refresh();
  });
  const bandeau = <Bandeau message={message} />;
  return { onSubmit, bandeau, effacer: () => setMessage(undefined) };
}

/** A person's fields, for adding one and for editing one. */
export function PersonneFields({ organisations }: { organisations: { id: string; nom: string; sigle: string | null }[] }) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <TextField className="fr-col-12 fr-col-md-3" name="prenom" label="Prénom" />
      <TextField className="fr-col-12 fr-col-md-3" name="nom" label="Nom" />
      <TextField className="fr-col-12 fr-col-md-3" name="qualite" label="Qualité" hint="« Directrice interministérielle du numérique »" />
      <SelectField
        className="fr-col-12 fr-col-md-3"
        name="organisationId"
        label="Organisation"
        placeholder="—"
        options={organisations.map((o) => ({ value: o.id, label: o.sigle ?? o.nom }))}
      />
    </div>
  );
}

/** The record to edit: choosing one fills the form with it. */
export function ChoixAModifier({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (id: string) => void;
}) {
  return (
    <div className="fr-select-group">
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="fr-select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
