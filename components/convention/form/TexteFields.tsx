"use client";
import { useFieldArray, useFormContext } from "react-hook-form";
import { TextArea, TextField } from "@/components/form/fields";
import type { ConventionInput } from "@/lib/schemas/convention";
import { FieldWarning } from "@/components/form/FieldWarning";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";

export const AIDE_BALISAGE =
  "Une ligne = un paragraphe ; « - » en début de ligne = puce ; **gras**, *italique* ; « ### » = intertitre ; [[echeancier]], [[imputation]], [[parametrage]], [[cofinancement]] placent le tableau correspondant.";

export function BasesLegalesFields({ warnings = {} }: { warnings?: Record<string, string> }) {
  const { control } = useFormContext<ConventionInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "basesLegales" });
  return (
    <fieldset className="fr-fieldset" aria-labelledby="legend-visas">
      <legend id="legend-visas" className="fr-fieldset__legend fr-h4">
        Bases légales (« Vu … »)
      </legend>
      <div className="fr-fieldset__element">
        {fields.map((field, index) => (
          <div key={field.id} className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <TextField
              className="fr-col"
              name={`basesLegales.${index}.texte`}
              label={`Visa ${index + 1}`}
              hint="Sans « Vu » : « le décret n° 2004-1085 du 14 octobre 2004 relatif à … »"
              warning={warnings[`basesLegales.${index}`]}
            />
            <div className="fr-col-auto fr-mb-3w">
              <button
                type="button"
                className="fr-btn fr-btn--tertiary fr-icon-delete-line"
                title={`Retirer le visa ${index + 1}`}
                onClick={() => remove(index)}
              >
                Retirer le visa {index + 1}
              </button>
            </div>
          </div>
        ))}
        <button type="button" className="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left" onClick={() => append({ texte: "" })}>
          Ajouter un visa
        </button>
      </div>
    </fieldset>
  );
}

export function PreambuleFields() {
  return (
    <fieldset className="fr-fieldset" aria-labelledby="legend-preambule">
      <legend id="legend-preambule" className="fr-fieldset__legend fr-h4">
        Préambule
      </legend>
      <div className="fr-fieldset__element">
        <div className="fr-grid-row fr-grid-row--gutters">
          <TextField className="fr-col-12 fr-col-md-4" name="titrePreambule" label="Titre" hint="« Préambule », « Contexte »" />
          <TextField
            className="fr-col-12 fr-col-md-8"
            name="formuleAccord"
            label="Formule d'accord"
            hint="« Il a été convenu ce qui suit : »"
          />
        </div>
        <TextArea name="preambule" label="Texte du préambule" hint={AIDE_BALISAGE} rows={6} />
      </div>
    </fieldset>
  );
}

export function ArticlesFields({ warnings = {} }: { warnings?: Record<string, string> }) {
  const { control } = useFormContext<ConventionInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "articles" });
  return (
    <fieldset className="fr-fieldset" aria-labelledby="legend-articles">
      <legend id="legend-articles" className="fr-fieldset__legend fr-h4">
        Articles
        <span className="fr-hint-text">{AIDE_BALISAGE}</span>
      </legend>
      <div className="fr-fieldset__element">
        {fields.map((field, index) => (
          <section
            key={field.id}
            aria-label={`Article ${index + 1}`}
            className="fr-p-2w fr-mb-2w"
            style={{ border: "1px solid var(--border-default-grey)" }}
          >
            <div className="fr-grid-row fr-grid-row--gutters">
              <TextField className="fr-col-12 fr-col-md-2" name={`articles.${index}.numero`} label="Numéro" />
              <TextField className="fr-col-12 fr-col-md-10" name={`articles.${index}.titre`} label="Titre" />
            </div>
            <TextArea name={`articles.${index}.corps`} label={`Texte de l'article ${index + 1}`} rows={8} />
            <FieldWarning message={warnings[`articles.${index}`]} />
            <ButtonsGroup inline="sm" size="sm">
              <button
                type="button"
                className="fr-btn fr-btn--tertiary fr-icon-arrow-up-line fr-btn--icon-left"
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              >
                Monter
              </button>
              <button
                type="button"
                className="fr-btn fr-btn--tertiary fr-icon-arrow-down-line fr-btn--icon-left"
                disabled={index === fields.length - 1}
                onClick={() => move(index, index + 1)}
              >
                Descendre
              </button>
              <button type="button" className="fr-btn fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left" onClick={() => remove(index)}>
                Supprimer l&apos;article {index + 1}
              </button>
            </ButtonsGroup>
          </section>
        ))}
        <button
          type="button"
          className="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left"
          onClick={() => append({ numero: String(fields.length + 1), titre: "", corps: "" })}
        >
          Ajouter un article
        </button>
      </div>
    </fieldset>
  );
}
