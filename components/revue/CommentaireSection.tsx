"use client";
// « Commenter une section »: a comment on a section of the document, or on one line of its schedule,
// opens a discussion.
import { useState } from "react";
import type { RevueVue } from "@/lib/views/revue";
import type { Actions, Envoi } from "./envoi";

export function CommentaireSection({ revue, actions, envoi: { pending, envoyer } }: { revue: RevueVue; actions: Actions; envoi: Envoi }) {
  const [section, setSection] = useState("");
  const [ligne, setLigne] = useState("");
  const [texte, setTexte] = useState("");
  const [erreurTexte, setErreurTexte] = useState<string>();
  const ref = { conventionId: revue.conventionId, numero: revue.numero };

  const commenter = async () => {
    if (!section) return setErreurTexte("Choisissez la section que vous commentez.");
    if (!texte.trim()) return setErreurTexte("Écrivez votre commentaire.");
    setErreurTexte(undefined);
    const ok = await envoyer(
      () => actions.ouvrir({ ...ref, section, ligne: section === "echeancier" ? ligne : "", texte }),
      "Votre commentaire est publié.",
    );
    if (ok) {
      setTexte("");
      setLigne("");
    }
  };

  return (
    <form
      aria-labelledby="titre-commenter"
      className="fr-mb-4w"
      onSubmit={(e) => {
        e.preventDefault();
        void commenter();
      }}
      noValidate
    >
      <h3 id="titre-commenter" className="fr-h6">
        Commenter une section
      </h3>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-select-group fr-col-12 fr-col-md-6">
          <label className="fr-label" htmlFor="commentaire-section">
            Section commentée
          </label>
          <select id="commentaire-section" className="fr-select" value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">—</option>
            {revue.sections.map((s) => (
              <option key={s.cle} value={s.cle}>
                {s.libelle}
              </option>
            ))}
          </select>
        </div>
        {section === "echeancier" && revue.annees.length > 0 && (
          <div className="fr-select-group fr-col-12 fr-col-md-6">
            <label className="fr-label" htmlFor="commentaire-ligne">
              Ligne de l&apos;échéancier (facultatif)
            </label>
            <select id="commentaire-ligne" className="fr-select" value={ligne} onChange={(e) => setLigne(e.target.value)}>
              <option value="">Tout l&apos;échéancier</option>
              {revue.annees.map((a) => (
                <option key={a} value={String(a)}>
                  {a}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className={`fr-input-group ${erreurTexte ? "fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor="commentaire-texte">
          Commentaire
        </label>
        <textarea
          id="commentaire-texte"
          className={`fr-input ${erreurTexte ? "fr-input--error" : ""}`}
          rows={3}
          maxLength={5000}
          value={texte}
          aria-describedby="commentaire-texte-erreur"
          onChange={(e) => setTexte(e.target.value)}
        />
        <div id="commentaire-texte-erreur" aria-live="polite">
          {erreurTexte && <p className="fr-error-text">{erreurTexte}</p>}
        </div>
      </div>
      <button type="submit" className="fr-btn fr-btn--secondary" disabled={pending}>
        Publier le commentaire
      </button>
    </form>
  );
}
