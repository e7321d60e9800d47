"use client";
// One pending access request: accept it with the roles, organisation and perimeter the administrator
// chooses (proposed from what the agent asked), or refuse it with a reason sent to the agent.
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { accepterDemandeSchema, refuserDemandeSchema, type AccepterDemandeInput, type RefuserDemandeInput } from "@/lib/schemas/compte";
import { TextArea } from "@/components/form/fields";
import { ChampsAcces } from "./CompteForm";
import { useEnvoi } from "@/components/form/useEnvoi";
import type { Action } from "@/lib/actions/result";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { libelleRoles, type Role } from "@/lib/domain/roles";

type Organisation = { id: string; nom: string; sigle: string | null };
type Demande = {
  id: string;
  nom: string;
  email: string;
  organisationId: string | null;
  roles: Role[];
  motif: string;
  le: string;
  organisation: string;
};

export function DemandeATraiter({
  demande,
  organisations,
  accepter,
  refuser,
  onFait,
}: {
  demande: Demande;
  organisations: Organisation[];
  accepter: Action<AccepterDemandeInput, { id: string; nom: string }>;
  refuser: Action<RefuserDemandeInput, { id: string; nom: string }>;
  /** Once decided the request leaves the list (the page refreshes): its outcome is said above it. */
  onFait?: (texte: string) => void;
}) {
  const acceptation = useForm<AccepterDemandeInput, unknown, z.output<typeof accepterDemandeSchema>>({
    resolver: zodResolver(accepterDemandeSchema),
    defaultValues: { id: demande.id, roles: demande.roles, organisationId: demande.organisationId ?? "", perimetre: [] },
  });
  const refus = useForm<RefuserDemandeInput, unknown, z.output<typeof refuserDemandeSchema>>({
    resolver: zodResolver(refuserDemandeSchema),
    defaultValues: { id: demande.id, motif: "" },
  });
  const accepteLe = (d: { nom: string }) => `Le compte de ${d.nom} est ouvert ; il en est prévenu par courriel.`;
  const refuseLe = (d: { nom: string }) => `La demande de ${d.nom} est refusée ; il en est prévenu par courriel.`;
  const accepte = useEnvoi(accepter, acceptation, accepteLe, (d) => onFait?.(accepteLe(d)));
  const refuse = useEnvoi(refuser, refus, refuseLe, (d) => onFait?.(refuseLe(d)));
  const titre = `demande-${demande.id}`;
  return (
    <section className="fr-card fr-p-3w fr-mb-3w" aria-labelledby={titre}>
      <h3 id={titre} className="fr-h5">
        {demande.nom} · {demande.email}
      </h3>
      <p className="fr-mb-1w">
        Le {demande.le} — organisation : {demande.organisation} ; rôles souhaités : {libelleRoles(demande.roles) || "aucun"}.
      </p>
      <blockquote className="fr-mb-2w">« {demande.motif} »</blockquote>
      {accepte.bandeau}
      {refuse.bandeau}
      <FormProvider {...acceptation}>
        <form onSubmit={accepte.onSubmit} noValidate aria-label={`Accepter la demande de ${demande.nom}`}>
          <div className="fr-grid-row fr-grid-row--gutters">
            <ChampsAcces organisations={organisations} />
          </div>
          <button type="submit" className="fr-btn fr-mb-2w" disabled={acceptation.formState.isSubmitting}>
            Accepter et ouvrir le compte
          </button>
        </form>
      </FormProvider>
      <FormProvider {...refus}>
        <form onSubmit={refuse.onSubmit} noValidate aria-label={`Refuser la demande de ${demande.nom}`}>
          <TextArea name="motif" label="Motif du refus" hint="Envoyé à l'agent." rows={2} />
          <button type="submit" className="fr-btn fr-btn--secondary" disabled={refus.formState.isSubmitting}>
            Refuser la demande
          </button>
        </form>
      </FormProvider>
    </section>
  );
}

/** The pending requests, with the outcome of the last decision above them (it outlives its card). */
export function DemandesATraiter({
  demandes,
  ...props
}: { demandes: Demande[] } & Omit<Parameters<typeof DemandeATraiter>[0], "demande" | "onFait">) {
  const [message, setMessage] = useState<Message>();
  return (
    <>
      <Bandeau message={message} />
      {demandes.length === 0 && <p>Aucune demande en attente.</p>}
      {demandes.map((d) => (
        <DemandeATraiter key={d.id} demande={d} {...props} onFait={(texte) => setMessage({ ok: true, texte })} />
      ))}
    </>
  );
}
