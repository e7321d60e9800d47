"use client";
// « Paramétrage Chorus » after signature, for DINUM finance: each step the convention's « paramétrage
// de l'adhérence » implies, done (dated) or not applicable, by whom; the first availability of credits
// read from CHORUS; and whether set-up is complete.
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { etapeChorusSchema } from "@/lib/schemas/parametrage-chorus";
import { formatDateLongue } from "@/lib/domain/dates";
import type { ParametrageChorusVue } from "@/lib/views/parametrage-chorus";
import type { Action } from "@/lib/actions/result";
import { TextField } from "@/components/form/fields";
import { useEnvoi } from "@/components/form/useEnvoi";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";

type Entree = z.input<typeof etapeChorusSchema>;
const ETATS = { A_FAIRE: ["À faire", "fr-badge--new"], FAITE: ["Faite", "fr-badge--success"], SANS_OBJET: ["Sans objet", ""] } as const;

export function ParametrageChorus({ vue, action }: { vue: ParametrageChorusVue; action: Action<Entree, { version: number }> }) {
  return (
    <section id="parametrage-chorus" aria-labelledby="titre-parametrage-chorus" className="fr-mb-4w">
      <h2 id="titre-parametrage-chorus" className="fr-h4">
        Paramétrage Chorus
      </h2>
      {vue.complet ? (
        <p>
          <span className="fr-badge fr-badge--success">Paramétrage terminé</span>
          {vue.dateComplet ? ` le ${formatDateLongue(vue.dateComplet)}` : ""} : le délégataire peut engager et payer.
        </p>
      ) : (
        <p>
          {vue.restantes} étape{vue.restantes > 1 ? "s" : ""} restante{vue.restantes > 1 ? "s" : ""} avant que le délégataire puisse engager
          et payer.
        </p>
      )}
      <ul className="fr-raw-list">
        {vue.etapes.map((e) => (
          <li key={e.cle} className="fr-mb-2w">
            <Etape etape={e} vue={vue} action={action} />
          </li>
        ))}
        <li>
          <div className="fr-card fr-card--no-arrow fr-p-2w">
            <h3 className="fr-h6 fr-mb-1w">
              Première mise à disposition des crédits{" "}
              <span className={`fr-badge fr-badge--sm ${vue.premiereMiseADisposition ? "fr-badge--success" : "fr-badge--new"}`}>
                {vue.premiereMiseADisposition ? "Faite" : "Attendue"}
              </span>
            </h3>
            <p className="fr-text--sm fr-mb-0">
              {vue.premiereMiseADisposition
                ? `Le ${formatDateLongue(vue.premiereMiseADisposition)}, d'après les extraits CHORUS ou la saisie.`
                : "Constatée d'après les extraits CHORUS (mises à disposition) ou la saisie, ci-dessous."}
            </p>
          </div>
        </li>
      </ul>
    </section>
  );
}

function Etape({
  etape: e,
  vue,
  action,
}: {
  etape: ParametrageChorusVue["etapes"][number];
  vue: ParametrageChorusVue;
  action: Action<Entree, { version: number }>;
}) {
  const [ouvert, setOuvert] = useState(false);
  const form = useForm<Entree, unknown, z.output<typeof etapeChorusSchema>>({
    resolver: zodResolver(etapeChorusSchema),
    defaultValues: {
      conventionId: vue.conventionId,
      cle: e.cle,
      etat: "FAITE",
      date: e.date ?? "",
      commentaire: e.commentaire ?? "",
      version: e.version,
    },
  });
  const { onSubmit, bandeau } = useEnvoi(
    action,
    form,
    () => "Étape enregistrée.",
    () => setOuvert(false),
  );
  const [libelle, badge] = ETATS[e.etat];
  const id = `etape-${e.cle}`;
  const poser = (etat: Entree["etat"]) => () => form.setValue("etat", etat);
  return (
    <div className="fr-card fr-card--no-arrow fr-p-2w" aria-labelledby={id}>
      <h3 id={id} className="fr-h6 fr-mb-1w">
        {e.libelle} <span className={`fr-badge fr-badge--sm ${badge}`}>{libelle}</span>
      </h3>
      {(e.date || e.par) && (
        <p className="fr-text--sm fr-mb-1w">
          {[e.date && `Le ${formatDateLongue(e.date)}`, e.par && `par ${e.par}`, e.commentaire].filter(Boolean).join(" — ")}
        </p>
      )}
      {vue.modifiable && (
        <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" aria-expanded={ouvert} onClick={() => setOuvert((o) => !o)}>
          Mettre à jour ({e.libelle})
        </button>
      )}
      {ouvert && (
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate aria-label={`Étape : ${e.libelle}`} className="fr-mt-2w">
            {bandeau}
            <TextField name="date" type="date" label="Date à laquelle l'étape a été faite" />
            <TextField name="commentaire" label="Commentaire" hint="Facultatif (ex. numéro de la demande)" />
            <ButtonsGroup inline="sm">
              <button type="submit" className="fr-btn fr-btn--sm" onClick={poser("FAITE")}>
                Marquer comme faite
              </button>
              <button type="submit" className="fr-btn fr-btn--sm fr-btn--secondary" onClick={poser("SANS_OBJET")}>
                Sans objet
              </button>
              {e.etat !== "A_FAIRE" && (
                <button type="submit" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={poser("A_FAIRE")}>
                  Remettre à faire
                </button>
              )}
            </ButtonsGroup>
          </form>
        </FormProvider>
      )}
    </div>
  );
}
