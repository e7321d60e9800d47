"use client";
// The inbox: unread first in bold, each a link to its document; « Tout marquer comme lu »; and which
// kinds also come by e-mail.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { appeler, type Action } from "@/lib/actions/result";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { LIBELLES_NOTIFICATION, TYPES_NOTIFICATION, type TypeNotification } from "@/lib/domain/notifications";

type Item = { id: string; titre: string; quand: string; genre: string; lue: boolean };

export function Boite({
  items,
  courrielsCoupes,
  markAllRead,
  preferences,
}: {
  items: Item[];
  courrielsCoupes: TypeNotification[];
  markAllRead: Action<Record<string, never>, { count: number }>;
  preferences: Action<{ voulus: TypeNotification[] }, { courrielsCoupes: TypeNotification[] }>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<Message>();
  const [voulus, setVoulus] = useState<TypeNotification[]>(TYPES_NOTIFICATION.filter((t) => !courrielsCoupes.includes(t)));
  const dire = (ok: boolean, texte: string) => setMessage({ ok, texte });
  return (
    <>
      <Bandeau message={message} />
      {items.length === 0 ? (
        <p>Aucune notification pour l&apos;instant.</p>
      ) : (
        <>
          {items.some((n) => !n.lue) && (
            <button
              type="button"
              className="fr-btn fr-btn--secondary fr-mb-2w"
              onClick={async () => {
                const r = await appeler(markAllRead, {});
                if (!r.ok) return dire(false, r.message);
                dire(true, "Toutes les notifications sont marquées comme lues.");
                router.refresh();
              }}
            >
              Tout marquer comme lu
            </button>
          )}
          <ul className="fr-raw-list" aria-label="Notifications">
            {items.map((n) => (
              <li key={n.id} className="fr-py-1w" style={{ borderBottom: "1px solid var(--border-default-grey)" }}>
                <a href={`/notifications/${n.id}`} className={n.lue ? "" : "fr-text--bold"}>
                  {n.lue ? "" : "Non lue : "}
                  {n.titre}
                </a>
                <p className="fr-text--xs fr-mb-0">
                  {n.genre} · {n.quand}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <form
        className="fr-mt-6w"
        aria-labelledby="titre-preferences"
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await appeler(preferences, { voulus });
          dire(r.ok, r.ok ? "Vos préférences de courriel sont enregistrées." : r.message);
        }}
      >
        <fieldset className="fr-fieldset" aria-labelledby="titre-preferences">
          <legend id="titre-preferences" className="fr-fieldset__legend">
            Recevoir aussi par courriel
          </legend>
          {TYPES_NOTIFICATION.map((t) => (
            <div key={t} className="fr-fieldset__element">
              <div className="fr-checkbox-group">
                <input
                  type="checkbox"
                  id={`courriel-${t}`}
                  checked={voulus.includes(t)}
                  onChange={(e) => setVoulus((v) => (e.target.checked ? [...v, t] : v.filter((x) => x !== t)))}
                />
                <label className="fr-label" htmlFor={`courriel-${t}`}>
                  {LIBELLES_NOTIFICATION[t]}
                </label>
              </div>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="fr-btn fr-btn--secondary">
          Enregistrer mes préférences
        </button>
      </form>
    </>
  );
}
