"use client";
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm, useWatch, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useUnsavedChangesGuard } from "@/components/form/useUnsavedChangesGuard";
import type { z } from "zod";
import { avenantSchema, blankAvenant, type AvenantInput, type DepartAvenant } from "@/lib/schemas/avenant";
import { changementsFromData } from "@/lib/schemas/avenant-changements";
import { redigerArticlesAvenant, titreAvenantParDefaut, type ConventionInitiale } from "@/lib/domain/avenant-redaction";
import { appeler, type ActionResult } from "@/lib/actions/result";
import { TextArea, TextField } from "@/components/form/fields";
// The convention form's visas, articles and signature blocks: the avenant form has the same fields.
import { ArticlesFields, BasesLegalesFields } from "@/components/convention/form/TexteFields";
import { SignaturesFields } from "@/components/convention/form/DureeFields";
import { PartiesAvenantFields } from "./PartiesAvenantFields";
import type { OrganisationOption } from "@/lib/views/referentiel";
import { ChangementsFields } from "./ChangementsFields";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import { ConstatsPanel } from "@/components/convention/ConstatsPanel";
import type { EtatConvention } from "@/lib/domain/avenant";
import type { TexteConnu } from "@/lib/domain/controles";
import { constatsAvenant, type PartieConvention } from "./live-findings";

type Props = {
  numero: number;
  initiale: ConventionInitiale;
  organisations: OrganisationOption[];
  save: (input: AvenantInput) => Promise<ActionResult<{ id: string; numero: number }>>;
  conventionHref: string;
  /** A saved draft being edited; a new avenant starts blank. */
  valeurs?: AvenantInput;
  /** The convention as it stands before this avenant, and the legal texts known: for the live checks. */
  etat: EtatConvention;
  textes: TexteConnu[];
  /** The convention's parties, whose role the avenant's naming of them is checked against. */
  partiesConvention: PartieConvention[];
  /** What a new avenant starts from: visas, parties and signature blocks as they stand. */
  depart?: DepartAvenant;
};

export function AvenantForm({
  numero,
  initiale,
  organisations,
  save,
  conventionHref,
  valeurs,
  etat,
  textes,
  partiesConvention,
  depart,
}: Props) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string>();
  const [saved, setSaved] = useState(false);
  const form = useForm<AvenantInput, unknown, z.output<typeof avenantSchema>>({
    resolver: zodResolver(avenantSchema),
    defaultValues: valeurs ?? blankAvenant(depart),
  });

  const saisie = useWatch({ control: form.control }) as AvenantInput;
  const constats = useMemo(
    () =>
      constatsAvenant(numero, saisie, etat, organisations, textes, partiesConvention, {
        regleDuree: initiale.regleDuree ?? "DATE_FIXE",
        centreFinancier: initiale.centreFinancier ?? null,
      }),
    [numero, saisie, etat, organisations, textes, partiesConvention, initiale],
  );
  const warnings: Record<string, string> = {};
  for (const c of constats) warnings[c.champ] = warnings[c.champ] ? `${warnings[c.champ]} ${c.message}` : c.message;

  const dirty = form.formState.isDirty && !saved;
  useUnsavedChangesGuard(dirty);

  // Drafts the articles from the ticked changes; they replace the current ones and stay editable.
  const generer = () => {
    const values = form.getValues();
    const parsed = avenantSchema.safeParse({ ...values, articles: [{ numero: "1", titre: "—", corps: "" }] });
    if (!parsed.success) {
      setErreur("Complétez d'abord les changements signalés, puis générez les articles.");
      for (const issue of parsed.error.issues) form.setError(issue.path.join(".") as Path<AvenantInput>, { message: issue.message });
      return;
    }
    setErreur(undefined);
    form.setValue("articles", redigerArticlesAvenant(initiale, changementsFromData(parsed.data, organisations)), { shouldDirty: true });
  };

  const onSubmit = form.handleSubmit(
    async () => {
      setErreur(undefined);
      const result = await appeler(save, form.getValues());
      if (result.ok) {
        setSaved(true);
        router.push(`${conventionHref}/avenants/${result.data.numero}`);
        router.refresh();
        return;
      }
      setErreur(result.message);
      for (const [champ, message] of Object.entries(result.champs ?? {})) form.setError(champ as Path<AvenantInput>, { message });
    },
    () => setErreur("Certaines informations sont à corriger (voir les champs signalés)."),
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={`Avenant n° ${numero}`}>
        {erreur && (
          <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
            <h2 className="fr-alert__title">À corriger</h2>
            <p>{erreur}</p>
          </div>
        )}
        <TextField
          name="titre"
          label="Titre (facultatif)"
          hint={`Imprimé tel que saisi ; par défaut : « ${titreAvenantParDefaut(numero, initiale)} »`}
        />
        <TextField name="dateAvenant" label="Date de l'avenant (facultatif)" type="date" />
        <BasesLegalesFields warnings={warnings} />
        <TextArea
          name="introduction"
          label="Introduction"
          hint="« Le présent avenant vient modifier les termes de la convention … » : imprimée telle quelle après les visas ; vide, rien n'est imprimé"
          rows={3}
          warning={warnings.introduction}
        />
        <TextArea
          name="contexte"
          label="Contexte"
          hint="Pourquoi cet avenant (imprimé avant les articles)"
          rows={4}
          warning={warnings.contexte}
        />
        <TextField
          name="formuleAccord"
          label="Formule avant les articles (facultatif)"
          hint="« Il a été convenu ce qui suit : » ; vide si le texte n'en a pas"
        />
        <PartiesAvenantFields parties={partiesConvention} warnings={warnings} />
        <ChangementsFields organisations={organisations} />
        <div className="fr-mb-3w">
          <button type="button" className="fr-btn fr-btn--secondary fr-icon-file-text-line fr-btn--icon-left" onClick={generer}>
            Générer les articles à partir des changements
          </button>
        </div>
        <ArticlesFields warnings={warnings} />
        <SignaturesFields warnings={warnings} />
        <ConstatsPanel constats={constats} exigences={[]} montrerExigences={false} />
        <ButtonsGroup inline="md">
          <button type="submit" className="fr-btn" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Enregistrement…" : `Enregistrer l'avenant n° ${numero}`}
          </button>
          <a className="fr-btn fr-btn--secondary" href={conventionHref}>
            Annuler
          </a>
        </ButtonsGroup>
      </form>
    </FormProvider>
  );
}
