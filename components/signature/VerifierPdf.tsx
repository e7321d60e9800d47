"use client";
// Upload a PDF, read what the application knows of it.
import type { Verification } from "@/lib/views/verification";
import { formatDateLongue, formatInstant } from "@/lib/domain/dates";
import { LIBELLES_NIVEAU } from "@/lib/domain/signature";
import { EnvoiPdfAVerifier } from "./EnvoiPdfAVerifier";
import { SignaturesLues } from "./SignaturesLues";

const RECONNU: Record<NonNullable<Verification["reconnu"]>, string> = {
  figee: "la version figée envoyée à la signature",
  signe: "un PDF signé par l'application",
  scan: "le scan d'une signature papier conservé par l'application",
};

export function VerifierPdf() {
  return (
    <EnvoiPdfAVerifier<Verification>
      id="fichier-a-verifier"
      nom="Vérifier un PDF"
      adresse="/televersement/verification"
      resultat={(r) => (
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
    />
  );
}
