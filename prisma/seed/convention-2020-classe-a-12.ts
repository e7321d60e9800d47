// Seed 001, transcribed from the signed PDF — Convention de service « Classe à 12 » (FAST 2020)
import type { ConventionSeed } from "./types";

const DELEGATION = `En application de l'article 4 du décret n°2004-1085 du 14 octobre 2004 visé en référence, le délégataire exerce, pour le compte du délégant, la fonction d'ordonnateur des dépenses et des recettes relevant de l'UO 0181-CPRI-ELAB.
Le délégataire est chargé, en sa qualité de pouvoir adjudicateur, de la passation, de la signature et de l'exécution des actes juridiques (marchés publics, accords-cadres, conventions, etc.) nécessaires au développement des services numériques visés par la présente convention.
Le délégataire est chargé de retranscrire les opérations de dépenses dans le système d'information financier de l'Etat CHORUS, en lien avec le centre de services partagés financiers des services du Premier ministre.
Le délégataire s'engage à rendre compte au délégant des dépenses réalisées sur l'UO 0181-CPRI-ELAB au terme de la période fixée à l'article 2.
La somme des crédits engagés par le délégataire ne pourra dépasser la limite du montant alloué par le délégant. En cas d'insuffisance des crédits, le délégataire informe le délégant sans délai. A défaut d'ajustement de la dotation, le délégataire suspend l'exécution de la délégation. Dans l'hypothèse où les crédits mis à disposition par le délégant ne seraient pas entièrement consommés par le délégataire, celui-ci s'engage à en informer le délégant dans les meilleurs délais.`;

export const convention2020ClasseA12: ConventionSeed = {
  reference: "2020-SG-DINUM-01",
  type: "CONVENTION_SERVICE",
  titre: "Convention de service",
  intitule: "Classe à 12 — passage à l'échelle (FAST 2020)",
  objet:
    "Prioriser le déploiement de « Classe à 12 » à l'ensemble des classes de grande section et du primaire dédoublées en France et adapter le produit à une autre politique publique, avec le co-financement du FAST.",
  statut: "SIGNEE_PARTIELLEMENT",
  service: "SG",
  pointDepart: "SIGNATURE",
  regleDuree: "DATE_FIXE",
  dateFin: "2021-12-31",
  plafondAe: "50000",
  plafondCp: "50000",
  titrePreambule: "Contexte",
  preambule: `Les développements informatiques menés, au titre de la convention en objet et de son premier avenant, ont permis de déployer le service numérique « Classe à 12 » auprès de certaines classes dédoublées à titre d'expérimentation.
Le Fonds pour l'accélération du financement des start-up d'État (FAST) a été doté par la Loi de finances 2019 d'un budget de cinq millions d'euros pour investir dans des solutions concrètes de politiques publiques. En octobre 2019, le deuxième appel à projet FAST a été lancé avec l'objectif de soutenir des solutions numériques existantes développées par des administrations publiques et ayant fait la preuve de leur impact, pour en accélérer le développement et en favoriser le passage à échelle.
Dans le cadre de cet appel à projet, l'équipe du service « Classe à 12 » a présenté à la Direction interministérielle du numérique (DINUM) ses objectifs de montée en gamme du service. La DINUM a retenu 4 lauréats, parmi lesquels « Classe à 12 ». Sur une durée de 6 à 8 mois, le prix obtenu doit permettre de mobiliser des moyens supplémentaires pour mettre en œuvre une stratégie de passage à l'échelle et accompagner celle-ci de façon opérationnelle.
En 2020, l'objectif est de prioriser le déploiement de « Classe à 12 » sur l'ensemble des classes dédoublées et de faire de « Classe à 12 », un usage commun à l'ensemble du corps enseignant des écoles primaires en France. Pour ce faire, un ou plusieurs chargés de déploiement pourront être recrutés afin de soutenir l'action de l'intrapreneur, outre les ressources nécessaires à la consolidation de l'outil et aux extensions fonctionnelles demandées par les utilisateurs.
De plus, un deuxième objectif central de 2020, sera de conduire des adaptations et effectuer le déploiement du produit « Classe à 12 », sur un réseau de professeurs impliqués dans l'exécution d'une autre politique publique.`,
  lieuSignature: "Paris",
  parties: [
    {
      role: "DELEGANT",
      organisation: "SG",
      libelle: "Le ministère de l'Éducation nationale et de la Jeunesse (MENJ)",
      representant: "Marie-Anne Lévêque",
      representantNom: "Marie-Anne Lévêque",
      qualite:
        "secrétaire générale du ministère de l'Éducation nationale et de la Jeunesse et du ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation",
      mentionRole: "déléguant, d'une part",
      denominations: ["SG du MENJ-MESRI"],
    },
    {
      role: "DELEGATAIRE",
      organisation: "DINUM",
      libelle: "La Direction Interministérielle du Numérique (DINUM)",
      adresse: "20 avenue de Ségur - TSA 30719, 75334 PARIS Cedex 07",
      representant: "Nadi Bou Hanna",
      representantNom: "Nadi BOU HANNA",
      qualite: "Directeur interministériel du numérique",
      mentionRole: "déléguataire, d'autre part",
      denominations: ["DINUM"],
    },
  ],
  basesLegales: [],
  articles: [
    {
      numero: "1",
      titre: "Transformation de la DINSIC en DINUM",
      corps: `Le décret n° 2019-1088 du 25 octobre 2019 a institué la direction interministérielle du numérique (DINUM). Celle-ci est en charge de la stratégie numérique de l'Etat et de la coordination de sa mise en œuvre. Elle accompagne les ministères dans leur transformation numérique, conseille le gouvernement et développe des services et ressources partagées. Elle pilote, avec l'appui des ministères, le programme « TECH.GOUV » d'accélération de la transformation numérique du service public. Rattachée au secrétariat général du Gouvernement, et placée sous l'autorité du ministre de l'action et des comptes publics, la DINUM succède à la direction interministérielle du numérique et du système d'information et de communication de l'Etat (DINSIC), qui est supprimée et dont elle reprend l'essentiel des attributions.
Par voie de conséquence, la référence à la « direction interministérielle du numérique et du système d'information et de communication de l'Etat » (DINSIC) est remplacée par la référence à la « direction interministérielle du numérique » (DINUM), et la référence au « directeur interministériel du numérique et du système d'information et de communication de l'Etat » est remplacée par la référence au « directeur interministériel du numérique » dans la convention initiale.`,
    },
    {
      numero: "2",
      titre: "Durée et résiliation du document",
      corps: "La convention s'initie lors de la signature des deux parties et prendra fin en décembre 2021.",
    },
    {
      numero: "3",
      titre: "Rôles et engagement des parties",
      corps: `L'objectif en 2020 est de prioriser le déploiement de « Classe à 12 » à l'ensemble des classes de grande section et du primaire dédoublées en France et d'adapter le produit de « Classe à 12 » à une autre politique publique. L'adoption par le réseau du corps professoral concerné passera notamment par l'embarquement d'un intrapreneur pertinent pour porter ce sujet.
La DINUM s'engage à :
- accompagner le partenaire dans le développement en garantissant le coaching de « Classe à 12 » et en assurant son développement numérique de façon agile, au plus près des besoins des utilisateurs ;
- aider dans le recrutement de chargé(s) de déploiement et dans la stratégie ;
- porter une attention particulière dans la prise en compte des nouveaux objectifs faisant l'objet de la présente convention.
Le Ministère de l'Education Nationale et de la Jeunesse s'engage à :
- Intégrer dans l'équipe un ou plusieurs chargé(e)s de déploiement afin d'augmenter le volume des usages de la plateforme sur les classes primaires et de grande section dédoublées en France ;
- Trouver un intrapreneur pouvant adapter le modèle de « Classe à 12 » sur le corps professoral impliqué dans l'exécution d'une autre politique publique éducative ;
- Accompagner le lancement et le déploiement du modèle de « Classe à 12 » sur une autre politique publique.`,
    },
    {
      numero: "4",
      titre: "Dispositions financières",
      corps: `### Mise à disposition de crédits
Le délégant s'engage à mettre à disposition du délégataire les crédits nécessaires au co-financement de l'action. Le montant des crédits mis à disposition est fixé à un montant maximum de 50 000 € en autorisations d'engagements (AE) et en crédits de paiement (CP).
Le délégant fournit en temps utile tous les éléments d'information dont le délégataire a besoin pour l'exercice de sa délégation, notamment les références d'imputation de la dépense (centre financier, domaine fonctionnel, centre de coûts, codes activités) et tout élément relatif à la certification du service fait.
Le responsable de BOP met ces crédits à disposition de l'UO 0181-CPRI-ELAB selon l'échéancier prévisionnel suivant.
[[echeancier]]
[[parametrage]]
### Délégation de gestion
Le délégataire co-finance le service Classe à 12 à hauteur de 50 000 euros au titre du Fonds d'accélération des Startups d'Etat (FAST).
${DELEGATION}`,
    },
  ],
  echeancier: [{ annee: 2020, ae: "50000", cp: "50000" }],
  imputation: { programme: "181", centreFinancier: "0181-CPRI-ELAB" },
  parametrage: {
    servicePrescripteur: "Premier ministre",
    societe: "ADCE",
    organisationAchat: "C009",
    groupeAcheteurs: "6GL",
    rtm: "SPM-CSP SPM Mutualisé",
    codeServiceExecutant: "CSPSPM0075",
    comptableAssignataire: "9510",
    centreDeCouts: "DININCUB",
  },
  cofinancements: [{ financeur: "DINUM", fonds: "Fonds d'accélération des Startups d'Etat (FAST)", montant: "50000" }],
  signatures: [
    { partie: 1, mention: "Pour la DINUM,", signee: true, autorite: "TITULAIRE" },
    { partie: 0, mention: "Pour le MENJ,", signee: false, autorite: "TITULAIRE" },
  ],
  annexes: [],
};
