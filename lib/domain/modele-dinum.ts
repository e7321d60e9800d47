// The usual DINUM article skeleton of a délégation de gestion (seeds 003 and 004): purpose,
// obligations of each party, steering, financial execution, modification, duration and
// termination, publication. Filled from the structured fields; every text stays editable.
import type { PointDepart } from "./echeances";
import { formatDateLongue } from "./dates";
import { formatMontant } from "./money";
import { montantEnLettres } from "./montant-en-lettres";
import { A_COMPLETER } from "./texte";

const ARTICLES = /^(le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces)(\s|$|(?<=['’]))/i;
// An infinitive opens most purposes typed as a sentence (« Confier à la DINUM… », « Assurer… »).
const INFINITIF = /^\p{L}+(er|ir|re|oir)$/iu;

/** The purpose as the object of « La présente convention a pour objet … » : « Confier à la DINUM
 *  la gestion » becomes « de confier à la DINUM la gestion », « La délégation » becomes « la
 *  délégation »; an acronym keeps its capitals; the sentence ends with a full stop. */
export function objetDansLaPhrase(objet: string): string {
  let texte = objet.trim().replace(/\s+/g, " ");
  if (!texte) return texte;
  const premier = texte.split(" ")[0]!;
  const sigle = premier.length > 1 && premier === premier.toUpperCase();
  if (!sigle) texte = texte[0]!.toLowerCase() + texte.slice(1);
  if (!sigle && !ARTICLES.test(texte) && INFINITIF.test(premier)) texte = `${/^[aeiouyéèêâîôûh]/i.test(texte) ? "d'" : "de "}${texte}`;
  return /[.!?…]$/.test(texte) ? texte : `${texte}.`;
}

export type ParametresModele = {
  delegataire: { denomination: string }; // « la DINUM »
  objet: string;
  centreFinancier: string | null;
  plafondAe: bigint | null;
  plafondCp: bigint | null;
  dateFin: string | null;
  regleDuree: "DATE_FIXE" | "JUSQU_AU_REGLEMENT";
  pointDepart: PointDepart;
  dateEffet?: string | null;
  preavisMois: number | null;
  bulletinOfficiel: string; // « du ministère de l'Éducation nationale »
};

const AFAIRE = A_COMPLETER;
const enLettresEtChiffres = (cents: bigint | null) => (cents === null ? AFAIRE : `${montantEnLettres(cents)} (${formatMontant(cents)})`);
const MOIS_EN_LETTRES = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];

export const BASES_LEGALES_DINUM = [
  "l'ordonnance n° 2022-408 du 23 mars 2022 relative au régime de responsabilité financière des gestionnaires publics",
  "le décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion dans les services de l'État",
];

export function articlesModeleDinum(p: ParametresModele): { numero: string; titre: string; corps: string }[] {
  const uo = p.centreFinancier ?? AFAIRE;
  const plafonds =
    p.plafondAe !== null && p.plafondAe === p.plafondCp
      ? `un montant maximum de ${enLettresEtChiffres(p.plafondAe)} en autorisations d'engagement (AE) et en crédits de paiement (CP)`
      : `un montant maximum de ${enLettresEtChiffres(p.plafondAe)} en autorisations d'engagement (AE) et de ${enLettresEtChiffres(p.plafondCp)} en crédits de paiement (CP)`;
  const depart = {
    SIGNATURE: "de sa signature",
    NOTIFICATION: "de sa notification",
    PUBLICATION: "de sa publication",
    DATE_EFFET: p.dateEffet ? `du ${formatDateLongue(p.dateEffet)}` : `du ${AFAIRE}`,
  }[p.pointDepart];
  const fin = p.dateFin ? formatDateLongue(p.dateFin) : AFAIRE;
  const duree =
    p.regleDuree === "JUSQU_AU_REGLEMENT"
      ? `La convention est conclue à compter ${depart} et jusqu'au règlement total des opérations objet de la convention. Par défaut, la convention prendra fin au ${fin}.`
      : `La présente convention prend effet à compter ${depart}. Elle est conclue jusqu'au ${fin}.`;
  const preavis = p.preavisMois ?? 3;
  return [
    { numero: "1", titre: "Objet de la délégation", corps: `La présente convention a pour objet ${objetDansLaPhrase(p.objet) || AFAIRE}` },
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
Il s'engage à rendre compte au délégant au terme de la convention des dépenses réalisées et de l'avancement des travaux et à présenter un compte-rendu de gestion.`,
    },
    {
      numero: "4",
      titre: "Obligations du délégant",
      corps: `Le délégant s'engage à vérifier la disponibilité des crédits avant tout engagement juridique et à fournir en temps utile tous les éléments d'information dont le délégataire a besoin pour l'exercice de sa mission. Les crédits concernés par cette gestion seront mis à disposition sur l'UO ${uo}.
Il transmet dans les meilleurs délais les constatations de service fait au délégataire.
Il s'engage à définir et à quantifier ses besoins et à les communiquer en temps utile à ${p.delegataire.denomination || "la DINUM"}.`,
    },
    {
      numero: "5",
      titre: "Suivi de l'exécution de la prestation",
      corps:
        "Les travaux sont organisés sous le pilotage d'un comité d'investissement, réuni tous les six mois pour évaluer les résultats obtenus et déterminer la suite à donner. Ce comité est présidé par le représentant du délégant ; le délégataire y participe.",
    },
    {
      numero: "6",
      titre: "Exécution financière de la délégation",
      corps: `Le délégant met à disposition du délégataire ${plafonds}, sur l'UO ${uo}, selon l'échéancier prévisionnel et indicatif suivant et sur demande du délégataire :
[[echeancier]]
Le délégataire est chargé, en sa qualité de pouvoir adjudicateur, de la passation, de la signature et de l'exécution des actes juridiques (marchés publics, accords-cadres, conventions, etc.) nécessaires à l'exécution de la présente convention.
La somme des crédits engagés par le délégataire ne pourra dépasser la limite du montant alloué par le délégant. En cas d'insuffisance des crédits, le délégataire en informe le délégant sans délai.
Les éléments comptables d'imputation de la dépense sont les suivants :
[[imputation]]`,
    },
    {
      numero: "7",
      titre: "Modification de la convention",
      corps:
        "Toute modification des conditions ou modalités d'exécution de la présente convention, définie d'un commun accord entre les parties, fait l'objet d'un avenant. Les avenants sont transmis aux autorités chargées du contrôle budgétaire et comptable assignataires des parties.",
    },
    {
      numero: "8",
      titre: "Durée, reconduction et résiliation de la convention",
      corps: `${duree}
Il peut être mis fin à tout moment à la délégation de gestion par l'une des parties, sous réserve du respect d'un préavis écrit de ${MOIS_EN_LETTRES[preavis] ?? preavis} mois.
La résiliation de la convention entraîne de plein droit la résiliation des services associés.`,
    },
    {
      numero: "9",
      titre: "Publication et information",
      corps: `La présente convention sera publiée au bulletin officiel ${p.bulletinOfficiel}. Elle sera également publiée sur le site gouvernement.fr et par le délégataire sur la plateforme data.gouv.fr.
Un exemplaire sera communiqué aux contrôleurs budgétaires et comptables ministériels des parties.`,
    },
  ];
}
