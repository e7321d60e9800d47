// The referential as forms and the referential page see it (lib/server/referentiel/).
import type { TexteConnu } from "@/lib/domain/controles";
import type { Liens } from "@/lib/domain/fusion";
import type { OrganisationVue, PersonneVue } from "./convention";

/** An organisation offered in a choice list. */
export type OrganisationOption = Pick<OrganisationVue, "id" | "nom" | "sigle" | "type" | "adresse" | "parentId" | "successeurId">;
/** A person offered as a representative: « Prénom Nom ». */
export type PersonneOption = { id: string; nom: string; qualite: string | null; organisationId: string | null };

/** What the convention form needs: the referential and the legal texts known to exist. */
export type DonneesFormulaire = { organisations: OrganisationOption[]; personnes: PersonneOption[]; textes: TexteConnu[] };

/** The referential page: organisations with their parent and successor, people with their organisation. */
export type ReferentielDetaille = {
  organisations: (OrganisationVue & {
    version: number;
    parent: OrganisationVue | null;
    successeur: OrganisationVue | null;
    liens: Liens;
  })[];
  personnes: (PersonneVue & { version: number; organisation: OrganisationVue | null; liens: Liens })[];
};

/** A record offered for a merge: how it is named, the version read, and what points to it. */
export type FicheFusionnable = { id: string; libelle: string; detail: string; version: number; liens: Liens };

/** One change of the referential, as its history shows it. */
export type ChangementReferentiel = { id: string; quand: Date; qui: string | null; quoi: string; changements: string[] };

/** The referential page, with the versions to edit from. */
export type OrganisationModifiable = OrganisationOption & { parentId: string | null; version: number };
export type PersonneModifiable = {
  id: string;
  prenom: string;
  nom: string;
  qualite: string | null;
  organisationId: string | null;
  version: number;
};
