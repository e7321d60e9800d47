// An avenant and the consolidated convention, as pages and PDF builders see them
// (lib/server/avenants/get-consolidation.ts, get-avenant.ts).
import type { Statut } from "@/lib/domain/statut";
import type { EtapeChronologie, EtatConvention } from "@/lib/domain/avenant";
import type { Constat } from "@/lib/domain/controles";
import type { AutoriteSignature, NiveauSignature } from "@/lib/domain/signature";
import type { ArticleVue, ConventionDetail, LigneEcheancierVue, RolePartie } from "./convention";

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
  /** « Le présent avenant vient modifier les termes de la convention … » */
  introduction: string | null;
  contexte: string | null;
  /** « Il a été convenu ce qui suit : », when the text has it. */
  formuleAccord: string | null;
  statut: Statut;
  dateSignature: Date | null;
  datePublication?: Date | null;
  version: number;
  changements: ChangementVue[];
};

/** The convention with its avenants applied in order, what each changed, and the checks on the result. */
export type Consolidation = {
  convention: ConventionDetail;
  avenants: AvenantVue[];
  etat: EtatConvention;
  chronologie: EtapeChronologie[];
  /** Each party of the convention as the last avenant applied names it, else as the convention does. */
  partiesActuelles: Omit<PartieAvenantVue, "partieId" | "ordre">[];
  constats: Constat[];
  projetInclus: boolean;
};

/** A party of the convention, for the avenant form: the role its naming is checked against, the organisation it is. */
export type PartieConvention = { id: string; role: RolePartie; organisation: string; organisationId: string };

/** A party of the convention as the avenant names it at its date (its role and organisation are the convention's). */
export type PartieAvenantVue = {
  partieId: string;
  ordre: number;
  role: RolePartie;
  libelle: string;
  adresse: string | null;
  representantNom: string | null;
  qualite: string | null;
  mentionRole: string | null;
  denominations: string[];
};

/** A signature block of the avenant: the party that signs, who signs and their title. */
export type SignatureAvenantVue = {
  id: string;
  ordre: number;
  partieId: string | null;
  mention: string;
  signataireNom: string | null;
  qualite: string | null;
  pourLeCompteDe: string | null;
  lieu: string | null;
  dateSignature: Date | null;
  signee: boolean;
  groupe: number;
  autorite: AutoriteSignature | null;
  autoriteReference: string | null;
  methode: "MANUSCRITE" | "ELECTRONIQUE";
  niveau: NiveauSignature | null;
};

/** An avenant's own text around its articles: legal bases, parties at its date, signature blocks.
 *  `repris`: an avenant saved before it had its own, shown with the convention's. */
export type TexteAvenantVue = {
  basesLegales: { texte: string }[];
  parties: PartieAvenantVue[];
  signatures: SignatureAvenantVue[];
  repris: boolean;
};

/** One avenant: its convention's consolidation (with the avenant in progress), its text and effects. */
export type AvenantDetail = Consolidation & {
  avenant: AvenantVue;
  texte: TexteAvenantVue;
  articles: Pick<ArticleVue, "id" | "numero" | "titre" | "corps">[];
  effets: string[];
  lignes: LigneEcheancierVue[];
};
