"use client";
// Deleting a draft (a convention or an avenant), asked first; the server checks again that it is
// still a draft and that the user may.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { appeler, type Action } from "@/lib/actions/result";

type Props<I> = { action: Action<I, unknown>; input: I; libelle: string; question: string; retour: string };

export function SupprimerProjet<I>({ action, input, libelle, question, retour }: Props<I>) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string>();
  const supprimer = async () => {
    if (!window.confirm(question)) return;
    const result = await appeler(action, input);
    if (!result.ok) return setErreur(result.message);
    router.push(retour);
    router.refresh();
  };
  return (
    <>
      <button type="button" className="fr-btn fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left" onClick={supprimer}>
        {libelle}
      </button>
      {erreur && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mt-1w" role="alert">
          <p>{erreur}</p>
        </div>
      )}
    </>
  );
}
