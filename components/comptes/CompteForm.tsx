"use client";
// Opening an account, or changing one (« Administration » → « Comptes »): name, professional e-mail
// (on opening only: it is how ProConnect finds the agent), role, organisation. The password is never
// typed here: the agent chooses it through the invitation link.
import { useEffect } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { compteModifSchema, compteSchema, type CompteInput, type CompteModifInput } from "@/lib/schemas/compte";
import { CheckboxGroup, SelectField, TextField } from "@/components/form/fields";
import { useEnvoi } from "@/components/form/useEnvoi";
import type { Action } from "@/lib/actions/result";
import { LIBELLES_ROLE, ROLES } from "@/lib/domain/roles";
import { libelleOrganisation } from "@/lib/domain/libelles";

type Organisation = { id: string; nom: string; sigle: string | null };
type Cree = { id: string; nom: string; lien: string; envoyee: boolean };

const roles = ROLES.map((r) => ({ value: r, label: LIBELLES_ROLE[r] }));
const options = (organisations: Organisation[]) => organisations.map((o) => ({ value: o.id, label: libelleOrganisation(o) }));

/** What an agent may do and see: their organisation, roles and perimeter (an account, or an access
 *  request being accepted). Inside a `fr-grid-row`. */
export function ChampsAcces({ organisations }: { organisations: Organisation[] }) {
  return (
    <>
      <SelectField
        className="fr-col-12 fr-col-md-6"
        name="organisationId"
        label="Organisation"
        hint="Celle de l'agent : un signataire signe pour elle (et sa branche)."
        placeholder="— Aucune —"
        options={options(organisations)}
      />
      <div className="fr-col-12 fr-col-md-6">
        <CheckboxGroup name="roles" legend="Rôles" hint="Un ou plusieurs ; le lecteur ne se cumule avec aucun autre." options={roles} />
      </div>
      <div className="fr-col-12 fr-col-md-6">
        <CheckboxGroup
          name="perimetre"
          legend="Périmètre"
          hint="Les organisations dont l'agent voit et traite les conventions, chacune avec celles qui lui sont rattachées. Aucune : le ministère de son organisation."
          options={options(organisations)}
          hauteurMax="16rem"
        />
      </div>
    </>
  );
}

function ChampsCompte({ organisations, email }: { organisations: Organisation[]; email: boolean }) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <TextField
        className="fr-col-12 fr-col-md-6"
        name="nom"
        label="Nom"
        hint="Prénom et nom, tels qu'ils apparaîtront dans les documents."
      />
      {email && (
        <TextField
          className="fr-col-12 fr-col-md-6"
          name="email"
          label="Adresse électronique professionnelle"
          hint="Celle de ProConnect : c'est par elle que l'agent est reconnu. L'invitation y est envoyée."
          type="email"
        />
      )}
      <ChampsAcces organisations={organisations} />
    </div>
  );
}

export function NouveauCompteForm({ organisations, creer }: { organisations: Organisation[]; creer: Action<CompteInput, Cree> }) {
  const form = useForm<CompteInput, unknown, z.output<typeof compteSchema>>({
    resolver: zodResolver(compteSchema),
    defaultValues: { nom: "", email: "", roles: [], organisationId: "", perimetre: [] },
  });
  const { onSubmit, bandeau } = useEnvoi(
    creer,
    form,
    (c) =>
      c.envoyee
        ? `Le compte de ${c.nom} est ouvert : une invitation à choisir son mot de passe lui a été envoyée par courriel (lien valable 72 heures).`
        : `Le compte de ${c.nom} est ouvert. Les courriels ne sont pas configurés : transmettez-lui ce lien pour choisir son mot de passe (valable 72 heures, une seule fois) : ${c.lien}`,
    () => form.reset(),
  );
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-labelledby="titre-nouveau-compte">
        <h2 id="titre-nouveau-compte" className="fr-h4">
          Nouveau compte
        </h2>
        {bandeau}
        <ChampsCompte organisations={organisations} email />
        <button type="submit" className="fr-btn" disabled={form.formState.isSubmitting}>
          Créer le compte et envoyer l&apos;invitation
        </button>
      </form>
    </FormProvider>
  );
}

export function ModifierCompteForm({
  organisations,
  compte,
  modifier,
}: {
  organisations: Organisation[];
  compte: CompteModifInput;
  modifier: Action<CompteModifInput, { id: string; nom: string; version: number }>;
}) {
  const form = useForm<CompteModifInput, unknown, z.output<typeof compteModifSchema>>({
    resolver: zodResolver(compteModifSchema),
    defaultValues: { ...compte, organisationId: compte.organisationId ?? "" },
  });
  // (Deactivating or reactivating the account, on the same page, moves its version too.)
  useEffect(() => form.setValue("version", compte.version), [compte.version, form]);
  const { onSubmit, bandeau } = useEnvoi(
    modifier,
    form,
    (c) => `Le compte de ${c.nom} est enregistré.`,
    (c) => form.setValue("version", c.version),
  );
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-labelledby="titre-modifier-compte">
        <h2 id="titre-modifier-compte" className="fr-h4">
          Modifier le compte
        </h2>
        {bandeau}
        <ChampsCompte organisations={organisations} email={false} />
        <button type="submit" className="fr-btn" disabled={form.formState.isSubmitting}>
          Enregistrer les modifications
        </button>
      </form>
    </FormProvider>
  );
}
