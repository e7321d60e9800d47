"use client";
// Where a document stands in its life cycle, who acts next, and the steps the current user may
// take — nothing else. « Valider pour signature » lists what still stops it and asks for each
// warning to be acknowledged; the server checks everything again, then prepares the version to sign
// in the background: its progress is shown (after a reload too) and followed until it ends.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import {
  EVENEMENTS,
  EVENEMENTS_CONSTATES,
  EVENEMENTS_DE_SIGNATURE,
  LIBELLES_EVENEMENT,
  nextStatut,
  type Evenement,
  type Statut,
} from "@/lib/domain/statut";
import { ACTION_DE, rolesCan, type Role } from "@/lib/domain/roles";
import { appeler, type Action } from "@/lib/actions/result";
import type { TransitionInput } from "@/lib/schemas/revue";
import { travailActif, type ResultatEtape, type TravailVue } from "@/lib/views/travail";
import type { Constat } from "@/lib/domain/controles";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { StatutBadge } from "@/components/convention/StatutBadge";

/** The steps an agent's roles allow from a state (a signature is recorded party by party, in « Signature des parties »;
 *  the publication channel by channel, in « Publication »; entry into force and end are computed). */
export function etapesPossibles(statut: Statut, roles: readonly Role[]): Evenement[] {
  return EVENEMENTS.filter((e) => {
    if (EVENEMENTS_DE_SIGNATURE.includes(e) || e in EVENEMENTS_CONSTATES || !rolesCan(roles, ACTION_DE[e])) return false;
    try {
      nextStatut(statut, e);
      return true;
    } catch {
      return false;
    }
  });
}

function libelle(e: Evenement, statut: Statut): string {
  if (e === "RENVOYER") return statut === "EN_REVUE" ? "Demander des modifications" : "Renvoyer en rédaction";
  return LIBELLES_EVENEMENT[e];
}

type Props = {
  conventionId: string;
  numero: number | null;
  statut: Statut;
  version: number;
  roles: Role[];
  prochainActeur: string;
  blocages: string[];
  avertissements: (Constat & { cle: string })[];
  /** The validation running (or just failed) for this document, if any. */
  validation: TravailVue | null;
  transition: Action<TransitionInput, ResultatEtape>;
};

/** How often the page asks where a running validation stands (more slowly after a failed request). */
const SUIVI_MS = 1000;

export function EtapeDocument({
  conventionId,
  numero,
  statut,
  version,
  roles,
  prochainActeur,
  blocages,
  avertissements,
  validation,
  transition,
}: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<Message>();
  const [travail, setTravail] = useState<TravailVue | null>(validation);
  // The page's own reading wins when it is refreshed (after a reload, or once the work is done).
  const [lue, setLue] = useState(validation);
  if (lue !== validation) {
    setLue(validation);
    setTravail(validation);
  }
  const enCours = travailActif(travail);
  useEffect(() => {
    if (!enCours) return;
    let arrete = false;
    let delai = SUIVI_MS;
    let minuterie: ReturnType<typeof setTimeout>;
    const suivre = async () => {
      try {
        const reponse = await fetch(`/conventions/${conventionId}/validation${numero ? `?numero=${numero}` : ""}`, { cache: "no-store" });
        if (!reponse.ok) throw new Error(String(reponse.status));
        const suivant = (await reponse.json()) as TravailVue | null;
        if (arrete) return;
        delai = SUIVI_MS;
        if (travailActif(suivant)) setTravail(suivant);
        else {
          setTravail(suivant);
          if (!suivant) setMessage({ ok: true, texte: "« Valider pour signature » : fait. La version soumise à la signature est figée." });
          router.refresh();
          return;
        }
      } catch {
        delai = Math.min(delai * 2, 10_000); // (the server restarting, the network cut: asked again later)
      }
      if (!arrete) minuterie = setTimeout(suivre, delai);
    };
    minuterie = setTimeout(suivre, SUIVI_MS);
    return () => {
      arrete = true;
      clearTimeout(minuterie);
    };
  }, [enCours, conventionId, numero, router]);
  const [commentaire, setCommentaire] = useState("");
  const [acquittes, setAcquittes] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const etapes = etapesPossibles(statut, roles);

  const run = async (evenement: Evenement) => {
    setPending(true);
    setMessage(undefined);
    const result = await appeler(transition, {
      conventionId,
      numero,
      evenement,
      version,
      commentaire: commentaire || null,
      avertissementsAcquittes: acquittes,
    });
    setPending(false);
    if (!result.ok) {
      setMessage({ ok: false, texte: result.message });
      if (result.code === "CONFLIT_VERSION") router.refresh();
      return;
    }
    setCommentaire("");
    setAcquittes([]);
    if ("travail" in result.data) return setTravail(result.data.travail);
    setMessage({ ok: true, texte: `« ${libelle(evenement, statut)} » : fait.` });
    router.refresh();
  };

  return (
    <section aria-labelledby="titre-etape" className="fr-mb-4w fr-p-3w" style={{ border: "1px solid var(--border-default-grey)" }}>
      <h2 id="titre-etape" className="fr-h6 fr-mb-1w">
        Étape : <StatutBadge statut={statut} small={false} />
      </h2>
      <p className="fr-mb-2w">{prochainActeur}</p>
      <Bandeau message={message} />
      {enCours && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-2w" role="status" aria-live="polite">
          <p>
            <strong>Validation pour signature en cours.</strong> {travail?.etape}
          </p>
          <p className="fr-text--sm fr-mb-0">Vous pouvez quitter cette page : la validation se poursuit, et son état s&apos;affiche ici.</p>
        </div>
      )}
      {travail?.etat === "ECHEC" && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert">
          <p>La validation pour signature n&apos;a pas abouti : {travail.erreur}</p>
        </div>
      )}
      {etapes.includes("VALIDER") && blocages.length > 0 && (
        <div className="fr-notice fr-notice--info fr-mb-2w">
          <div className="fr-container">
            <div className="fr-notice__body">
              <p className="fr-notice__title">Avant de valider pour signature :</p>
              <ul>
                {blocages.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}
      {etapes.includes("VALIDER") && avertissements.length > 0 && (
        <fieldset className="fr-fieldset" aria-labelledby="titre-avertissements">
          <legend id="titre-avertissements" className="fr-fieldset__legend fr-fieldset__legend--regular">
            Avertissements à prendre en compte (cochez chacun une fois lu)
          </legend>
          {avertissements.map((a) => (
            <div key={a.cle} className="fr-fieldset__element">
              <div className="fr-checkbox-group">
                <input
                  type="checkbox"
                  id={`acquitte-${a.cle}`}
                  checked={acquittes.includes(a.cle)}
                  onChange={(e) => setAcquittes((l) => (e.target.checked ? [...l, a.cle] : l.filter((x) => x !== a.cle)))}
                />
                <label className="fr-label" htmlFor={`acquitte-${a.cle}`}>
                  {a.message}
                </label>
              </div>
            </div>
          ))}
        </fieldset>
      )}
      {etapes.length > 0 && (
        <>
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="commentaire-etape">
              Commentaire (facultatif) <span className="fr-hint-text">Gardé dans l&apos;historique avec l&apos;étape.</span>
            </label>
            <textarea
              id="commentaire-etape"
              className="fr-input"
              rows={2}
              maxLength={5000}
              value={commentaire}
              onChange={(e) => setCommentaire(e.target.value)}
            />
          </div>
          <ButtonsGroup inline="md">
            {etapes.map((e) => (
              <button
                key={e}
                type="button"
                className={`fr-btn ${e === "RENVOYER" ? "fr-btn--secondary" : ""}`}
                disabled={pending || enCours}
                onClick={() => run(e)}
              >
                {libelle(e, statut)}
              </button>
            ))}
          </ButtonsGroup>
        </>
      )}
    </section>
  );
}
