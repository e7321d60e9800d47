// An avenant and the consolidated convention, as pages and PDF builders see them
// (lib/server/avenants/get-consolidation.ts, get-avenant.ts).
import type { Statut } from "@/lib/domain/statut";
import type { EtapeChronologie, EtatConvention } from "@/lib/domain/avenant";
import type { Constat } from "@/lib/domain/controles";
import type { ArticleVue, ConventionDetail, LigneEcheancierVue } from "./convention";

export type TypeChangement = "PROLONGATION" | "PLAFONDS" | "ECHEANCIER" | "SUCCESSION_ORGANISATION" | "MODIFICATION_ARTICLE" | "RELIQUAT";

export type ChangementVue = {
  type: TypeChangement;
  nouvelleDateFin: Date | null;
  nouveauPlafondAe: bigint | null;
  nouveauPlafondCp: bigint | null;
  echeancierAPartirDe: number | null;
  lignesEcheancier: LigneEcheancierVue[];
  organisationRemplaceeId: string | null;
  organisationSuccesseurId: string | null;
  articleNumero: string | null;
  nouveauTitre: string | null;
  nouveauCorps: string | null;
  reliquatAe: bigint | null;
  reliquatCp: bigint | null;
};

export type AvenantVue = {
  id: string;
  numero: number;
  titre: string | null;
  dateAvenant: Date | null;
  contexte: string | null;
  statut: Statut;
  dateSignature: Date | null;
  version: number;
  changements: ChangementVue[];
};

/** The convention with its avenants applied in order, what each changed, and the checks on the result. */
export type Consolidation = {
  convention: ConventionDetail;
  avenants: AvenantVue[];
  etat: EtatConvention;
  chronologie: EtapeChronologie[];
  constats: Constat[];
  projetInclus: boolean;
};

/** One avenant: its convention's consolidation (with the avenant in progress), its text and effects. */
export type AvenantDetail = Consolidation & {
  avenant: AvenantVue;
  articles: Pick<ArticleVue, "id" | "numero" | "titre" | "corps">[];
  effets: string[];
  lignes: LigneEcheancierVue[];
};
