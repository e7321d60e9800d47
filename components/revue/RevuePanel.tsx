"use client";
// The review of a document, section by section: each section's state (to review, approved,
// changed since its approval) with « Approuver » for the reviewer, a comment on a section or a
// schedule line, and the threads with their replies (open → answered → resolved). Comments are
// shown as text, never as HTML.
import { MESSAGE_SANS_REPONSE } from "@/lib/actions/result";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { Action } from "@/lib/actions/result";
import type { FilVue, RevueVue, SectionVue } from "@/lib/views/revue";
import type { OuvrirFilInput, RepondreFilInput } from "@/lib/schemas/revue";
import { formatInstant } from "@/lib/domain/dates";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { DataTable } from "@/components/convention/DataTable";

type Actions = {
  ouvrir: Action<OuvrirFilInput, { id: string }>;
  repondre: Action<RepondreFilInput, { etat: string }>;
  resoudre: Action<{ filId: string; version: number }, { etat: string }>;
  approuver: Action<{ conventionId: string; numero: number | null; section: string; empreinte: string }, { section: string }>;
  approuverTout: Action<{ conventionId: string; numero: number | null; sections: { section: string; empreinte: string }[] }, string[]>;
};

const ETATS_SECTION: Record<SectionVue["etat"], { texte: string; classe: string }> = {
  a_relire: { texte: "À relire", classe: "fr-badge--info" },
  approuvee: { texte: "Approuvée", classe: "fr-badge--success" },
  modifiee_depuis: { texte: "Modifiée depuis son approbation", classe: "fr-badge--warning" },
};
const ETATS_FIL: Record<FilVue["etat"], { texte: string; classe: string }> = {
  OUVERT: { texte: "Ouverte", classe: "fr-badge--warning" },
  REPONDU: { texte: "Répondue", classe: "fr-badge--info" },
  RESOLU: { texte: "Résolue", classe: "fr-badge--success" },
};

/** Runs an action, says its outcome, refreshes the page (a conflict shows the new state). */
function useEnvoi() {
  const router = useRouter();
  const [message, setMessage] = useState<Message>();
  const [pending, setPending] = useState(false);
  const envoyer = async <R,>(run: () => Promise<{ ok: true; data: R } | { ok: false; code: string; message: string }>, succes: string) => {
    setPending(true);
    setMessage(undefined);
    const result = await run().catch(() => ({ ok: false as const, code: "SANS_REPONSE", message: MESSAGE_SANS_REPONSE }));
    setPending(false);
    if (!result.ok) {
      setMessage({ ok: false, texte: result.message });
      if (result.code === "CONFLIT_VERSION" || result.code === "SECTION_CHANGEE") router.refresh();
      return false;
    }
    setMessage({ ok: true, texte: succes });
    router.refresh();
    return true;
  };
  return { message, pending, envoyer };
}

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
  const { message, pending, envoyer } = useEnvoi();
  const [section, setSection] = useState("");
  const [ligne, setLigne] = useState("");
  const [texte, setTexte] = useState("");
  const [erreurTexte, setErreurTexte] = useState<string>();
  const ref = { conventionId: revue.conventionId, numero: revue.numero };
  const filsDe = (cle: string) => revue.fils.filter((f) => f.section === cle);
  const approuvees = revue.sections.filter((s) => s.etat === "approuvee").length;
  const approbation = peutRelire && revue.statut === "EN_REVUE";
  const restantes = revue.sections.filter((s) => s.etat !== "approuvee");

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

      {ouverte && peutCommenter && (
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
      )}

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

function Fil({
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
