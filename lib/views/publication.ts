// The publication tracker of a document, as its page shows it.
import type { Canal, EtatPublication } from "@/lib/domain/publication";
import type { CalendarDate } from "@/lib/domain/dates";
import type { Statut } from "@/lib/domain/statut";

export type CanalVue = {
  canal: Canal;
  libelle: string; // « Bulletin officiel », or the name of an « autre » channel
  nomAutre: string; // "" except for an « autre » channel
  requis: boolean;
  etat: EtatPublication;
  nor: string | null;
  numero: string | null;
  datePublication: CalendarDate | null;
  url: string | null;
  message: string | null;
  tentatives: number;
  /** Named by the document's publication article. */
  propose: boolean;
  /** Null while only proposed (nothing recorded yet). */
  version: number | null;
  majLe: Date | null;
  majPar: string | null;
};

export type SuiviPublicationVue = {
  conventionId: string;
  numero: number | null;
  statut: Statut;
  derniereSignature: CalendarDate | null;
  /** « Article 10 — Publication », the article the channels were read from, if any. */
  article: string | null;
  canaux: CanalVue[];
  publiee: boolean;
  datePublication: CalendarDate | null;
  /** data.gouv.fr uploads are done by the app (its settings are there), else recorded by hand. */
  televersementAutomatique: boolean;
  peutPublier: boolean;
};
