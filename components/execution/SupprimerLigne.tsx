"use client";
// Removing a line entered by hand: a first press asks to confirm (nothing is removed by a slip), the
// second removes it; the outcome is said next to the button.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { appeler, type Action } from "@/lib/actions/result";

type Props = {
  conventionId: string;
  id: string;
  /** What the line is, for screen readers: « la DP 2000001 du 01/04/2024 ». */
  description: string;
  supprimer: Action<{ conventionId: string; id: string }, { id: string }>;
};

export function SupprimerLigne({ conventionId, id, description, supprimer }: Props) {
  const router = useRouter();
  const [etape, setEtape] = useState<"repos" | "confirmer" | "envoi">("repos");
  const [erreur, setErreur] = useState<string>();
  if (etape === "repos")
    return (
      <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={() => setEtape("confirmer")}>
        Supprimer<span className="fr-sr-only"> {description}</span>
      </button>
    );
  return (
    <div>
      <button
        type="button"
        className="fr-btn fr-btn--sm fr-mb-1v"
        disabled={etape === "envoi"}
        onClick={async () => {
          setEtape("envoi");
          const r = await appeler(supprimer, { conventionId, id });
          if (!r.ok) {
            setErreur(r.message);
            return setEtape("confirmer");
          }
          router.refresh();
        }}
      >
        Confirmer la suppression<span className="fr-sr-only"> {description}</span>
      </button>{" "}
      <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary-no-outline" onClick={() => setEtape("repos")}>
        Annuler
      </button>
      {erreur && (
        <p className="fr-error-text" role="alert">
          {erreur}
        </p>
      )}
    </div>
  );
}
