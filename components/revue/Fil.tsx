"use client";
// One discussion of the review: its messages (as text, never HTML), who resolved it, and the reply
// form with « Marquer comme résolue » for the reviewer.
import { useState } from "react";
import type { FilVue } from "@/lib/views/revue";
import { formatInstant } from "@/lib/domain/dates";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import { Bandeau } from "@/components/dsfr/Bandeau";
import { ETATS_FIL, useEnvoi, type Actions } from "./envoi";

export function Fil({
  fil,
  ouverte,
  peutCommenter,
  peutRelire,
  actions,
}: {
  fil: FilVue;
  ouverte: boolean;
  peutCommenter: boolean;
  peutRelire: boolean;
  actions: Actions;
}) {
  const { message, pending, envoyer } = useEnvoi();
  const [reponse, setReponse] = useState("");
  const id = `fil-${fil.id}`;
  return (
    <article
      id={id}
      aria-labelledby={`${id}-titre`}
      className="fr-p-2w fr-mb-2w"
      style={{ border: "1px solid var(--border-default-grey)" }}
    >
      <h4 id={`${id}-titre`} className="fr-text--md fr-text--bold fr-mb-1w">
        {fil.sectionLibelle}
        {!fil.sectionExiste && " (section supprimée depuis)"}{" "}
        <span className={`fr-badge fr-badge--sm ${ETATS_FIL[fil.etat].classe}`}>{ETATS_FIL[fil.etat].texte}</span>
      </h4>
      <ol className="fr-raw-list">
        {fil.messages.map((m) => (
          <li key={m.id} className="fr-mb-1w">
            <p className="fr-text--xs fr-mb-0">
              {m.auteur}, le {formatInstant(m.createdAt)}
            </p>
            <p className="fr-mb-0" style={{ whiteSpace: "pre-wrap" }}>
              {m.texte}
            </p>
          </li>
        ))}
      </ol>
      {fil.etat === "RESOLU" && fil.resoluPar && fil.resoluLe && (
        <p className="fr-text--xs">
          Résolue par {fil.resoluPar}, le {formatInstant(fil.resoluLe)}.
        </p>
      )}
      <Bandeau message={message} />
      {ouverte && peutCommenter && (
        <form
          aria-label={`Répondre — ${fil.sectionLibelle}`}
          onSubmit={async (e) => {
            e.preventDefault();
            if (!reponse.trim()) return;
            if (
              await envoyer(() => actions.repondre({ filId: fil.id, version: fil.version, texte: reponse }), "Votre réponse est publiée.")
            )
              setReponse("");
          }}
        >
          <div className="fr-input-group">
            <label className="fr-label" htmlFor={`${id}-reponse`}>
              Réponse
            </label>
            <textarea
              id={`${id}-reponse`}
              className="fr-input"
              rows={2}
              maxLength={5000}
              value={reponse}
              onChange={(e) => setReponse(e.target.value)}
            />
          </div>
          <ButtonsGroup inline="md">
            <button type="submit" className="fr-btn fr-btn--sm fr-btn--secondary" disabled={pending || !reponse.trim()}>
              Répondre
            </button>
            {fil.etat !== "RESOLU" && peutRelire && (
              <button
                type="button"
                className="fr-btn fr-btn--sm fr-btn--tertiary"
                disabled={pending}
                onClick={() => envoyer(() => actions.resoudre({ filId: fil.id, version: fil.version }), "La discussion est résolue.")}
              >
                Marquer comme résolue
              </button>
            )}
          </ButtonsGroup>
        </form>
      )}
    </article>
  );
}
