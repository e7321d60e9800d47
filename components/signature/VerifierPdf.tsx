"use client";
// Upload a PDF, read what the application knows of it.
import { useState, type FormEvent } from "react";
import { appeler, type Action } from "@/lib/actions/result";
import type { Verification } from "@/lib/views/verification";
import { formatDateLongue, formatInstant } from "@/lib/domain/dates";
import { LIBELLES_NIVEAU } from "@/lib/domain/signature";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";

const RECONNU: Record<NonNullable<Verification["reconnu"]>, string> = {
  figee: "la version figée envoyée à la signature",
  signe: "un PDF signé par l'application",
  scan: "le scan d'une signature papier conservé par l'application",
};

export function VerifierPdf({ verifier }: { verifier: Action<FormData, Verification> }) {
  const [resultat, setResultat] = useState<Verification>();
  const [message, setMessage] = useState<Message>();
  const [pending, setPending] = useState(false);

  const envoyer = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setMessage(undefined);
    setResultat(undefined);
    const r = await appeler(verifier, new FormData(event.currentTarget));
    setPending(false);
    if (!r.ok) return setMessage({ ok: false, texte: r.message });
    setResultat(r.data);
  };

  const r = resultat;
  const intactes = r?.signatures.filter((s) => s.intacte).length ?? 0;
  return (
    <>
      <form onSubmit={envoyer} aria-label="Vérifier un PDF" className="fr-mb-4w">
        <div className="fr-upload-group fr-mb-2w">
          <label className="fr-label" htmlFor="fichier-a-verifier">
            PDF à vérifier <span className="fr-hint-text">20 Mo au plus.</span>
          </label>
          <input id="fichier-a-verifier" name="fichier" type="file" accept="application/pdf" className="fr-upload" required />
        </div>
        <button type="submit" className="fr-btn fr-icon-search-line fr-btn--icon-left" disabled={pending}>
          {pending ? "Vérification…" : "Vérifier"}
        </button>
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
          <h3 className="fr-h6">Signatures électroniques dans le fichier</h3>
          {r.signatures.length === 0 ? (
            <p>Aucune signature électronique.</p>
          ) : (
            <>
              <p>
                {intactes === r.signatures.length
                  ? `${r.signatures.length} signature${r.signatures.length > 1 ? "s" : ""}, toutes intactes.`
                  : `${r.signatures.length - intactes} signature${r.signatures.length - intactes > 1 ? "s" : ""} sur ${r.signatures.length} ne correspond${r.signatures.length - intactes > 1 ? "ent" : ""} plus au contenu : le fichier a été modifié après signature.`}
              </p>
              <ul>
                {r.signatures.map((s, i) => (
                  <li key={i}>
                    {s.signataire}
                    {s.horodatage ? `, ${s.horodatage}` : ""} — {s.intacte ? "intacte" : "altérée"}
                    {s.intacte ? (s.certificatReconnu ? ", certificat de l'autorité interne" : ", certificat non reconnu") : ""}
                    {s.intacte && !s.couvreToutLeDocument ? " (des signatures ont été ajoutées après elle)" : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
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
