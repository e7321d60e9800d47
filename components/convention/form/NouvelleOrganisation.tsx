"use client";
// Adds an organisation to the referential without leaving the convention form: a dialog in a
// portal (not a form inside the form); what was typed in the convention stays where it is.
import { LIBELLES_TYPE_ORGANISATION, libelleOrganisation } from "@/lib/domain/libelles";
import { useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { createPortal } from "react-dom";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { organisationSchema, type OrganisationInput } from "@/lib/schemas/organisation";
import { appeler, type Action } from "@/lib/actions/result";
import type { OrganisationOption } from "@/lib/views/referentiel";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";

export type CreateOrganisation = Action<OrganisationInput, OrganisationOption>;

type Props = { organisations: OrganisationOption[]; create: CreateOrganisation; onCreated: (o: OrganisationOption) => void };

export function NouvelleOrganisation({ organisations, create, onCreated }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The dialog lives in document.body, which only exists in the browser: rendered once hydrated,
  // so that the server's HTML and the first client render agree (no hydration mismatch).
  const monte = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  const [erreur, setErreur] = useState<string>();
  // Typed input / parsed output (house style); the action gets the raw input and parses it again.
  const { register, handleSubmit, reset, getValues, formState } = useForm<OrganisationInput, unknown, z.output<typeof organisationSchema>>({
    resolver: zodResolver(organisationSchema),
    defaultValues: { nom: "", sigle: "", type: "DIRECTION", adresse: "", parentId: "" },
  });

  // React events bubble through portals to React ancestors: keep this submit from reaching the
  // convention form around the button.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.stopPropagation();
    return handleSubmit(async () => {
      setErreur(undefined);
      const result = await appeler(create, getValues());
      if (!result.ok) return setErreur(result.message);
      onCreated(result.data);
      reset();
      dialog.current?.close();
    })(event);
  };

  return (
    <>
      <button
        type="button"
        className="fr-btn fr-btn--tertiary fr-icon-building-line fr-btn--icon-left"
        onClick={() => dialog.current?.showModal()}
      >
        Nouvelle organisation…
      </button>
      {monte &&
        createPortal(
          <dialog
            ref={dialog}
            aria-labelledby="titre-nouvelle-org"
            className="fr-p-4w"
            style={{ maxWidth: "40rem", width: "100%", border: "none", boxShadow: "0 6px 18px rgba(0,0,18,.16)" }}
          >
            <form onSubmit={submit} noValidate>
              <h2 id="titre-nouvelle-org" className="fr-h5">
                Ajouter une organisation au référentiel
              </h2>
              {erreur && (
                <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert">
                  <p>{erreur}</p>
                </div>
              )}
              {(
                [
                  ["nom", "Nom", "Direction interministérielle du numérique"],
                  ["sigle", "Sigle (facultatif)", "DINUM"],
                  ["adresse", "Adresse (facultatif)", ""],
                ] as const
              ).map(([name, label, hint]) => (
                <div key={name} className={`fr-input-group ${formState.errors[name] ? "fr-input-group--error" : ""}`}>
                  <label className="fr-label" htmlFor={`org-${name}`}>
                    {label}
                    {hint && <span className="fr-hint-text">Exemple : {hint}</span>}
                  </label>
                  <input id={`org-${name}`} className="fr-input" {...register(name)} />
                  {formState.errors[name] && <p className="fr-error-text">{formState.errors[name]?.message}</p>}
                </div>
              ))}
              <div className="fr-select-group">
                <label className="fr-label" htmlFor="org-type">
                  Nature de l&apos;organisation{" "}
                  <span className="fr-hint-text">Le décret n° 2004-1085 régit les conventions entre services de l&apos;État.</span>
                </label>
                <select id="org-type" className="fr-select" {...register("type")}>
                  {Object.entries(LIBELLES_TYPE_ORGANISATION).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="fr-select-group">
                <label className="fr-label" htmlFor="org-parent">
                  Rattachée à (facultatif)
                </label>
                <select id="org-parent" className="fr-select" {...register("parentId")}>
                  <option value="">—</option>
                  {organisations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {libelleOrganisation(o)}
                    </option>
                  ))}
                </select>
              </div>
              <ButtonsGroup inline="sm" align="right">
                <button type="button" className="fr-btn fr-btn--secondary" onClick={() => dialog.current?.close()}>
                  Annuler
                </button>
                <button type="submit" className="fr-btn" disabled={formState.isSubmitting}>
                  Ajouter
                </button>
              </ButtonsGroup>
            </form>
          </dialog>,
          document.body,
        )}
    </>
  );
}
