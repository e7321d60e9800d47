"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { EVENEMENTS, LIBELLES_EVENEMENT, nextStatut, type Evenement, type Statut } from "@/lib/domain/statut";
import { ACTION_DE, roleCan, type Role } from "@/lib/domain/roles";
import type { Action } from "@/lib/actions/result";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";

function possibles(statut: Statut, role: Role): Evenement[] {
  return EVENEMENTS.filter((e) => {
    if (e === "SIGNER_UNE_PARTIE" || !roleCan(role, ACTION_DE[e])) return false;
    try {
      nextStatut(statut, e);
      return true;
    } catch {
      return false;
    }
  });
}

type Transition = Action<
  { conventionId: string; numero: number; evenement: Evenement; version: number; dateSignature: string | null },
  { statut: Statut }
>;
type Props = { conventionId: string; numero: number; statut: Statut; version: number; role: Role; transition: Transition };

export function AvenantTransitions({ conventionId, numero, statut, version, role, transition }: Props) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string>();
  const [date, setDate] = useState("");
  const [pending, setPending] = useState(false);
  const events = possibles(statut, role);
  if (events.length === 0) return null;

  const run = async (evenement: Evenement) => {
    setPending(true);
    setErreur(undefined);
    const result = await transition({ conventionId, numero, evenement, version, dateSignature: date || null });
    setPending(false);
    if (!result.ok) return setErreur(result.message);
    router.refresh();
  };

  return (
    <section aria-labelledby="titre-etapes" className="fr-mb-4w">
      <h2 id="titre-etapes" className="fr-h6">
        Étape suivante
      </h2>
      {erreur && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert">
          <p>{erreur}</p>
        </div>
      )}
      {events.includes("SIGNER_DERNIERE_PARTIE") && (
        <div className="fr-input-group">
          <label className="fr-label" htmlFor="date-signature">
            Date de la dernière signature
          </label>
          <input id="date-signature" className="fr-input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
      )}
      <ButtonsGroup inline="md">
        {events.map((e) => (
          <button
            key={e}
            type="button"
            className={`fr-btn ${e === "RENVOYER" ? "fr-btn--secondary" : ""}`}
            disabled={pending}
            onClick={() => run(e)}
          >
            {e === "SIGNER_DERNIERE_PARTIE" ? "Enregistrer la signature de toutes les parties" : LIBELLES_EVENEMENT[e]}
          </button>
        ))}
      </ButtonsGroup>
    </section>
  );
}
