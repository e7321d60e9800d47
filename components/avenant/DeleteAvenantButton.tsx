"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { Action } from "@/lib/actions/result";

type Props = { conventionId: string; numero: number; deleteAvenant: Action<{ conventionId: string; numero: number }, { numero: number }> };

export function DeleteAvenantButton({ conventionId, numero, deleteAvenant }: Props) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string>();
  const remove = async () => {
    if (!window.confirm(`Supprimer le projet d'avenant n° ${numero} ? Son texte sera perdu.`)) return;
    const result = await deleteAvenant({ conventionId, numero });
    if (!result.ok) return setErreur(result.message);
    router.push(`/conventions/${conventionId}`);
    router.refresh();
  };
  return (
    <>
      <button type="button" className="fr-btn fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left" onClick={remove}>
        Supprimer ce projet d&apos;avenant
      </button>
      {erreur && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mt-1w" role="alert">
          <p>{erreur}</p>
        </div>
      )}
    </>
  );
}
