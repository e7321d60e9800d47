"use client";
// What the referential's forms share: sending to their server action (field errors set where the
// server says, a message said as status or alert, the page refreshed), the person's fields, and
// the choice of the record to edit.
import { SelectField, TextField } from "@/components/form/fields";

export { useEnvoi } from "@/components/form/useEnvoi";

/** A person's fields, for adding one and for editing one. */
export function PersonneFields({ organisations }: { organisations: { id: string; nom: string; sigle: string | null }[] }) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <TextField className="fr-col-12 fr-col-md-3" name="prenom" label="Prénom" />
      <TextField className="fr-col-12 fr-col-md-3" name="nom" label="Nom" />
      <TextField className="fr-col-12 fr-col-md-3" name="qualite" label="Qualité" hint="« Directrice interministérielle du numérique »" />
      <SelectField
        className="fr-col-12 fr-col-md-3"
        name="organisationId"
        label="Organisation"
        placeholder="—"
        options={organisations.map((o) => ({ value: o.id, label: o.sigle ?? o.nom }))}
      />
    </div>
  );
}

/** The record to edit: choosing one fills the form with it. */
export function ChoixAModifier({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (id: string) => void;
}) {
  return (
    <div className="fr-select-group">
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="fr-select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
