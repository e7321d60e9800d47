"use client";
import { SelectField, TextArea, TextField } from "@/components/form/fields";
import { LIBELLES_TYPE_CONVENTION, libelleOrganisation } from "@/lib/domain/libelles";
import type { OrganisationOption } from "@/lib/views/referentiel";

export function IdentiteFields({ organisations }: { organisations: OrganisationOption[] }) {
  return (
    <fieldset className="fr-fieldset" aria-labelledby="legend-identite">
      <legend id="legend-identite" className="fr-fieldset__legend fr-h4">
        Identification
      </legend>
      <div className="fr-fieldset__element">
        <div className="fr-grid-row fr-grid-row--gutters">
          <SelectField
            className="fr-col-12 fr-col-md-6"
            name="type"
            label="Nature"
            options={Object.entries(LIBELLES_TYPE_CONVENTION).map(([value, label]) => ({ value, label }))}
          />
          <TextField className="fr-col-12 fr-col-md-6" name="reference" label="Référence" hint="Unique, par exemple 2025-DNE-DINUM-01" />
          <TextField className="fr-col-12 fr-col-md-6" name="titre" label="Titre imprimé" hint="Tel qu'il figure en tête du document" />
          <TextField
            className="fr-col-12 fr-col-md-6"
            name="intitule"
            label="Intitulé court"
            hint="Pour retrouver la convention dans les listes"
          />
          <SelectField
            className="fr-col-12 fr-col-md-6"
            name="serviceId"
            label="Service rédacteur"
            placeholder="—"
            options={organisations.map((o) => ({ value: o.id, label: libelleOrganisation(o) }))}
          />
          <TextField
            className="fr-col-12 fr-col-md-6"
            name="dateConvention"
            label="Date de la convention"
            hint="Celle du titre (« du 1er septembre 2024 »), si elle en a une"
            type="date"
          />
        </div>
        <TextArea
          name="objet"
          label="Objet : la mission confiée au délégataire"
          hint="Décret n° 2004-1085, art. 2 : la convention précise la mission confiée."
          rows={3}
        />
      </div>
    </fieldset>
  );
}
