"use client";
// The review of a document, section by section: each section's state (to review, approved,
// changed since its approval) with « Approuver » for the reviewer, a comment on a section or a
// schedule line, and the threads with their replies (open → answered → resolved). Comments are
// shown as text, never as HTML.
import type { RevueVue } from "@/lib/views/revue";
import { formatInstant } from "@/lib/domain/dates";
import { Bandeau } from "@/components/dsfr/Bandeau";
import { DataTable } from "@/components/convention/DataTable";
import { ETATS_SECTION, useEnvoi, type Actions } from "./envoi";
import { CommentaireSection } from "./CommentaireSection";
import { Fil } from "./Fil";

export function RevuePanel({
  revue,
  peutRelire,
  peutCommenter,
  actions,
}: {
  revue: RevueVue;
  peutRelire: boolean;
  peutCommenter: boolean;
  actions: Actions;
}) {
  const ouverte = revue.statut === "BROUILLON" || revue.statut === "EN_REVUE";
  const envoi = useEnvoi();
  const { message, pending, envoyer } = envoi;
  const ref = { conventionId: revue.conventionId, numero: revue.numero };
  const filsDe = (cle: string) => revue.fils.filter((f) => f.section === cle);
  const approuvees = revue.sections.filter((s) => s.etat === "approuvee").length;
  const approbation = peutRelire && revue.statut === "EN_REVUE";
  const restantes = revue.sections.filter((s) => s.etat !== "approuvee");

  return (
    <section id="revue" aria-labelledby="titre-revue" className="fr-mb-4w">
      <h2 id="titre-revue" className="fr-h4">
        Revue
      </h2>
      <p>
        {approuvees} section{approuvees > 1 ? "s" : ""} approuvée{approuvees > 1 ? "s" : ""} sur {revue.sections.length} ·{" "}
        {revue.fils.filter((f) => f.etat !== "RESOLU").length} discussion(s) non résolue(s)
      </p>
      <Bandeau message={message} />
      {revue.sections.some((s) => s.etat === "modifiee_depuis") && (
        <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w">
          <p>
            Modifiée(s) depuis leur approbation, donc à approuver de nouveau :{" "}
            {revue.sections
              .filter((s) => s.etat === "modifiee_depuis")
              .map((s) => s.libelle)
              .join(", ")}
            .
          </p>
        </div>
      )}
      {approbation && restantes.length > 1 && (
        <div className="fr-mb-2w">
          <button
            type="button"
            className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-check-line fr-btn--icon-left"
            disabled={pending}
            onClick={() => {
              const liste = restantes.map((s) => `– ${s.libelle}`).join("\n");
              if (!window.confirm(`Approuver ces ${restantes.length} sections, telles que vous les avez lues ?\n\n${liste}`)) return;
              void envoyer(
                () => actions.approuverTout({ ...ref, sections: restantes.map((s) => ({ section: s.cle, empreinte: s.empreinte })) }),
                `${restantes.length} sections approuvées.`,
              );
            }}
          >
            Approuver les sections restantes ({restantes.length})
          </button>
        </div>
      )}
      <DataTable
        caption="Sections du document"
        hideCaption
        rowHeaders
        headers={["Section", "État", "Discussions", ...(approbation ? ["Approbation"] : [])]}
        rows={revue.sections.map((s) => {
          const fils = filsDe(s.cle);
          const nonResolus = fils.filter((f) => f.etat !== "RESOLU").length;
          return [
            s.libelle,
            <>
              <span className={`fr-badge fr-badge--sm ${ETATS_SECTION[s.etat].classe}`}>{ETATS_SECTION[s.etat].texte}</span>
              {s.approbation && (
                <span className="fr-hint-text">
                  {s.etat === "approuvee" ? "par" : "approuvée par"} {s.approbation.par}, le {formatInstant(s.approbation.le)}
                </span>
              )}
            </>,
            fils.length ? `${fils.length} (${nonResolus} non résolue${nonResolus > 1 ? "s" : ""})` : "—",
            ...(approbation
              ? [
                  s.etat !== "approuvee" && (
                    <button
                      type="button"
                      className="fr-btn fr-btn--sm fr-btn--secondary"
                      disabled={pending}
                      aria-label={`Approuver la section « ${s.libelle} »`}
                      onClick={() =>
                        envoyer(
                          () => actions.approuver({ ...ref, section: s.cle, empreinte: s.empreinte }),
                          `« ${s.libelle} » est approuvée.`,
                        )
                      }
                    >
                      Approuver
                    </button>
                  ),
                ]
              : []),
          ];
        })}
      />

      {ouverte && peutCommenter && <CommentaireSection revue={revue} actions={actions} envoi={envoi} />}

      {revue.fils.length > 0 && (
        <>
          <h3 className="fr-h6">Discussions</h3>
          {revue.fils.map((f) => (
            <Fil key={f.id} fil={f} ouverte={ouverte} peutCommenter={peutCommenter} peutRelire={peutRelire} actions={actions} />
          ))}
        </>
      )}
    </section>
  );
}
