// The referential as forms and the referential page see it (lib/server/referentiel/).
import type { TexteConnu } from "@/lib/domain/controles";
import type { OrganisationVue, PersonneVue } from "./convention";

/** An organisation offered in a choice list. */
export type OrganisationOption = { id: string; nom: string; sigle: string | null; adresse: string | null };
/** A person offered as a representative: « Prénom Nom ». */
export type PersonneOption = { id: string; nom: string; qualite: string | null; organisationId: string | null };

/** What the convention form needs: the referential and the legal texts known to exist. */
export type DonneesFormulaire = { organisations: OrganisationOption[]; personnes: PersonneOption[]; textes: TexteConnu[] };

/** The referential page: organisations with their parent and successor, people with their organisation. */
export type ReferentielDetaille = {
  organisations: (OrganisationVue & { parent: OrganisationVue | null; successeur: OrganisationVue | null })[];
  personnes: (PersonneVue & { organisation: OrganisationVue | null })[];
};
