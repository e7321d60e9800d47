// What pages, components, forms and PDF builders know of a stored convention: plain types, written
// here rather than taken from the generated Prisma client, so that nothing outside lib/server
// depends on the database's shape (docs/adr/005-couches.md). The use cases' query results must be
// assignable to them: the compiler checks each query against its view.
import type { PointDepart } from "@/lib/domain/echeances";
import type { Statut } from "@/lib/domain/statut";
import type { TypeOrganisation } from "@/lib/domain/libelles";
import type { AutoriteSignature, NiveauSignature } from "@/lib/domain/signature";

export type TypeConvention = "DELEGATION_GESTION" | "CONVENTION_SERVICE" | "CONVENTION_PARTENARIAT";
export type RolePartie = "DELEGANT" | "DELEGATAIRE" | "PARTENAIRE";

export type OrganisationVue = {
  id: string;
  nom: string;
  sigle: string | null;
  type: TypeOrganisation;
  adresse: string | null;
  parentId: string | null;
  successeurId: string | null;
  dateSuccession: Date | null;
  baseJuridiqueSuccession: string | null;
};

export type PersonneVue = { id: string; prenom: string; nom: string; qualite: string | null; organisationId: string | null };

export type PartieVue = {
  id: string;
  ordre: number;
  role: RolePartie;
  organisationId: string;
  organisation: OrganisationVue & { successeur: OrganisationVue | null; parent: OrganisationVue | null };
  libelle: string;
  adresse: string | null;
  representantId: string | null;
  representant: PersonneVue | null;
  representantNom: string | null;
  qualite: string | null;
  mentionRole: string | null;
  denominations: string[];
};

export type ImputationVue = {
  intitule: string | null;
  ministere: string | null;
  programme: string | null;
  bop: string | null;
  centreFinancier: string | null;
  domaineFonctionnel: string | null;
  activite: string | null;
  centreDeCouts: string | null;
  comptableAssignataire: string | null;
  comptableLibelle: string | null;
  /** The table as the document prints it (« libellé | valeur » per line), when it differs from the codes'. */
  lignesImprimees: string | null;
};

export type ParametrageVue = {
  servicePrescripteur: string | null;
  societe: string | null;
  organisationAchat: string | null;
  groupeAcheteurs: string | null;
  rtm: string | null;
  codeServiceExecutant: string | null;
  comptableAssignataire: string | null;
  centreDeCouts: string | null;
};

export type ArticleVue = { id: string; ordre: number; numero: string; titre: string; corps: string; notes: string[] };
export type LigneEcheancierVue = { annee: number; ae: bigint; cp: bigint };
export type CofinancementVue = { financeur: string; fonds: string | null; montant: bigint };

export type SignatureVue = {
  id: string;
  ordre: number;
  partieId: string | null;
  partie: (PartieVueCourte & { organisation: OrganisationVue }) | null;
  mention: string;
  signataireNom: string | null;
  qualite: string | null;
  pourLeCompteDe: string | null;
  dateSignature: Date | null;
  lieu: string | null;
  signee: boolean;
  groupe: number;
  autorite: AutoriteSignature | null;
  autoriteReference: string | null;
  methode: "MANUSCRITE" | "ELECTRONIQUE";
  niveau: NiveauSignature | null;
};
type PartieVueCourte = { id: string; role: RolePartie; libelle: string };

export type AnnexeVue = { id: string; numero: string; titre: string; texte: string | null; tableau: unknown };

export type AvenantResume = { id: string; numero: number; titre: string | null; statut: Statut; dateSignature: Date | null };

export type FichierResume = { id: string; nom: string; nature: string; taille: number; sha256: string; createdAt: Date };

/** One convention with everything it holds (lib/server/conventions/get-convention.ts). */
export type ConventionDetail = {
  id: string;
  reference: string;
  type: TypeConvention;
  titre: string;
  intitule: string;
  objet: string;
  statut: Statut;
  serviceId: string | null;
  service: OrganisationVue | null;
  dateConvention: Date | null;
  dateSignature: Date | null;
  datePublication: Date | null;
  /** After signature (lib/domain/echeances.ts): absent from documents built elsewhere than from the database. */
  dateNotification?: Date | null;
  dateDenonciation?: Date | null;
  dateCloture?: Date | null;
  pointDepart: PointDepart;
  dateEffet?: Date | null;
  regleDuree: "DATE_FIXE" | "JUSQU_AU_REGLEMENT";
  dateFin: Date | null;
  preavisMois: number | null;
  plafondAe: bigint | null;
  plafondCp: bigint | null;
  ecartAeCpMotif: string | null;
  titrePreambule: string | null;
  preambule: string | null;
  formuleAccord: string | null;
  lieuSignature: string | null;
  version: number;
  parties: PartieVue[];
  basesLegales: { id: string; ordre: number; texte: string; texteId: string | null }[];
  articles: ArticleVue[];
  lignesEcheancier: LigneEcheancierVue[];
  imputation: ImputationVue | null;
  parametrage: ParametrageVue | null;
  cofinancements: CofinancementVue[];
  signatures: SignatureVue[];
  annexes: AnnexeVue[];
  avenants: AvenantResume[];
  fichiers: FichierResume[];
};
