// The kinds of notification an agent receives, in the words of their preferences page.
export const TYPES_NOTIFICATION = [
  "REVUE_DEMANDEE",
  "COMMENTAIRE",
  "MODIFICATIONS_DEMANDEES",
  "SECTION_APPROUVEE",
  "PRETE_A_SIGNER",
  "A_VOUS_DE_SIGNER",
  "ALERTE_EXECUTION",
  "DEMANDE_ACCES",
  "PUBLICATION_EN_ERREUR",
  "ECHEANCE",
] as const;
export type TypeNotification = (typeof TYPES_NOTIFICATION)[number];

export const LIBELLES_NOTIFICATION: Record<TypeNotification, string> = {
  REVUE_DEMANDEE: "Demandes de revue",
  COMMENTAIRE: "Commentaires et réponses sur vos documents",
  MODIFICATIONS_DEMANDEES: "Demandes de modifications",
  SECTION_APPROUVEE: "Sections approuvées",
  PRETE_A_SIGNER: "Documents prêts à signer",
  A_VOUS_DE_SIGNER: "Signatures qui vous attendent",
  ALERTE_EXECUTION: "Alertes de l'exécution financière",
  DEMANDE_ACCES: "Demandes d'accès à examiner",
  PUBLICATION_EN_ERREUR: "Publications en erreur",
  ECHEANCE: "Échéances : fin, préavis, publication en retard",
};
