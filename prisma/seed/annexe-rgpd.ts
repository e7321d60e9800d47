// Annexe 1 of seed 004 (signed PDF): GDPR responsibilities (DINUM / partner).
export const ANNEXE_RGPD = {
  numero: "1",
  titre: "tableau de répartition des responsabilités RGPD",
  tableau: {
    colonnes: ["", "DINUM", "Délégrant/nom du partenaire"],
    lignes: [
      [
        "Respect de la vie privée (DPD, registre et conformité générale)",
        "Obligation de transparence et de traçabilité et mise en œuvre des principes de *privacy by design*",
        "Mise en œuvre du cadre juridique en vigueur et notamment les textes*, la désignation du DPD, la tenue du registre des traitements. Obligation de transparence et de traçabilité et instructions pour la mise en œuvre des principes de *privacy by design* *",
      ],
      [
        "Données traitées dans le cadre du téléservice",
        "Mise en œuvre du traitement pour les seules finalités, destinataires, durées de conservation... fixés par le partenaire",
        "Détermination des finalités, destinataires, durées de conservation... Fourniture des données nécessaires à la réalisation du traitement",
      ],
      [
        "Sécurité du traitement et confidentialité (organisationnel)",
        "Obligation de confidentialité des agents et sous-traitants. Assurer que seuls les agents habilités ont accès aux données traitées. Mise en œuvre des mesures de sécurité déterminées par le partenaire",
        "Analyse de risques et détermination de mesures à prendre pour les couvrir ou les atténuer* Obligation de confidentialité des agents et sous-traitants. Assurer que seuls les agents habilités ont accès aux données traitées.",
      ],
      [
        "Violation de données",
        "Obligation d'alerte, d'assistance et de conseil, sans délai :\n- Notification de toute violation de données selon la procédure définie par le responsable de traitement.\n- Mise en œuvre de toute mesure garantissant un niveau de sécurité adapté aux risques.",
        "Définition de la procédure de notification en cas de violation de données*. Obligation de tenir le registre des incidents de sécurité. Obligation d'information (de la CNIL et, le cas échéant, des personnes concernées) pour toute compromission détectée (agent, sous-traitant, réseau)",
      ],
      [
        "Sécurité des systèmes d'information",
        "Analyse de risque et homologation RGS Mise en œuvre des mesures de sécurité nécessaires susceptibles de garantir la confidentialité du traitement et l'intégrité des données traitées, y compris auprès de ses sous-traitants (anonymisation, hébergement, gestion des habilitations...)",
        "Partage des pratiques mises en œuvre habituellement dans la direction. Participation à l'analyse de risque et homologation RGS [Garantie que les mêmes mesures de sécurité sont mises en œuvre en interne (accès aux données, export...) par la direction ou ses sous-traitants.]",
      ],
      [
        "Droits des personnes",
        "Accompagnement à la formalisation de l'exercice des droits. Mettre en œuvre le devoir d'information et les droits des personnes selon les modalités prévues par le responsable de traitement.",
        "Devoir d'information des personnes concernées Fixation du cadre applicable (nature des droits, exception au cadre général de la protection des données) ; Déterminer les modalités d'exercice des droits.",
      ],
      [
        "Transfert (ou arrêt) de la start-up",
        "Le cas échéant, transfert des données au partenaire et, de façon générale, suppression de l'ensemble des données transférées et destruction des copies",
        "Assurer en interne tout le volet sécurité du SI si transfert de la start-up au responsable de traitement.",
      ],
      [
        "Sous-traitance",
        "Information préalable des sous-traitants mobilisés par la DINUM dans le cadre du projet. Engagement de confidentialité Veiller à ce que les sous-traitants soient sensibilisés à la protection des données.",
        "Information préalable des sous-traitants mobilisés par le responsable de traitement dans le cadre du projet. Engagement de confidentialité Veiller à ce que les sous-traitants soient sensibles à la protection des données.",
      ],
      [
        "Travaux de conformité (mentions d'information, analyse d'impact, mentions légales et CGU)",
        "Fournit l'ensemble des informations nécessaires à la réalisation de la documentation.",
        "Rédaction de l'ensemble de la documentation*. Demande d'avis à la DINUM avant la publication de tout texte juridique relatif au traitement*",
      ],
      [
        "Audits",
        "Se rendre disponible aux sollicitations des auditeurs. Proposer des mesures de contingences, indiquer la faisabilité et les prioriser.",
        "Supervision du traitement et réalisation des audits nécessaires (RGS, RGAA, ...)",
      ],
      ["Territorialité", "Engagement à traiter les données à caractère personnel sur le territoire national ou européen.", ""],
      [
        "RH",
        "Mobilisation des personnels susceptibles de participer à la bonne sécurisation du projet.",
        "Mobilisation des personnels susceptibles de participer à la bonne sécurisation du projet.",
      ],
    ],
  },
};
