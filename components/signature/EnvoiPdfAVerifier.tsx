"use client";
// A PDF to check, sent to `adresse` (an upload route of 20 Mo at most, refused on size in the browser
// first), its progress said, a refusal said at the field and as an alert; the answer handed to
// `resultat`. Shared by « Vérifier un PDF » (agents) and « Vérifier une publication » (anyone).
import { useState, type FormEvent, type ReactNode } from "react";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { ChampFichier, fichierTropGros } from "@/components/form/ChampFichier";
import { envoyerFichier } from "@/components/form/envoi-fichier";

export function EnvoiPdfAVerifier<T>({
  id,
  nom,
  adresse,
  resultat,
}: {
  id: string;
  /** The form's accessible name. */
  nom: string;
  adresse: string;
  resultat: (r: T) => ReactNode;
}) {
  const [reponse, setReponse] = useState<T>();
  const [message, setMessage] = useState<Message>();
  const [erreur, setErreur] = useState<string>();
  const [etat, setEtat] = useState<string | null>(null);

  const envoyer = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setMessage(undefined);
    setReponse(undefined);
    const tropGros = fichierTropGros(form, "fichier", "verification");
    setErreur(tropGros ?? undefined);
    if (tropGros) return;
    setEtat("Envoi du fichier : 0 %");
    const r = await envoyerFichier<T>(adresse, form, setEtat);
    setEtat(null);
    if (!r.ok) {
      setErreur(r.champs?.fichier);
      return setMessage({ ok: false, texte: r.message });
    }
    setReponse(r.data);
  };

  return (
    <>
      <form onSubmit={envoyer} aria-label={nom} className="fr-mb-4w">
        <div className="fr-mb-2w">
          <ChampFichier id={id} name="fichier" label="PDF à vérifier" nature="verification" accept="application/pdf" erreur={erreur} />
        </div>
        <button type="submit" className="fr-btn fr-icon-search-line fr-btn--icon-left" disabled={etat !== null}>
          {etat !== null ? "Vérification…" : "Vérifier"}
        </button>
        {etat && (
          <p role="status" className="fr-text--sm fr-mt-1w">
            {etat}
          </p>
        )}
      </form>
      <Bandeau message={message} />
      {reponse !== undefined && resultat(reponse)}
    </>
  );
}
