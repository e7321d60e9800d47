"use client";
// Sending a form to its server action: field errors set where the server says, the outcome said as
// a status or an alert, the page refreshed on success. Shared by the forms that stay on their page.
// A form is sent once at a time (a second press while the first is on its way does nothing); when
// the server asks to confirm (`confirmation`: an identical line already there…), it says why and
// offers to send again with the confirmation field set.
import { useRef, useState, type BaseSyntheticEvent } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import { appeler, type Action } from "@/lib/actions/result";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";

type Confirmation<T extends FieldValues> = { code: string; champ: Path<T>; bouton: string };

export function useEnvoi<T extends FieldValues, O extends FieldValues, R>(
  save: Action<T, R>,
  form: UseFormReturn<T, unknown, O>,
  succes: (data: R) => string,
  apres: (data: R) => void = () => {},
  confirmation?: Confirmation<T>,
) {
  const router = useRouter();
  const [message, setMessage] = useState<Message>();
  const [aConfirmer, setAConfirmer] = useState<string>();
  const enCours = useRef(false);
  const envoyer = async () => {
    setAConfirmer(undefined);
    const result = await appeler(save, form.getValues());
    if (confirmation) form.setValue(confirmation.champ, false as PathValue<T, Path<T>>);
    if (!result.ok) {
      if (confirmation && result.code === confirmation.code) return setAConfirmer(result.message);
      for (const [champ, texte] of Object.entries(result.champs ?? {})) form.setError(champ as Path<T>, { message: texte });
      return setMessage({ ok: false, texte: result.message });
    }
    setMessage({ ok: true, texte: succes(result.data) });
    apres(result.data);
    router.refresh();
  };
  const onSubmit = async (event?: BaseSyntheticEvent) => {
    event?.preventDefault();
    if (enCours.current) return;
    enCours.current = true;
    try {
      await form.handleSubmit(envoyer)(event);
    } finally {
      enCours.current = false;
    }
  };
  const confirmer = () => {
    form.setValue(confirmation!.champ, true as PathValue<T, Path<T>>);
    void onSubmit();
  };
  const bandeau = aConfirmer ? (
    <div className="fr-alert fr-alert--sm fr-alert--warning fr-mb-2w" role="alert">
      <p>{aConfirmer}</p>
      <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w" onClick={confirmer}>
        {confirmation!.bouton}
      </button>
    </div>
  ) : (
    <Bandeau message={message} />
  );
  return {
    onSubmit,
    bandeau,
    effacer: () => {
      setMessage(undefined);
      setAConfirmer(undefined);
    },
  };
}
