"use client";
// Sending a form to its server action: field errors set where the server says, the outcome said as
// a status or an alert, the page refreshed on success. Shared by the forms that stay on their page.
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { Action } from "@/lib/actions/result";
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
