"use client";
import { TextArea, TextField } from "@/components/form/fields";
import { CHAMPS_IMPUTATION, CHAMPS_PARAMETRAGE, TITRE_PARAMETRAGE } from "@/lib/domain/libelles";

type Champ = [name: string, label: string, hint?: string];
const exemple = (e?: string) => (e ? `Ex. ${e}` : undefined);
const ligne = ({ cle, libelle, exemple: e }: { cle: string; libelle: string; exemple?: string }): Champ => [cle, libelle, exemple(e)];

// The printed rows' own labels (lib/domain/libelles.ts), plus what the form alone asks.
const IMPUTATION: Champ[] = [
  ["intitule", "Titre du tableau", "« Référence Chorus » ; vide : « Imputation budgétaire »"],
  ...CHAMPS_IMPUTATION.flatMap((c): Champ[] => {
    if (c.cle === "programme") return [ligne(c), ["bop", "BOP", "Ex. SAAM ; imprimé avec le programme"]];
    if (c.cle === "centreFinancier") return [[c.cle, c.libelle, `L'UO, ex. ${c.exemple}`]];
    return [ligne(c)];
  }),
  ["comptableLibelle", "Comptable assignataire (en toutes lettres)"],
];
const PARAMETRAGE: Champ[] = CHAMPS_PARAMETRAGE.map(ligne);

function Codes({ prefix, legend, fields, children }: { prefix: string; legend: string; fields: Champ[]; children?: React.ReactNode }) {
  return (
    <fieldset className="fr-fieldset" aria-labelledby={`legend-${prefix}`}>
      <legend id={`legend-${prefix}`} className="fr-fieldset__legend fr-h4">
        {legend}
      </legend>
      <div className="fr-fieldset__element">
        <div className="fr-grid-row fr-grid-row--gutters">
          {fields.map(([name, label, hint]) => (
            <TextField key={name} className="fr-col-12 fr-col-md-6 fr-col-lg-4" name={`${prefix}.${name}`} label={label} hint={hint} />
          ))}
        </div>
      </div>
      {children}
    </fieldset>
  );
}

export function CodesFields({ warnings = {} }: { warnings?: Record<string, string> }) {
  return (
    <>
      <Codes prefix="imputation" legend="Imputation budgétaire (Chorus)" fields={IMPUTATION}>
        {/* The codes are what the finance follow-up reads; the document may print them in its own words. */}
        <div className="fr-fieldset__element">
          <TextArea
            name="imputation.lignesImprimees"
            label="Tableau tel qu'imprimé dans le document (facultatif)"
            hint="Une ligne par rangée : « libellé | valeur », ex. « Code programme | P 214 _ BOP SAAM ». Vide : le tableau est imprimé à partir des codes ci-dessus."
            rows={6}
            warning={warnings["imputation.lignesImprimees"]}
          />
        </div>
      </Codes>
      <Codes prefix="parametrage" legend={`${TITRE_PARAMETRAGE} (délégataire)`} fields={PARAMETRAGE} />
    </>
  );
}
