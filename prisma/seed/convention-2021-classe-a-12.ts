// Seed 004, transcribed from the signed PDF — Convention de délégation de gestion « Classe à 12 » (2021)
import type { ConventionSeed } from "./types";
import { ANNEXE_RGPD } from "./annexe-rgpd";

export const convention2021ClasseA12: ConventionSeed = {
  reference: "2021-SG-DINUM-01",
  type: "DELEGATION_GESTION",
  titre: "Convention de délégation de gestion",
  intitule: "Classe à 12 — phase d'accélération (2021)",
  objet:
    "Définir la répartition des rôles et les modalités de participation financière du délégant et de la DINUM afin d'accélérer le service numérique Classe à 12, qui facilite l'échange de pratiques pédagogiques entre enseignants.",
  statut: "SIGNEE",
  service: "SG",
  dateSignature: "2021-01-26",
  pointDepart: "SIGNATURE",
  regleDuree: "DATE_FIXE",
  dateFin: "2021-12-31",
  preavisMois: 3,
  plafondAe: "50000",
  plafondCp: "50000",
  titrePreambule: "Préambule",
  preambule: `beta.gouv.fr est un programme principalement animé au sein de la DINUM qui aide les ministères et autres partenaires publics à construire des services numériques simples, faciles à utiliser, à l'impact maximal.
beta.gouv.fr constitue des équipes pluridisciplinaires constituée de personnes expertes du numérique et d'un ou plusieurs agents publics issus de l'administration partenaire, agissant en qualité d'« **intrapreneur(s)** ». Ces équipes suivent une démarche de conception de service numérique agile et centrée sur les besoins des utilisateurs parfois surnommée « approche Startup d'État ». Au sein d'un incubateur, les équipes investiguent le problème identifié pour mieux comprendre les besoins des utilisateurs (« **phase d'investigation** »), puis construisent une première solution minimale pour expérimenter et vérifier son utilité réelle sur le terrain (« **phase de construction** »). En cas d'utilité avérée, le service s'améliore, s'étend à de nouveaux périmètres et se déploie (« **phase d'accélération** ») pour ensuite trouver une structure d'accueil propice à sa pérennisation (« **phase de consolidation** » ou « **phase de transfert** »).
Les développements informatiques menés, au titre de la convention en objet et de son premier avenant, ont permis de déployer le service numérique « Classe à 12 » auprès de certaines classes dédoublées à titre d'expérimentation.
Le Fonds pour l'accélération du financement des start-up d'État (FAST) a été doté par la Loi de finances 2019 d'un budget de cinq millions d'euros pour investir dans des solutions concrètes de politiques publiques. En octobre 2019, le deuxième appel à projet FAST a été lancé avec l'objectif de soutenir des solutions numériques existantes développées par des administrations publiques et ayant fait la preuve de leur impact, pour en accélérer le développement et en favoriser le passage à échelle.
Dans le cadre de cet appel à projet, l'équipe du service « Classe à 12 » a présenté à la Direction interministérielle du numérique (DINUM) ses objectifs de montée en gamme du service. La DINUM a retenu 4 lauréats, parmi lesquels « Classe à 12 ». Sur une durée de 6 à 8 mois, le prix obtenu doit permettre de mobiliser des moyens supplémentaires pour mettre en œuvre une stratégie de passage à l'échelle et accompagner celle-ci de façon opérationnelle.
En 2021, l'objectif est de prioriser le déploiement de « Classe à 12 » sur l'ensemble des classes dédoublées et de faire de « Classe à 12 », un usage commun à l'ensemble du corps enseignant des écoles primaires en France. Pour ce faire, un ou plusieurs chargés de déploiement pourront être recrutés afin de soutenir l'action de l'intrapreneur, outre les ressources nécessaires à la consolidation de l'outil et aux extensions fonctionnelles demandées par les utilisateurs. De plus, un deuxième objectif central de 2020, sera de conduire des adaptations et effectuer le déploiement du produit « Classe à 12 », sur un réseau de professeurs impliqués dans l'exécution d'une autre politique publique.`,
  formuleAccord: "Il a été convenu ce qui suit :",
  lieuSignature: "Paris",
  parties: [
    {
      role: "DELEGANT",
      organisation: "SG",
      libelle: "Le ministère de l'Éducation nationale de la Jeunesse et des sports (MENJS)",
      representant: "Marie-Anne Lévêque",
      representantNom: "Marie-Anne Lévêque",
      qualite:
        "secrétaire générale du ministère de l'Éducation nationale , de la Jeunesse et des sports et du ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation",
      mentionRole: "délégrant, d'une part",
      denominations: ["SG du MENJS-MESRI"],
    },
    {
      role: "DELEGATAIRE",
      organisation: "DINUM",
      libelle: "La Direction Interministérielle du Numérique (DINUM)",
      adresse: "20 avenue de Ségur – TSA 30 719 75 334 PARIS Cedex 07",
      representant: "Nadi Bou Hanna",
      representantNom: "Nadi Bou Hanna",
      qualite: "Directeur interministériel du numérique",
      denominations: ["le délégataire", "la DINUM"],
    },
  ],
  basesLegales: [
    {
      texte: "le décret n°2004-1085 du 14 octobre 2004 modifié relatif à la délégation de gestion dans les services de l'Etat",
      ref: "DECRET 2004-1085",
    },
    {
      texte: "le décret n°2012-1246 du 7 novembre 2012 modifié relatif à la gestion budgétaire et comptable publique",
      ref: "DECRET 2012-1246",
    },
    {
      texte:
        "le décret n° 2019-1088 du 25 octobre 2019 relatif au système d'information et de communication de l'Etat et à la direction interministérielle du numérique et notamment son article 6",
      ref: "DECRET 2019-1088",
    },
  ],
  articles: [
    {
      numero: "1",
      titre: "Objet de la délégation",
      corps: `La présente convention a pour objet de définir la répartition des rôles et les modalités de participation financière du délégant et de la DINUM afin d'**accélérer** le service numérique Classe à 12 ayant pour objectif de **faciliter l'échange de pratiques pédagogiques entre enseignants**, en suivant l'approche documentée sur la page https://beta.gouv.fr/approche/.
Conformément à l'article 2 du décret n°2004-1085 du 14 octobre 2004 susvisé, la présente convention précise les obligations respectives des parties et les modalités d'exécution financière de l'action.
Pour assurer ses missions, le délégant autorise la DINUM à consommer des crédits hors titre 2 rattachés à l'unité opérationnelle (UO) **UO 0214-CEN2-LGAC** dont le responsable est le délégant.
Cette autorisation couvre les opérations de dépenses liées à la phase d'accélération du service visé par la présente convention.
Conformément aux dispositions de l'article 2 du décret n° 2004-1085 du 14 octobre 2004 visé en référence, la présente convention précise les obligations respectives des parties et les modalités d'exécution financières.
Elle précise également le montant alloué au projet et les imputations budgétaires et analytiques à renseigner dans CHORUS.`,
    },
    {
      numero: "2",
      titre: "Obligations du délégant",
      corps: `Le délégant s'engage à :
- respecter le manifeste du programme beta.gouv.fr pour l'émergence de services publics numériques, détaillé sur la page https://beta.gouv.fr/approche/manifeste ;
- nommer un ou une agent public au rôle d'"intrapreneur" dans les conditions détaillées sur la page https://beta.gouv.fr/approche/intrapreneurs ;
- désigner une ou un "sponsor" de haut niveau dans les conditions détaillées sur la page https://beta.gouv.fr/approche/sponsors.`,
    },
    {
      numero: "3",
      titre: "Obligations de la DINUM",
      corps: `La DINUM s'engage à intégrer l'équipe du service visé par la présente convention à la communauté beta.gouv.fr : accès aux outils partagés, aux ateliers de partage d'expérience, aux formations et aux différentes ressources transverses proposées (aide juridique, expertise en matière de sécurité, d'accessibilité, d'expérience utilisateur, de droit du numérique, etc).
La DINUM utilise les supports contractuels à sa disposition pour accompagner, mettre en œuvre et garantir l'amélioration continue du service visé par la présente convention, au travers des prestations d'accompagnement, de coaching, de développement, de déploiement, d'expertise UX/UI, de webdesign, etc.
Dans l'utilisation de ces supports contractuels, le délégataire assure les actes de gestion permettant de consommer les AE et les CP, hors titre 2, de l'UO mentionné à l'article 1 dans le respect des règles budgétaires et comptables.`,
    },
    {
      numero: "4",
      titre: "Déroulement des travaux",
      corps: `Les travaux sont organisés sous le pilotage d'un **comité d'investissement** organisé tous les six mois pour évaluer les résultats obtenus par chaque équipe incubée et pour déterminer la suite à donner. Ce comité d'investissement est présidé par le représentant du délégant. La DINUM participe à ce comité d'investissement.
Les codes sources documentés seront publiés en *open source* conformément aux orientations de la circulaire du Premier Ministre 5608/SG du 19 septembre 2012 relative aux orientations pour l'usage des logiciels libres dans l'administration. La DINUM fournira au délégant les bases de données, la documentation, les dossiers CNIL éventuels, les dossiers d'homologation RGS et tous les éléments permettant de poursuivre les partenariats engagés sur les développements existants ou à venir.
Une vigilance particulière devra être accordée par l'ensemble des parties prenantes au respect des règles de protection des données à caractère personnel. Le délégant est responsable du traitement qui sera effectué dans le cadre de la présente convention, la DINUM assurant un rôle de sous-traitant selon la répartition présentée dans le tableau en annexe 1.
Les partenaires s'engagent à respecter les bonnes pratiques recommandées par la DINUM en matière de conception de services numériques, et notamment :
- mesurer et diffuser l'impact des services développés par l'intermédiaire d'une page internet présentant les statistiques du service ;
- organiser régulièrement des ateliers d'analyses de risques en suivant la démarche recommandée par la DINUM et l'ANSSI¹ ;
- pour les services nécessitant d'authentifier des usagers, prévoir l'intégration de France Connect² ;
- suivre les recommandations de l'observatoire de la qualité des démarches en ligne tels que décrites sur https://observatoire.numerique.gouv.fr/ ; pour les démarches en ligne, prévoir l'intégration du bouton "Je Donne Mon Avis"³.`,
      notes: [
        "https://www.ssi.gouv.fr/uploads/2018/11/guide-securite-numerique-agile-anssi-pa-v1.pdf",
        "https://franceconnect.gouv.fr/partenaires/",
        "https://observatoire.numerique.gouv.fr/Aide/Int%C3%A9gration%20du%20bouton%20MonAvis",
      ],
    },
    {
      numero: "5",
      titre: "Exécution financière de la délégation",
      corps: `Le délégant s'engage à mettre à disposition du délégataire les crédits nécessaires au co-financement de l'action. Le montant des crédits mis à disposition est fixé à un montant maximum de 50 000 € en autorisations d'engagements (AE) et en crédits de paiement (CP).
Le délégant fournit en temps utile tous les éléments d'information dont le délégataire a besoin pour l'exercice de sa délégation, notamment les références d'imputation de la dépense (centre financier, domaine fonctionnel, centre de coûts, codes activités) et tout élément relatif à la certification du service fait.
Le responsable de BOP met ces crédits à disposition de l'UO 0214-CEN2-LGAC selon l'échéancier prévisionnel suivant.
[[echeancier]]
Le délégataire est chargé, en sa qualité de pouvoir adjudicateur, de la passation, de la signature et de l'exécution des actes juridiques (marchés publics, accords-cadres, conventions, etc.) nécessaires au développement des services numériques visées par la présente convention.
Pour assurer ses missions, le délégataire se voit confier par le délégant la gestion de crédits rattachés à l'unité opérationnelle l'UO 0214-CEN2-LGAC
Le délégant fournit en temps utile tous les éléments d'information dont le délégataire a besoin pour l'exercice de sa délégation, notamment les références d'imputation de la dépense et tout élément relatif à la certification du service fait.
[[parametrage]]
Le délégataire co-finance le service Classe à 12 à hauteur de 50 000 euros au titre du Fonds d'accélération des Startups d'Etat (FAST).
En application de l'article 4 du décret n°2004-1085 du 14 octobre 2004 susvisé, le délégataire exerce, pour le compte du délégant, la fonction d'ordonnateur des dépenses et des recettes relevant de l'UO 0214-CEN2-LGAC. Le délégataire est chargé, en sa qualité de pouvoir adjudicateur, de la passation, de la signature et de l'exécution des actes juridiques (marchés publics, accords-cadres, conventions, etc.) nécessaires au développement des services numériques visés par la présente convention.
Le délégataire est chargé de retranscrire les opérations de dépenses dans le système d'information financier de l'Etat CHORUS, en lien avec le centre de services partagés financiers des services du Premier ministre.
Le délégataire s'engage à rendre compte au délégant des dépenses réalisées sur l'UO 0214-CEN2-LGAC au terme de la période fixée à l'article 2.
La somme des crédits engagés par le délégataire ne pourra dépasser la limite du montant alloué par le délégant. En cas d'insuffisance des crédits, le délégataire informe le délégant sans délai. A défaut d'ajustement de la dotation, le délégataire suspend l'exécution de la délégation. Dans l'hypothèse où les crédits mis à disposition par le délégant ne seraient pas entièrement consommés par le délégataire, celui-ci s'engage à en informer le délégant dans les meilleurs délais.
[[imputation]]`,
    },
    {
      numero: "6",
      titre: "Modification du document",
      corps:
        "Toute modification des conditions ou modalités d'exécution de la présente convention, définie d'un commun accord entre les parties, fait l'objet d'un avenant de droit dont un exemplaire est transmis au contrôleur budgétaire et comptable ministériel du Premier Ministre et du délégant.",
    },
    {
      numero: "7",
      titre: "Durée et résiliation de la convention",
      corps: `La présente convention prend effet à la date de signature de la convention. Elle est conclue jusqu'au 31 décembre 2021.
La période d'effet de la convention couvre l'engagement des dépenses, la réalisation des prestations et le paiement des dépenses effectuées dans le cadre de la délégation de gestion sur l'UO.
De plus, la durée d'exécution du ou des bon(s) de commande sur marchés, passé(s) dans le cadre de cette convention, devra être conforme aux règles édictées dans le marché utilisé.
Conformément à l'article 5 du décret 2004-1085 du 14 octobre 2004 susvisé, il peut être mis fin à tout moment à la délégation de gestion par l'une des parties, sous réserve du respect d'un préavis de trois mois.
La résiliation de la convention entraîne de plein droit la résiliation des services associés.`,
    },
    {
      numero: "8",
      titre: "Publication de la délégation",
      corps:
        "La présente convention sera publiée selon les modalités propres de chaque département ministériel concerné, conformément à l'article 2 du décret n°2004-1085 du 14 octobre 2004. Elle sera notamment publiée par la Direction des services administratifs et financiers du Premier ministre sur gouvernement.fr et par le délégataire sur data.gouv.fr.",
    },
  ],
  echeancier: [{ annee: 2021, ae: "50000", cp: "50000" }],
  imputation: {
    intitule: "Référence Chorus",
    ministere: "MENJS",
    programme: "214",
    bop: "SAAM",
    centreFinancier: "0214-CEN2-LGAC",
    activite: "021401FC0503",
    centreDeCouts: "CENLOG 1075",
    lignesImprimees: [
      "Ministère | MENJS",
      "Code programme | P 214 _ BOP SAAM",
      "Centre financier | 0214-CEN2-LGAC",
      "Activité | 021401FC0503",
      "Centre de coûts | CENLOG 1075",
    ].join("\n"),
  },
  parametrage: {
    servicePrescripteur: "Premier Ministre",
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
    { partie: 0, mention: "La Secrétaire générale du MENJ-MESRI", dateSignature: "2021-01-26", signee: true, autorite: "TITULAIRE" },
    { partie: 1, mention: "Le DINUM", dateSignature: "2021-01-26", signee: true, autorite: "TITULAIRE" },
  ],
  annexes: [ANNEXE_RGPD],
};
