// The organisations, people and legal texts the seed conventions refer to.
export const ORGANISATIONS = [
  {
    sigle: "MENJ",
    nom: "Ministère de l'Éducation nationale et de la Jeunesse",
    type: "MINISTERE",
    adresse: "110 rue de Grenelle, 75007 Paris",
  },
  {
    sigle: "DNE",
    nom: "Direction du numérique pour l'éducation",
    type: "DIRECTION",
    parent: "MENJ",
    adresse: "110 rue de Grenelle, 75006 Paris",
  },
  { sigle: "SG", nom: "Secrétariat général du ministère de l'Éducation nationale et de la Jeunesse", type: "SERVICE", parent: "MENJ" },
  {
    sigle: "MENJS",
    nom: "Ministère de l'Éducation nationale, de la Jeunesse et des Sports",
    type: "MINISTERE",
    successeur: "MENJ",
    dateSuccession: "2022-05-20",
  },
  {
    sigle: "DINUM",
    nom: "Direction interministérielle du numérique",
    type: "DIRECTION",
    adresse: "20 avenue de Ségur – TSA 30719, 75334 Paris Cedex 07",
  },
  {
    sigle: "DINSIC",
    nom: "Direction interministérielle du numérique et du système d'information et de communication de l'État",
    type: "DIRECTION",
    successeur: "DINUM",
    dateSuccession: "2019-10-25",
    baseJuridiqueSuccession:
      "Décret n° 2019-1088 du 25 octobre 2019 relatif au système d'information et de communication de l'État et à la direction interministérielle du numérique",
  },
] as const;

export const PERSONNES = [
  { prenom: "Audran", nom: "Le Baron", qualite: "Directeur du numérique pour l'éducation", organisation: "DNE" },
  { prenom: "Stéphanie", nom: "Schaer", qualite: "Directrice interministérielle du numérique", organisation: "DINUM" },
  { prenom: "Marie-Anne", nom: "Lévêque", qualite: "Secrétaire générale", organisation: "SG" },
  { prenom: "Nadi", nom: "Bou Hanna", qualite: "Directeur interministériel du numérique", organisation: "DINUM" },
] as const;

export const TEXTES = [
  {
    nature: "DECRET",
    numero: "2004-1085",
    dateTexte: "2004-10-14",
    intitule: "Décret relatif à la délégation de gestion dans les services de l'État",
  },
  {
    nature: "DECRET",
    numero: "2012-1246",
    dateTexte: "2012-11-07",
    intitule: "Décret relatif à la gestion budgétaire et comptable publique",
  },
  {
    nature: "DECRET",
    numero: "2019-1088",
    dateTexte: "2019-10-25",
    intitule: "Décret relatif au système d'information et de communication de l'État et à la direction interministérielle du numérique",
  },
  {
    nature: "ORDONNANCE",
    numero: "2022-408",
    dateTexte: "2022-03-23",
    intitule: "Ordonnance relative au régime de responsabilité financière des gestionnaires publics",
  },
  {
    nature: "CIRCULAIRE",
    numero: "5608/SG",
    dateTexte: "2012-09-19",
    intitule: "Circulaire relative aux orientations pour l'usage des logiciels libres dans l'administration",
  },
] as const;

// `role`: the role an account demonstrates (tests pick accounts by it); `autresRoles`: what it also holds.
// The drafter also keeps the referential up to date, as drafters did before that right existed.
export const DEMO_USERS = [
  {
    email: "redacteur@demo.education.gouv.fr",
    nom: "Camille Rédactrice (DNE)",
    role: "REDACTEUR",
    autresRoles: ["GESTIONNAIRE_REFERENTIEL"],
    organisation: "DNE",
  },
  { email: "relecteur@demo.numerique.gouv.fr", nom: "Dominique Relecteur (DINUM)", role: "RELECTEUR_FINANCIER", organisation: "DINUM" },
  { email: "signataire@demo.education.gouv.fr", nom: "Claude Signataire (DNE)", role: "SIGNATAIRE", organisation: "DNE" },
  // A signatory for each party of the seeds: the DNE above, the SG of the ministry, the DINUM.
  { email: "signataire-sg@demo.education.gouv.fr", nom: "Lou Signataire (SG)", role: "SIGNATAIRE", organisation: "SG" },
  { email: "signataire@demo.numerique.gouv.fr", nom: "Morgane Signataire (DINUM)", role: "SIGNATAIRE", organisation: "DINUM" },
  { email: "admin@demo.numerique.gouv.fr", nom: "Alex Administrateur", role: "ADMINISTRATEUR", organisation: null },
  { email: "lecteur@demo.education.gouv.fr", nom: "Sacha Lecteur (SG)", role: "LECTEUR", organisation: "SG" },
] as const;
