// The convention list page (lib/server/conventions/find-conventions.ts).
import type { Statut } from "@/lib/domain/statut";
import type { RolePartie, TypeConvention } from "./convention";

export type ConventionListeItem = {
  id: string;
  reference: string;
  intitule: string;
  type: TypeConvention;
  statut: Statut;
  dateConvention: Date | null;
  dateSignature: Date | null;
  dateFin: Date | null;
  plafondAe: bigint | null;
  plafondCp: bigint | null;
  parties: { role: RolePartie; organisation: { sigle: string | null; nom: string } }[];
  annees: number[];
  totaux: { ae: bigint; cp: bigint };
};

/** `total`: counted up to RESULTATS_MAX (lib/server/conventions/find-conventions.ts); `plusDe`: there are more. */
export type ConventionListe = {
  total: number;
  plusDe: boolean;
  page: number;
  parPage: number;
  pages: number;
  conventions: ConventionListeItem[];
};

type OrganisationOption = { id: string; sigle: string | null; nom: string };
/** The values offered by the list's filters. */
export type OptionsFiltres = {
  organisations: OrganisationOption[];
  annees: number[];
  services: OrganisationOption[];
  programmes: string[];
};
