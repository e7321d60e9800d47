"use client";
// Upload a PDF, read what the application knows of it.
import { useState, type FormEvent } from "react";
import type { Verification } from "@/lib/views/verification";
import { formatDateLongue, formatInstant } from "@/lib/domain/dates";
import { LIBELLES_NIVEAU } from "@/lib/domain/signature";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { ChampFichier, fichierTropGros } from "@/components/form/ChampFichier";
import { envoyerFichier } from "@/components/form/envoi-fichier";
import { SignaturesLues } from "./SignaturesLues";

const RECONNU: Record<NonNullable<Verification["reconnu"]>, string> = {
  figee: "la version figée envoyée à la signature",
  signe: "un PDF signé par l'application",
  scan: "le scan d'une signature papier conservé par l'application",
};

export function VerifierPdf() {
  const [resultat, setResultat] = useState<Verification>();
  const [message, setMessage] = useState<Message>();
  const [erreur, setErreur] = useState<string>();
  const [etat, setEtat] = useState<string | null>(null);

  const envoyer = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setMessage(undefined);
    setResultat(undefined);
    setErreur(fichierTropGros(form, "fichier", "verification") ?? undefined);
    if (fichierTropGros(form, "fichier", "verification")) return;
    setEtat("Envoi du fichier : 0 %");
    const r = await envoyerFichier<Verification>("/televersement/verification", form, setEtat);
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
      <form onSubmit={envoyer} aria-label="Vérifier un PDF" className="fr-mb-4w">
        <div className="fr-mb-2w">
          <ChampFichier
            id="fichier-a-verifier"
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
          <div className={`fr-alert fr-alert--sm fr-mb-2w ${r.reconnu ? "fr-alert--success" : "fr-alert--warning"}`} role="status">
            <p>
              {r.reconnu
                ? `Ce fichier est ${RECONNU[r.reconnu]} de ${r.document}${r.versionFigee ? ` (version figée n° ${r.versionFigee}${r.figeeLe ? ` du ${formatInstant(r.figeeLe)}` : ""})` : ""}${r.reconnu === "signe" ? `, avec ${r.rang} signature${r.rang > 1 ? "s" : ""} appliquée${r.rang > 1 ? "s" : ""} par l'application` : ""}.`
                : "Ce fichier ne correspond à aucune version figée ou signée par l'application, ni à aucun scan qu'elle conserve : il a pu être modifié, ou ne vient pas d'elle."}
            </p>
          </div>
          {r.chemin && (
            <p>
              <a href={r.chemin}>Ouvrir {r.document}</a>
            </p>
          )}
          <p className="fr-text--sm">
            Empreinte SHA-256 : <code>{r.sha256}</code>
          </p>
          <SignaturesLues signatures={r.signatures} />
          {r.historique.length > 0 && (
            <>
              <h3 className="fr-h6">Historique de cette version</h3>
              <ul>
                {r.historique.map((h, i) => (
                  <li key={i}>
                    {h.partie}
                    {h.signataire ? ` — ${h.signataire}` : ""} : signé{h.date ? ` le ${formatDateLongue(h.date)}` : ""}
                    {h.niveau ? ` (${LIBELLES_NIVEAU[h.niveau].toLowerCase()})` : ""}
                    {r.reconnu === "signe" && !h.dansCeFichier ? " — signature postérieure à ce fichier" : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
