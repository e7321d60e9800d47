"use client";
// « Vérifier une publication », open to anyone: upload a PDF, learn whether it is a document this
// service published, which one, its signatures and where it is published.
import { useState, type FormEvent } from "react";
import type { VerificationPublique } from "@/lib/views/verification";
import { formatDateLongue } from "@/lib/domain/dates";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { ChampFichier, fichierTropGros } from "@/components/form/ChampFichier";
import { envoyerFichier } from "@/components/form/envoi-fichier";
import { SignaturesLues } from "@/components/signature/SignaturesLues";

export function VerifierPublication() {
  const [resultat, setResultat] = useState<VerificationPublique>();
  const [message, setMessage] = useState<Message>();
  const [erreur, setErreur] = useState<string>();
  const [etat, setEtat] = useState<string | null>(null);

  const envoyer = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setMessage(undefined);
    setResultat(undefined);
    const tropGros = fichierTropGros(form, "fichier", "verification");
    setErreur(tropGros ?? undefined);
    if (tropGros) return;
    setEtat("Envoi du fichier : 0 %");
    const r = await envoyerFichier<VerificationPublique>("/televersement/verification-publique", form, setEtat);
    setEtat(null);
    if (!r.ok) {
      setErreur(r.champs?.fichier);
      return setMessage({ ok: false, texte: r.message });
    }
    setResultat(r.data);
  };

  const r = resultat;
  return (
    <>
      <form onSubmit={envoyer} aria-label="Vérifier une publication" className="fr-mb-4w">
        <div className="fr-mb-2w">
          <ChampFichier
            id="fichier-publie"
            name="fichier"
            label="PDF à vérifier"
            nature="verification"
            accept="application/pdf"
            erreur={erreur}
          />
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
      {r && (
        <section aria-labelledby="titre-resultat" className="fr-p-3w" style={{ border: "1px solid var(--border-default-grey)" }}>
          <h2 id="titre-resultat" className="fr-h5">
            Résultat pour « {r.nom} »
          </h2>
          <div className={`fr-alert fr-alert--sm fr-mb-2w ${r.publie ? "fr-alert--success" : "fr-alert--warning"}`} role="status">
            <p>
              {r.publie
                ? `Ce fichier est le document publié : ${r.document}${r.datePublication ? `, publié le ${formatDateLongue(r.datePublication)}` : ""}.`
                : "Ce fichier ne correspond à aucun document publié par ce service : il a pu être modifié (un seul octet suffit), ne pas encore être publié, ou ne pas venir de ce service."}
            </p>
          </div>
          <p className="fr-text--sm">
            Empreinte SHA-256 : <code>{r.sha256}</code>
          </p>
          {r.publications.length > 0 && (
            <>
              <h3 className="fr-h6">Où il est publié</h3>
              <ul>
                {r.publications.map((p, i) => (
                  <li key={i}>
                    {p.canal}
                    {p.nor ? `, NOR ${p.nor}` : ""}
                    {p.numero ? `, n° ${p.numero}` : ""}
                    {p.date ? `, le ${formatDateLongue(p.date)}` : ""}
                    {p.url && (
                      <>
                        {" — "}
                        <a href={p.url} target="_blank" rel="noopener noreferrer" title={`${p.url} (nouvelle fenêtre)`}>
                          {p.url}
                        </a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <SignaturesLues signatures={r.signatures} />
        </section>
      )}
    </>
  );
}
