// Seed 003, transcribed from the signed PDF — Convention de délégation de gestion du 1er septembre 2024
import type { ConventionSeed } from "./types";

export const convention2024Webinaire: ConventionSeed = {
  reference: "2024-DNE-DINUM-01",
  type: "DELEGATION_GESTION",
  titre: "Convention de délégation de gestion",
  intitule: "Webinaire de l'État, visio-agents et classes virtuelles du MENJ",
  objet:
    "Délégation de moyen pour assurer la bonne continuité et l'évolution fonctionnelle des outils de visioconférences mis à disposition à plusieurs ministères au travers du webinaire de l'Etat porté par la DINUM ainsi que les services visio-agents et classes-virtuelles du MENJ.",
  statut: "SIGNEE",
  service: "DNE",
  dateConvention: "2024-09-01",
  pointDepart: "NOTIFICATION",
  regleDuree: "JUSQU_AU_REGLEMENT",
  dateFin: "2025-12-31",
  preavisMois: 3,
  plafondAe: "120000",
  plafondCp: "120000",
  titrePreambule: "Préambule",
  preambule: `L'incubateur de services numériques de la DINUM a pour vocation de mettre le numérique au service des politiques prioritaires du gouvernement en créant des services numériques agiles et innovants.
L'approche beta.gouv consiste à former de petites équipes pluridisciplinaires constituées chacune de personnes expertes du numérique et d'un ou plusieurs agents publics issus de l'administration partenaire, agissant en qualité d'« intrapreneurs ».
Afin de diffuser ces méthodes et de faire émerger des services publics numériques dans toute l'administration, la DINUM apporte un accompagnement opérationnel et stratégique à toutes les administrations publiques qui le souhaitent. En particulier, l'incubateur de services numériques a pour objectif de soutenir les administrations publiques dans la construction de produits et la transformation de leurs pratiques`,
  formuleAccord: "Il a été convenu ce qui suit :",
  lieuSignature: "Paris",
  parties: [
    {
      role: "DELEGANT",
      organisation: "DNE",
      libelle: "Le Ministère de l'Education Nationale et de la Jeunesse (MENJ)",
      adresse: "110 rue de Grenelle 75006 PARIS",
      representant: "Audran Le Baron",
      representantNom: "Audran Le Baron",
      qualite: "directeur du numérique pour l'éducation (DNE)",
      denominations: ["le délégant"],
    },
    {
      role: "DELEGATAIRE",
      organisation: "DINUM",
      libelle: "La Direction Interministérielle du Numérique (DINUM)",
      adresse: "20 avenue de Ségur – TSA 30 719 75 334 PARIS Cedex 07",
      representant: "Stéphanie Schaer",
      representantNom: "Stéphanie Schaer",
      qualite: "directrice de la DINUM",
      denominations: ["le délégataire", "la DINUM"],
    },
  ],
  basesLegales: [
    {
      texte: "l'ordonnance n° 2022-408 du 23 mars 2022 relative au régime de responsabilité financière des gestionnaires publics",
      ref: "ORDONNANCE 2022-408",
    },
    {
      texte: "le décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion dans les services de l'État",
      ref: "DECRET 2004-1085",
    },
  ],
  articles: [
    {
      numero: "1",
      titre: "Objet de la délégation",
      corps:
        "La présente convention a pour objet la délégation de moyen pour assurer la bonne continuité et l'évolution fonctionnelle des outils de visioconférences mis à disposition à plusieurs ministères au travers du webinaire de l'Etat porté par la DINUM ainsi que les services visio-agents et classes-virtuelles du MENJ.",
    },
    {
      numero: "2",
      titre: "Prestations confiées au délégataire",
      corps: `Le délégataire assure pour le compte du délégant :
- la prestation objet de la présente convention ;
- la demande d'engagement de dépenses ;
- l'exécution et le suivi du marché, en lien avec le délégant.`,
    },
    {
      numero: "3",
      titre: "Obligations du délégataire",
      corps: `Le délégataire exécute la délégation dans les conditions et les limites fixées par le présent document et acceptées par lui.
Il maintient les moyens nécessaires à la bonne exécution de ces prestations.
Il fournit au délégant les informations qui lui sont demandées, s'agissant notamment de l'exécution des prestations.
Il saisit dans Chorus formulaire les services faits dès leur transmission par le délégant des constatations de service fait.
Il s'engage à rendre compte au délégant au terme de la convention des dépenses réalisées et de l'avancement des travaux et à présenter un compte-rendu de gestion.
Il s'engage à intégrer les services du délégant à la communauté beta.gouv.fr : accès aux outils partagés, aux ateliers de partage d'expérience, aux formations et au réseau beta.gouv.fr pour le recrutement de profils experts du numérique.
Il utilise les supports contractuels à sa disposition pour accompagner, mettre en œuvre et garantir l'amélioration continue du service visé par la présente convention, au travers des prestations d'accompagnement, de coaching, de développement, de déploiement, d'expertise UX/UI, de webdesign, etc.`,
    },
    {
      numero: "4",
      titre: "Obligations du délégant",
      corps: `Le délégant s'engage à vérifier la disponibilité des crédits avant tout engagement juridique et à fournir en temps utiles tous les éléments d'information dont le délégataire a besoin pour l'exercice de sa mission. Les crédits concernés par cette gestion seront mis à disposition sur un centre financier donné dans l'article 6 de la présente convention.
Il transmet dans les meilleurs délais les constatations de service fait au délégataire.
Il s'engage à définir et à quantifier ses besoins et à les communiquer en temps utile à la DINUM.
Le délégant s'engage à respecter l'approche de construction de produit telle que définie sur le site https://beta.gouv.fr/approche/ et le guide public du réseau beta.gouv.fr https://doc.incubateur.net/communaute/.`,
    },
    {
      numero: "5",
      titre: "Suivi de l'exécution de la prestation",
      corps: `Les travaux de chaque produit sont organisés sous le pilotage d'un comité d'investissement. Ce comité est réuni tous les six mois pour évaluer les résultats obtenus par chaque équipe et pour déterminer la suite à donner. Ce comité d'investissement est présidé par le délégué et siègent l'ensemble des investisseurs du service. La DINUM participe à ce comité d'investissement.
L'équipe produit pourra choisir la forme de la présentation mais ils devront présenter au minimum les indicateurs chiffrés qu'ils ont retenus pour mesurer l'impact de leur produit : résultats de la phase qui s'achève et objectifs à 6 mois.`,
    },
    {
      numero: "6",
      titre: "Exécution financière de la délégation",
      corps: `Le délégué :
- procède aux demandes de paramétrage d'habilitations de CHORUS auprès de l'agence pour l'informatique financière de l'État ;
- met à disposition les montants maximums suivants progressivement en autorisation d'engagement et crédits de paiements sur l'UO 0214-CEN2-INFO selon l'échéancier prévisionnel et indicatif suivant et sur demande du délégataire :
[[echeancier]]
Le délégataire est chargé, en sa qualité de pouvoir adjudicateur, de la passation, de la signature et de l'exécution des actes juridiques (marchés publics, accords-cadres, conventions, etc.) nécessaires au développement des services numériques visées par la présente convention.
Pour assurer ses missions, le délégataire se voit confier par le délégué la gestion de crédits rattachés à l'unité opérationnelle.
Les éléments comptables d'imputation de la dépense sont les suivants :
[[imputation]]
Le comptable assignataire de la dépense est le contrôleur budgétaire et comptable ministériel (CBCM) du ministère de la Justice et des services du Premier ministre.`,
    },
    {
      numero: "7",
      titre: "Modification de la convention",
      corps:
        "Toute modification des conditions ou modalités d'exécution de la présente convention, définie d'un commun accord entre les parties fait l'objet d'un avenant. Les avenants sont transmis aux autorités chargées du contrôle budgétaire et comptable assignataires des parties.",
    },
    {
      numero: "8",
      titre: "Durée, reconduction et résiliation de la convention",
      corps: `La convention est conclue à compter de sa notification et jusqu'au règlement total des opérations objet de la convention. Par défaut, la convention prendra fin au 31 décembre 2025.
Il peut être mis fin à tout moment à la délégation de gestion par l'une des parties, sous réserve du respect d'un préavis écrit de trois mois.
La résiliation de la convention entraîne de plein droit la résiliation des services associés.`,
    },
    {
      numero: "9",
      titre: "Coût de l'opération",
      corps:
        "Pour 2024, la prestation objet de la convention sera conduite par la DINUM pour un budget estimé de 120 000 €. Le MENJ et la DINUM échangeront autant que de besoin s'il s'avère nécessaire de déléguer des crédits supplémentaires.",
    },
    {
      numero: "10",
      titre: "Publication et information",
      corps: `La présente convention sera publiée au bulletin officiel du ministère de l'Education Nationale et de la Jeunesse. Elle sera également publiée sur le site gouvernement.fr géré par le service d'information du gouvernement (www.gouvernement.fr/publications-officielles/delegations-de-gestion) et par le délégataire sur la plateforme data.gouv.fr.
Un exemplaire sera communiqué aux contrôleurs budgétaire et comptable ministériels des services du Premier ministre et du ministère l'Education Nationale et de la Jeunesse.`,
    },
  ],
  echeancier: [
    { annee: 2024, ae: "120000", cp: "10000" },
    { annee: 2025, ae: "0", cp: "110000" },
  ],
  imputation: {
    programme: "214",
    comptableAssignataire: "FAC9460075",
    domaineFonctionnel: "0214-08-02",
    centreFinancier: "0214-CEN2-INFO",
    activite: "021401SI0202",
    centreDeCouts: "DINUPROD75",
    lignesImprimees: [
      "Programme 214",
      "Code du comptable assignataire | FAC9460075",
      "Domaine fonctionnel | 0214-08-02",
      "Centre financier | 0214-CEN2-INFO",
      "Activité | 021401SI0202",
      "Centre de coût : | DINUPROD75",
    ].join("\n"),
    comptableLibelle:
      "le contrôleur budgétaire et comptable ministériel (CBCM) du ministère de la Justice et des services du Premier ministre",
  },
  cofinancements: [],
  signatures: [
    {
      partie: 0,
      mention: "Pour la DNE, le directeur",
      signataireNom: "Audran Le Baron",
      qualite: "directeur du numérique pour l'éducation",
      signee: true,
      autorite: "TITULAIRE",
    },
    {
      partie: 1,
      mention: "Pour la DINUM, la directrice",
      signataireNom: "Stéphanie Schaer",
      qualite: "directrice de la DINUM",
      signee: true,
      autorite: "TITULAIRE",
    },
  ],
  annexes: [],
};
