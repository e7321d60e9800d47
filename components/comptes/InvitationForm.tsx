"use client";
// Choosing one's password from an invitation link (single use, 72 h); then to the login page.
import { useState } from "react";
import { Lien } from "@/components/navigation/lien";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { invitationSchema, type InvitationInput } from "@/lib/schemas/compte";
import { TextField } from "@/components/form/fields";
import { appeler, type Action } from "@/lib/actions/result";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { MOT_DE_PASSE_MIN } from "@/lib/domain/comptes";

export function InvitationForm({
  jeton,
  nom,
  email,
  accepter,
}: {
  jeton: string;
  nom: string;
  email: string;
  accepter: Action<InvitationInput, { email: string }>;
}) {
  const [fait, setFait] = useState(false);
  const [message, setMessage] = useState<Message>();
  const form = useForm<InvitationInput, unknown, z.output<typeof invitationSchema>>({
    resolver: zodResolver(invitationSchema),
    defaultValues: { jeton, motDePasse: "", confirmation: "" },
  });
  // (Not the shared useEnvoi: refreshing this page after success would show the link as spent.)
  const onSubmit = form.handleSubmit(async (valeurs) => {
    const r = await appeler(accepter, valeurs);
    if (!r.ok) {
      for (const [champ, texte] of Object.entries(r.champs ?? {})) form.setError(champ as keyof InvitationInput, { message: texte });
      return setMessage({ ok: false, texte: r.message });
    }
    setMessage({ ok: true, texte: "Votre mot de passe est enregistré : vous pouvez vous connecter." });
    setFait(true);
  });
  const bandeau = <Bandeau message={message} />;
  return (
    <FormProvider {...form}>
      <p>
        Bonjour {nom}, votre compte ({email}) est ouvert. Choisissez le mot de passe avec lequel vous vous connecterez.
      </p>
      {bandeau}
      {fait ? (
        <p>
          <Lien className="fr-btn" href="/connexion">
            Se connecter
          </Lien>
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate aria-label="Choisir votre mot de passe">
          <TextField name="motDePasse" label="Mot de passe" hint={`Au moins ${MOT_DE_PASSE_MIN} caractères.`} type="password" />
          <TextField name="confirmation" label="Confirmez le mot de passe" type="password" />
          <button type="submit" className="fr-btn" disabled={form.formState.isSubmitting}>
            Enregistrer mon mot de passe
          </button>
        </form>
      )}
    </FormProvider>
  );
}
