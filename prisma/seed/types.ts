// Shape of a convention as entered by the seed (and by test factories): plain data, amounts in
// euros as strings parsed by lib/domain/money, dates as "YYYY-MM-DD".
export type PartieSeed = {
  role: "DELEGANT" | "DELEGATAIRE" | "PARTENAIRE";
  organisation: string; // sigle in the referential
  libelle: string;
  adresse?: string;
  representant?: string; // "Prénom Nom" in the referential
  representantNom?: string;
  qualite?: string;
  mentionRole?: string;
  denominations: string[];
};

export type SignatureSeed = {
  partie: number; // index in parties
  mention: string;
  signataireNom?: string;
  qualite?: string;
  pourLeCompteDe?: string;
  dateSignature?: string;
  signee: boolean;
  /** The signatory's power; unset: not yet stated (a draft's block). */
  autorite?: "TITULAIRE" | "DELEGATION" | "INTERIM";
};

export type ConventionSeed = {
  reference: string;
  type: "DELEGATION_GESTION" | "CONVENTION_SERVICE" | "CONVENTION_PARTENARIAT";
  titre: string;
  intitule: string;
  objet: string;
  statut: "BROUILLON" | "EN_REVUE" | "PRETE_A_SIGNER" | "SIGNEE_PARTIELLEMENT" | "SIGNEE" | "PUBLIEE" | "EN_VIGUEUR" | "TERMINEE";
  service: string; // sigle
  dateConvention?: string;
  dateSignature?: string;
  pointDepart: "SIGNATURE" | "NOTIFICATION";
  regleDuree: "DATE_FIXE" | "JUSQU_AU_REGLEMENT";
  dateFin?: string;
  preavisMois?: number;
  plafondAe?: string;
  plafondCp?: string;
  titrePreambule?: string;
  preambule?: string;
  formuleAccord?: string;
  lieuSignature?: string;
  parties: PartieSeed[];
  basesLegales: { texte: string; ref?: string }[]; // ref: "DECRET 2004-1085"
  articles: { numero: string; titre: string; corps: string; notes?: string[] }[];
  echeancier: { annee: number; ae: string; cp: string }[];
  imputation?: {
    intitule?: string;
    ministere?: string;
    programme?: string;
    bop?: string;
    centreFinancier?: string;
    domaineFonctionnel?: string;
    activite?: string;
    centreDeCouts?: string;
    comptableAssignataire?: string;
    comptableLibelle?: string;
    lignesImprimees?: string; // the table as the signed document prints it, « libellé | valeur » per line
  };
  parametrage?: {
    servicePrescripteur?: string;
    societe?: string;
    organisationAchat?: string;
    groupeAcheteurs?: string;
    rtm?: string;
    codeServiceExecutant?: string;
    comptableAssignataire?: string;
    centreDeCouts?: string;
  };
  cofinancements: { financeur: string; fonds?: string; montant: string }[];
  signatures: SignatureSeed[];
  annexes: { numero: string; titre: string; texte?: string; tableau?: { colonnes: string[]; lignes: string[][] } }[];
};
