"use client";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { RadioGroup, SelectField, TextField } from "@/components/form/fields";
import type { ConventionInput } from "@/lib/schemas/convention";
import { LIBELLES_AUTORITE } from "@/lib/domain/signature";
import { FieldWarning } from "@/components/form/FieldWarning";
import { LIBELLES_POINT_DEPART, POINTS_DEPART } from "@/lib/domain/echeances";

export function DureeFields() {
  const regle = useWatch<ConventionInput, "regleDuree">({ name: "regleDuree" });
  const depart = useWatch<ConventionInput, "pointDepart">({ name: "pointDepart" });
  return (
    <fieldset className="fr-fieldset" aria-labelledby="legend-duree">
      <legend id="legend-duree" className="fr-fieldset__legend fr-h4">
        Durée et résiliation
      </legend>
      <div className="fr-fieldset__element">
        <RadioGroup
          name="pointDepart"
          legend="Prend effet à compter de"
          options={POINTS_DEPART.map((value) => ({ value, label: LIBELLES_POINT_DEPART[value] }))}
        />
        {depart === "DATE_EFFET" && (
          <TextField
            className="fr-mb-2w"
            name="dateEffet"
            type="date"
            label="Date d'effet stipulée"
            hint="« À compter du … » : la date que le texte fixe"
          />
        )}
        <RadioGroup
          name="regleDuree"
          legend="Jusqu'à"
          options={[
            { value: "DATE_FIXE", label: "une date de fin fixe" },
            { value: "JUSQU_AU_REGLEMENT", label: "le règlement total des opérations" },
          ]}
        />
        <div className="fr-grid-row fr-grid-row--gutters">
          <TextField
            className="fr-col-12 fr-col-md-4"
            name="dateFin"
            type="date"
            label={regle === "JUSQU_AU_REGLEMENT" ? "Date de fin par défaut" : "Date de fin"}
            hint="Décret n° 2004-1085, art. 2 : une durée limitée"
          />
          <TextField className="fr-col-12 fr-col-md-4" name="preavisMois" label="Préavis de résiliation (mois)" inputMode="numeric" />
          <TextField className="fr-col-12 fr-col-md-4" name="lieuSignature" label="Lieu de signature" hint="« Fait à Paris, le … »" />
        </div>
      </div>
    </fieldset>
  );
}

export function SignaturesFields({ warnings = {} }: { warnings?: Record<string, string> }) {
  const { control } = useFormContext<ConventionInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "signatures" });
  const parties = useWatch({ control, name: "parties" }) ?? [];
  return (
    <fieldset className="fr-fieldset" aria-labelledby="legend-signatures">
      <legend id="legend-signatures" className="fr-fieldset__legend fr-h4">
        Blocs de signature
      </legend>
      <div className="fr-fieldset__element">
        <p className="fr-hint-text fr-mb-2w">
          Un bloc par partie : qui signe, en quelle qualité, et sur quel fondement (sa nomination, une délégation de signature, un intérim)
          — à préciser avant l&apos;envoi à la signature.
        </p>
        <FieldWarning message={warnings.signatures} />
        {fields.map((field, index) => (
          <div key={field.id} className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w">
            <SelectField
              className="fr-col-12 fr-col-md-3"
              name={`signatures.${index}.partie`}
              label="Partie"
              options={parties.map((p, i) => ({ value: String(i), label: `${i + 1}. ${p?.libelle || "(sans nom)"}` }))}
            />
            <TextField
              className="fr-col-12 fr-col-md-3"
              name={`signatures.${index}.mention`}
              label="Mention"
              hint="« Pour la DINUM, la directrice »"
            />
            <TextField className="fr-col-12 fr-col-md-3" name={`signatures.${index}.signataireNom`} label="Signataire" />
            <TextField className="fr-col-12 fr-col-md-2" name={`signatures.${index}.qualite`} label="Qualité" />
            <TextField
              className="fr-col-12 fr-col-md-2"
              name={`signatures.${index}.groupe`}
              label="Ordre de signature"
              hint="Vide : délégants d'abord, délégataire en dernier"
              inputMode="numeric"
            />
            <SelectField
              className="fr-col-12 fr-col-md-3"
              name={`signatures.${index}.autorite`}
              label="Fondement du pouvoir de signer"
              placeholder="— À préciser —"
              options={Object.entries(LIBELLES_AUTORITE).map(([value, label]) => ({ value, label }))}
            />
            <TextField
              className="fr-col-12 fr-col-md-3"
              name={`signatures.${index}.autoriteReference`}
              label="Référence (nomination, délégation)"
              hint="« arrêté du 3 mars 2023 portant délégation de signature »"
            />
            <TextField
              className="fr-col-12 fr-col-md-3"
              name={`signatures.${index}.pourLeCompteDe`}
              label="Délégation de signature (facultatif)"
              hint="« Pour la secrétaire générale et par délégation, », « P/A »"
            />
            <TextField
              className="fr-col-12 fr-col-md-2"
              name={`signatures.${index}.lieu`}
              label="Lieu de signature de la partie"
              hint="Vide : celui du document"
            />
            <div className="fr-col-12 fr-col-md-4 fr-mb-3w">
              <button
                type="button"
                className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-delete-line fr-btn--icon-left"
                onClick={() => remove(index)}
              >
                Retirer le bloc {index + 1}
              </button>
            </div>
            <div className="fr-col-12">
              <FieldWarning message={warnings[`signatures.${index}`]} />
            </div>
          </div>
        ))}
        <button
          type="button"
          className="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left"
          onClick={() =>
            append({
              partie: String(Math.min(fields.length, Math.max(parties.length - 1, 0))),
              mention: "",
              signataireNom: "",
              qualite: "",
              groupe: "",
              autorite: "",
              autoriteReference: "",
              pourLeCompteDe: "",
              lieu: "",
            })
          }
        >
          Ajouter un bloc de signature
        </button>
      </div>
    </fieldset>
  );
}
