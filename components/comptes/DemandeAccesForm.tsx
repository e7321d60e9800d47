"use client";
// « Demander un accès »: name and e-mail as ProConnect gave them (shown, not editable), the organisation
// and roles wished, a reason. Sent once; a second pending request is refused in French.
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { demandeAccesSchema, type DemandeAccesInput } from "@/lib/schemas/compte";
import { CheckboxGroup, SelectField, TextArea } from "@/components/form/fields";
import { appeler, type Action } from "@/lib/actions/result";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { LIBELLES_ROLE, ROLES } from "@/lib/domain/roles";
import { libelleOrganisation } from "@/lib/domain/libelles";

type Organisation = { id: string; nom: string; sigle: string | null };

export function DemandeAccesForm({
  identite,
  nom,
  email,
  organisations,
  demander,
}: {
  identite: string;
  nom: string;
  email: string;
  organisations: Organisation[];
  demander: Action<DemandeAccesInput, { id: string; email: string }>;
}) {
  const [message, setMessage] = useState<Message>();
  const [envoyee, setEnvoyee] = useState(false);
  const form = useForm<DemandeAccesInput, unknown, z.output<typeof demandeAccesSchema>>({
    resolver: zodResolver(demandeAccesSchema),
    defaultValues: { identite, organisationId: "", roles: [], motif: "" },
  });
  const onSubmit = form.handleSubmit(async (valeurs) => {
    const r = await appeler(demander, valeurs);
    if (!r.ok) {
      for (const [champ, texte] of Object.entries(r.champs ?? {})) form.setError(champ as keyof DemandeAccesInput, { message: texte });
      return setMessage({ ok: false, texte: r.message });
    }
    setEnvoyee(true);
    setMessage({
      ok: true,
      texte: `Votre demande est envoyée. Un administrateur va l'examiner ; la réponse vous sera envoyée à ${r.data.email}.`,
    });
  });
  return (
    <FormProvider {...form}>
      <p>
        <strong>{nom}</strong> · {email} <span className="fr-hint-text">(tels que ProConnect les a transmis)</span>
      </p>
      <Bandeau message={message} />
      {!envoyee && (
        <form onSubmit={onSubmit} noValidate aria-label="Demander un accès">
          <SelectField
            name="organisationId"
            label="Votre organisation"
            placeholder="— Choisir —"
            options={organisations.map((o) => ({ value: o.id, label: libelleOrganisation(o) }))}
          />
          <CheckboxGroup
            name="roles"
            legend="Rôles souhaités"
            hint="L'administrateur décide ; le lecteur ne se cumule avec aucun autre."
            options={ROLES.filter((r) => r !== "ADMINISTRATEUR").map((r) => ({ value: r, label: LIBELLES_ROLE[r] }))}
          />
          <TextArea
            name="motif"
            label="Pourquoi avez-vous besoin de cet accès ?"
            hint="Votre service, les conventions que vous suivez."
            rows={3}
          />
          <button type="submit" className="fr-btn" disabled={form.formState.isSubmitting}>
            Envoyer ma demande
          </button>
        </form>
      )}
    </FormProvider>
  );
}
