"use client";
// « Vérifier une publication », open to anyone: upload a PDF, learn whether it is a document this
// service published, which one, its signatures and where it is published.
import type { VerificationPublique } from "@/lib/views/verification";
import { formatDateLongue } from "@/lib/domain/dates";
import { EnvoiPdfAVerifier } from "@/components/signature/EnvoiPdfAVerifier";
import { SignaturesLues } from "@/components/signature/SignaturesLues";

export function VerifierPublication() {
  return (
    <EnvoiPdfAVerifier<VerificationPublique>
      id="fichier-publie"
      nom="Vérifier une publication"
      adresse="/televersement/verification-publique"
      resultat={(r) => (
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
    />
  );
}
