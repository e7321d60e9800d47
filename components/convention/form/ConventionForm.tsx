"use client";
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm, useWatch, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useUnsavedChangesGuard } from "@/components/form/useUnsavedChangesGuard";
import type { z } from "zod";
import { conventionSchema, type ConventionInput } from "@/lib/schemas/convention";
import { appeler, type ActionResult } from "@/lib/actions/result";
import type { TexteConnu } from "@/lib/domain/controles";
import { ConstatsPanel } from "../ConstatsPanel";
import { IdentiteFields } from "./IdentiteFields";
import { PartiesFields } from "./PartiesFields";
import type { CreateOrganisation } from "./NouvelleOrganisation";
import { ArticlesFields, BasesLegalesFields, PreambuleFields } from "./TexteFields";
import { FinancesFields } from "./FinancesFields";
import { CodesFields } from "./CodesFields";
import { DureeFields, SignaturesFields } from "./DureeFields";
import { liveFindings } from "./live-findings";
import { modelArticlesFromForm } from "./model-from-form";
import type { OrganisationOption, PersonneOption } from "@/lib/views/referentiel";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";

type Props = {
  initial: ConventionInput;
  organisations: OrganisationOption[];
  personnes: PersonneOption[];
  textes: TexteConnu[];
  save: (input: ConventionInput) => Promise<ActionResult<{ id: string; version: number }>>;
  /** Absent when the agent may not change the referential (« gestionnaire du référentiel »). */
  createOrganisation?: CreateOrganisation;
  cancelHref: string;
};

export function ConventionForm({ initial, organisations: initialOrgs, personnes, textes, save, createOrganisation, cancelHref }: Props) {
  const router = useRouter();
  const [organisations, setOrganisations] = useState(initialOrgs);
  const [erreur, setErreur] = useState<string>();
  const [saved, setSaved] = useState(false);
  const form = useForm<ConventionInput, unknown, z.output<typeof conventionSchema>>({
    resolver: zodResolver(conventionSchema),
    defaultValues: initial,
  });
  // Errors appear at the first save, then follow the typing: validating on blur moved buttons under
  // the pointer while it was being clicked.
  const values = useWatch({ control: form.control }) as ConventionInput;
  const { constats, exigences, cites, regiParDecret } = useMemo(
    () => liveFindings(values, textes, organisations),
    [values, textes, organisations],
  );
  const warnings: Record<string, string> = {};
  for (const c of constats) warnings[c.champ] = warnings[c.champ] ? `${warnings[c.champ]} ${c.message}` : c.message;

  // Leaving with unsaved changes asks first (the browser's own dialog).
  const dirty = form.formState.isDirty && !saved;
  useUnsavedChangesGuard(dirty);

  // The model's text, written from the parties, ceilings, UO, dates and notice typed above.
  const remplirModele = () => {
    const current = form.getValues("articles") ?? [];
    if (
      current.some((a) => a.corps.trim()) &&
      !window.confirm("Les articles actuels seront remplacés par ceux du modèle DINUM, remplis à partir des champs. Continuer ?")
    )
      return;
    form.setValue("articles", modelArticlesFromForm(form.getValues()), { shouldDirty: true });
  };

  const onSubmit = form.handleSubmit(
    async () => {
      setErreur(undefined);
      const result = await appeler(save, form.getValues());
      if (result.ok) {
        setSaved(true);
        router.push(`/conventions/${result.data.id}`);
        router.refresh();
        return;
      }
      // Nothing is reset: the input stays in the form, whatever the failure.
      setErreur(result.message);
      for (const [champ, message] of Object.entries(result.champs ?? {})) form.setError(champ as Path<ConventionInput>, { message });
      window.scrollTo({ top: 0, behavior: "smooth" });
    },
    () => setErreur("Certaines informations sont à corriger (voir les champs signalés)."),
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Convention">
        {erreur && (
          <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
            <h2 className="fr-alert__title">Enregistrement impossible</h2>
            <p>{erreur}</p>
          </div>
        )}
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-lg-8">
            <IdentiteFields organisations={organisations} />
            <PartiesFields
              warning={warnings.parties}
              organisations={organisations}
              personnes={personnes}
              createOrganisation={createOrganisation}
              onOrganisationCreated={(o) => setOrganisations((list) => [...list, o])}
            />
            <BasesLegalesFields warnings={warnings} />
            <PreambuleFields />
            <FinancesFields warnings={warnings} />
            <CodesFields warnings={warnings} />
            <DureeFields />
            <div className="fr-mb-2w">
              <button type="button" className="fr-btn fr-btn--secondary fr-icon-file-text-line fr-btn--icon-left" onClick={remplirModele}>
                Remplir les articles du modèle DINUM à partir des champs
              </button>
            </div>
            <ArticlesFields warnings={warnings} />
            <SignaturesFields warnings={warnings} />
          </div>
          <aside className="fr-col-12 fr-col-lg-4" aria-label="Contrôles en direct">
            <div style={{ position: "sticky", top: "1rem" }}>
              <ConstatsPanel constats={constats} exigences={exigences} cites={cites} montrerExigences={regiParDecret} />
              <ButtonsGroup inline={false}>
                <button type="submit" className="fr-btn" disabled={form.formState.isSubmitting}>
                  {form.formState.isSubmitting ? "Enregistrement…" : "Enregistrer"}
                </button>
                <a className="fr-btn fr-btn--secondary" href={cancelHref}>
                  Annuler
                </a>
              </ButtonsGroup>
            </div>
          </aside>
        </div>
      </form>
    </FormProvider>
  );
}
