"use client";
// On an account's page: deactivate or reactivate it (its sessions end at once; nothing it wrote is
// deleted), or send its invitation again (the previous link stops working).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { appeler, type Action } from "@/lib/actions/result";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";

type Compte = { id: string; nom: string; version: number; actif: boolean };

export function ActionsCompte({
  compte,
  soiMeme,
  setActif,
  renvoyer,
}: {
  compte: Compte;
  soiMeme: boolean;
  setActif: Action<{ id: string; version: number; actif: boolean }, { id: string; nom: string; actif: boolean }>;
  renvoyer: Action<{ id: string }, { id: string; nom: string; lien: string; envoyee: boolean }>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<Message>();
  const [enCours, setEnCours] = useState(false);
  const [aConfirmer, setAConfirmer] = useState(false);
  const lancer = async <T,>(fait: () => Promise<{ ok: true; data: T } | { ok: false; message: string }>, succes: (d: T) => string) => {
    setEnCours(true);
    try {
      const r = await fait();
      setMessage(r.ok ? { ok: true, texte: succes(r.data) } : { ok: false, texte: r.message });
      if (r.ok) router.refresh();
    } finally {
      setEnCours(false);
    }
  };
  const basculer = () => {
    setAConfirmer(false);
    return lancer(
      () => appeler(setActif, { id: compte.id, version: compte.version, actif: !compte.actif }),
      (d) =>
        d.actif
          ? `Le compte de ${d.nom} est réactivé.`
          : `Le compte de ${d.nom} est désactivé : ses sessions ouvertes sont terminées, ce qu'il a écrit reste.`,
    );
  };
  const inviter = () =>
    lancer(
      () => appeler(renvoyer, { id: compte.id }),
      (d) =>
        d.envoyee
          ? `Une nouvelle invitation a été envoyée à ${d.nom} (valable 72 heures) ; la précédente ne fonctionne plus.`
          : `Les courriels ne sont pas configurés : transmettez ce lien à ${d.nom} (valable 72 heures, une seule fois) : ${d.lien}`,
    );
  return (
    <section aria-labelledby="titre-actions-compte" className="fr-mb-4w">
      <h2 id="titre-actions-compte" className="fr-h4">
        Accès
      </h2>
      <Bandeau message={message} />
      <ButtonsGroup>
        {compte.actif && (
          <button
            type="button"
            className="fr-btn fr-btn--secondary fr-icon-mail-line fr-btn--icon-left"
            onClick={inviter}
            disabled={enCours}
          >
            Envoyer une nouvelle invitation
          </button>
        )}
        {!soiMeme && (
          <button
            type="button"
            className={`fr-btn fr-btn--secondary fr-btn--icon-left ${compte.actif ? "fr-icon-lock-line" : "fr-icon-lock-unlock-line"}`}
            onClick={compte.actif ? () => setAConfirmer(true) : basculer}
            disabled={enCours}
          >
            {compte.actif ? "Désactiver le compte" : "Réactiver le compte"}
          </button>
        )}
      </ButtonsGroup>
      {aConfirmer && (
        <div className="fr-alert fr-alert--warning fr-alert--sm" role="alert">
          <p>
            Désactiver le compte de {compte.nom} ? Ses sessions ouvertes se terminent aussitôt et il ne pourra plus se connecter ; ce
            qu&apos;il a écrit reste.
          </p>
          <ButtonsGroup inline="sm" size="sm">
            <button type="button" className="fr-btn fr-btn--sm" onClick={basculer} disabled={enCours}>
              Confirmer la désactivation
            </button>
            <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={() => setAConfirmer(false)}>
              Annuler
            </button>
          </ButtonsGroup>
        </div>
      )}
    </section>
  );
}
