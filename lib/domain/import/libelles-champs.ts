// The name of a field read by an import, in French, for its review screen: « parties.0.role » →
// « Partie 1 — rôle ».
const SIMPLES: Record<string, string> = {
  titre: "Titre",
  type: "Type de convention",
  dateConvention: "Date",
  objet: "Objet",
  preambule: "Préambule",
  plafondAe: "Plafond AE",
  plafondCp: "Plafond CP",
  echeancier: "Échéancier",
  pointDepart: "Point de départ de la durée",
  dateEffet: "Date d'effet",
  regleDuree: "Règle de durée",
  dateFin: "Date de fin",
  preavisMois: "Préavis",
  publication: "Publication",
  lieuSignature: "Lieu de signature",
  "avenant.numero": "Numéro de l'avenant",
  "avenant.convention": "Convention modifiée",
};
const DE_PARTIE: Record<string, string> = {
  libelle: "désignation",
  role: "rôle",
  organisation: "organisation du référentiel",
  adresse: "adresse",
  representantNom: "représentant",
  qualite: "qualité",
  denominations: "dénominations",
};
const DE_CODE: Record<string, string> = {
  programme: "programme",
  bop: "BOP",
  centreFinancier: "centre financier",
  domaineFonctionnel: "domaine fonctionnel",
  activite: "activité",
  centreDeCouts: "centre de coûts",
  comptableAssignataire: "comptable assignataire",
  ministere: "ministère",
};

export function libelleChamp(chemin: string): string {
  if (SIMPLES[chemin]) return SIMPLES[chemin]!;
  const [tete, n, suite] = chemin.split(".");
  const rang = Number(n) + 1;
  switch (tete) {
    case "parties":
      return suite ? `Partie ${rang} — ${DE_PARTIE[suite] ?? suite}` : `Partie ${rang}`;
    case "basesLegales":
      return `Visa ${rang}`;
    case "articles":
      return `Article (${rang}e)`;
    case "signatures":
      return suite === "dateSignature" ? `Signature ${rang} — date` : `Signature ${rang}`;
    case "annexes":
      return `Annexe ${rang}`;
    case "cofinancements":
      return `Co-financement ${rang}`;
    case "imputation":
      return `Imputation — ${DE_CODE[n ?? ""] ?? n}`;
    case "parametrage":
      return `Paramétrage Chorus — ${n}`;
    case "avenant":
      return n === "changements" ? `Changement ${Number(suite) + 1} de l'avenant` : chemin;
    default:
      return chemin;
  }
}
