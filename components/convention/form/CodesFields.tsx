"use client";
import { TextField } from "@/components/form/fields";

const IMPUTATION: [string, string, string?][] = [
  ["intitule", "Titre du tableau", "« Référence Chorus » ; vide : « Imputation budgétaire »"],
  ["ministere", "Ministère"],
  ["programme", "Programme", "214"],
  ["bop", "BOP", "SAAM"],
  ["centreFinancier", "Centre financier (UO)", "0214-CEN2-INFO"],
  ["domaineFonctionnel", "Domaine fonctionnel", "0214-08-02"],
  ["activite", "Activité", "021401SI0202"],
  ["centreDeCouts", "Centre de coûts", "DINUPROD75"],
  ["comptableAssignataire", "Code du comptable assignataire", "FAC9460075"],
  ["comptableLibelle", "Comptable assignataire (en toutes lettres)"],
];
const PARAMETRAGE: [string, string, string?][] = [
  ["servicePrescripteur", "SP (service prescripteur)", "Premier ministre"],
  ["societe", "Société", "ADCE"],
  ["organisationAchat", "OA (organisation d'achat)", "C009"],
  ["groupeAcheteurs", "GA (groupe d'acheteurs)", "6GL"],
  ["rtm", "RTM", "SPM-CSP SPM Mutualisé"],
  ["codeServiceExecutant", "Code service exécutant", "CSPSPM0075"],
  ["comptableAssignataire", "Comptable assignataire", "9510"],
  ["centreDeCouts", "Centre de coûts", "DININCUB"],
];

function Codes({ prefix, legend, fields }: { prefix: string; legend: string; fields: [string, string, string?][] }) {
  return (
    <fieldset className="fr-fieldset" aria-labelledby={`legend-${prefix}`}>
      <legend id={`legend-${prefix}`} className="fr-fieldset__legend fr-h4">
        {legend}
      </legend>
      <div className="fr-fieldset__element">
        <div className="fr-grid-row fr-grid-row--gutters">
          {fields.map(([name, label, hint]) => (
            <TextField key={name} className="fr-col-12 fr-col-md-6 fr-col-lg-4" name={`${prefix}.${name}`} label={label} hint={hint ? (hint.startsWith("«") ? hint : `Ex. ${hint}`) : undefined} />
          ))}
        </div>
      </div>
    </fieldset>
  );
}

export function CodesFields() {
  return (
    <>
      <Codes prefix="imputation" legend="Imputation budgétaire (Chorus)" fields={IMPUTATION} />
      <Codes prefix="parametrage" legend="Paramétrage de l'adhérence (délégataire)" fields={PARAMETRAGE} />
    </>
  );
}
