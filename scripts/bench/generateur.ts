// Varied conventions of the genre for the import's round trip (npm run bench:import-aller-retour):
// parties of several ministries with their representatives, legal bases, a preamble, the DINUM
// model's articles filled with random amounts, dates, durations and notices, a schedule over one to
// four years, imputation codes, signature blocks with their dates, sometimes the GDPR annex.
// Deterministic: the same seed gives the same documents.
import { articlesModeleDinum, BASES_LEGALES_DINUM } from "../../lib/domain/modele-dinum";
import type { ConventionSeed } from "../../prisma/seed/types";
import { ANNEXE_RGPD } from "../../prisma/seed/annexe-rgpd";

/** Organisations the bench adds to the referential, besides the demo's. */
export const ORGANISATIONS_BENCH = [
  { sigle: "MC", nom: "Ministère de la Culture", adresse: "182 rue Saint-Honoré, 75001 Paris" },
  { sigle: "DGFIP", nom: "Direction générale des finances publiques", adresse: "120 rue de Bercy, 75012 Paris" },
  { sigle: "MASA", nom: "Ministère de l'Agriculture et de la Souveraineté alimentaire", adresse: "78 rue de Varenne, 75007 Paris" },
  { sigle: "DGEFP", nom: "Délégation générale à l'emploi et à la formation professionnelle", adresse: "14 avenue Duquesne, 75007 Paris" },
  { sigle: "DILA", nom: "Direction de l'information légale et administrative", adresse: "26 rue Desaix, 75015 Paris" },
] as const;

const DELEGANTS = [
  {
    sigle: "DNE",
    libelle: "La Direction du numérique pour l'éducation (DNE)",
    qualite: "directeur du numérique pour l'éducation",
    pour: "la DNE",
  },
  {
    sigle: "SG",
    libelle: "Le Secrétariat général du ministère de l'Éducation nationale et de la Jeunesse (SG)",
    qualite: "secrétaire général",
    pour: "le SG",
  },
  {
    sigle: "MC",
    libelle: "Le Ministère de la Culture (MC)",
    qualite: "secrétaire général du ministère de la Culture",
    pour: "le ministère de la Culture",
  },
  {
    sigle: "DGFIP",
    libelle: "La Direction générale des finances publiques (DGFIP)",
    qualite: "directeur général des finances publiques",
    pour: "la DGFIP",
  },
  {
    sigle: "MASA",
    libelle: "Le Ministère de l'Agriculture et de la Souveraineté alimentaire (MASA)",
    qualite: "secrétaire générale",
    pour: "le MASA",
  },
  {
    sigle: "DGEFP",
    libelle: "La Délégation générale à l'emploi et à la formation professionnelle (DGEFP)",
    qualite: "déléguée générale à l'emploi et à la formation professionnelle",
    pour: "la DGEFP",
  },
  {
    sigle: "DILA",
    libelle: "La Direction de l'information légale et administrative (DILA)",
    qualite: "directrice de l'information légale et administrative",
    pour: "la DILA",
  },
] as const;

const PRENOMS = ["Claire", "Julien", "Sophie", "Karim", "Hélène", "Thomas", "Aurélie", "Mathieu", "Nadia", "François", "Élodie", "Yves"];
const NOMS = [
  "Martin",
  "Bernard",
  "Lefèvre",
  "Benali",
  "Moreau",
  "Girard",
  "Roux",
  "Fontaine",
  "Chevalier",
  "Garnier",
  "Le Goff",
  "N'Diaye",
];
const SERVICES = [
  "Mon Espace Formation",
  "Pass Culture Pro",
  "Démarches Agricoles",
  "Signal Conso Pro",
  "Aides Jeunes",
  "Annuaire des Entreprises",
  "Rendez-vous Préfecture",
  "Portail des Subventions",
];
const OBJETS = [
  (s: string) => `Confier à la DINUM la gestion des crédits nécessaires au développement du service numérique « ${s} »`,
  (s: string) => `Assurer le financement de la phase d'accélération du service « ${s} » porté par l'incubateur de la DINUM`,
  (s: string) => `Déléguer à la DINUM l'exécution des dépenses liées à l'hébergement et à la maintenance du service « ${s} »`,
];
const PREAMBULES = [
  "L'incubateur de services numériques de la DINUM accompagne les administrations dans la conception de services publics numériques simples et utiles.",
  "Les équipes constituées associent des personnes expertes du numérique et des agents publics de l'administration partenaire, agissant en qualité d'intrapreneurs.",
  "Le service a démontré son utilité auprès de ses premiers usagers lors de la phase d'investigation conduite en lien avec les services déconcentrés.",
  "La présente convention vise à poursuivre son déploiement sur l'ensemble du territoire.",
];
const VISAS_EN_PLUS = [
  { texte: "le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique", ref: "DECRET 2012-1246" },
  {
    texte:
      "le décret n° 2019-1088 du 25 octobre 2019 relatif au système d'information et de communication de l'État et à la direction interministérielle du numérique",
    ref: "DECRET 2019-1088",
  },
];
const PROGRAMMES = [
  { programme: "129", bop: "0129-CDIN", cf: "0129-CDIN-DINU" },
  { programme: "214", bop: "0214-CEN2", cf: "0214-CEN2-INFO" },
  { programme: "224", bop: "0224-DGCA", cf: "0224-DGCA-SNUM" },
  { programme: "156", bop: "0156-CDGF", cf: "0156-CDGF-NUME" },
  { programme: "215", bop: "0215-CSAG", cf: "0215-CSAG-SIRH" },
];

export function generateur(graine = 20261206) {
  let etat = graine;
  const hasard = () => (etat = (etat * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const entre = (min: number, max: number) => min + Math.floor(hasard() * (max - min + 1));
  const un = <T>(liste: readonly T[]) => liste[Math.floor(hasard() * liste.length)]!;
  const deux = (n: number) => String(n).padStart(2, "0");

  return function convention(i: number): ConventionSeed {
    const delegant = un(DELEGANTS);
    const service = un(SERVICES);
    const objet = un(OBJETS)(service);
    const annee = entre(2019, 2026);
    const dateConvention = `${annee}-${deux(entre(1, 12))}-${deux(entre(1, 28))}`;
    const dateSignature = dateConvention;
    const nbAnnees = entre(1, 4);
    const dateFin = `${annee + nbAnnees - 1}-12-31`;
    const regleDuree = hasard() < 0.3 ? "JUSQU_AU_REGLEMENT" : "DATE_FIXE";
    const pointDepart = hasard() < 0.5 ? "SIGNATURE" : "NOTIFICATION";
    const preavisMois = entre(1, 6);
    // the schedule: whole thousands per year, CP sometimes lagging behind AE
    const parAn = Array.from({ length: nbAnnees }, () => entre(10, 400) * 1000);
    const total = parAn.reduce((a, b) => a + b, 0);
    const echeancier = parAn.map((ae, k) => ({ annee: annee + k, ae: String(ae), cp: String(ae) }));
    const prog = un(PROGRAMMES);
    const centreFinancier = prog.cf;
    const plafond = BigInt(total) * 100n;
    const nomDelegant = `${un(PRENOMS)} ${un(NOMS)}`;
    const nomDinum = `${un(PRENOMS)} ${un(NOMS)}`;
    const articles = articlesModeleDinum({
      delegataire: { denomination: "la DINUM" },
      objet,
      centreFinancier,
      plafondAe: plafond,
      plafondCp: plafond,
      dateFin,
      regleDuree,
      pointDepart,
      preavisMois,
      bulletinOfficiel: "du ministère concerné",
    });
    const preambule = PREAMBULES.slice(0, entre(1, PREAMBULES.length)).join("\n");
    const rgpd = hasard() < 0.3;
    return {
      reference: `AR-${annee}-${String(i).padStart(4, "0")}`,
      type: "DELEGATION_GESTION",
      titre: "Convention de délégation de gestion",
      intitule: `${service} (${delegant.sigle})`,
      objet: `${objet}.`,
      statut: "SIGNEE",
      service: delegant.sigle,
      dateConvention,
      dateSignature,
      pointDepart,
      regleDuree,
      dateFin,
      preavisMois,
      plafondAe: String(total),
      plafondCp: String(total),
      titrePreambule: "Préambule",
      preambule,
      formuleAccord: "Il a été convenu ce qui suit :",
      lieuSignature: "Paris",
      parties: [
        {
          role: "DELEGANT",
          organisation: delegant.sigle,
          libelle: delegant.libelle,
          representantNom: nomDelegant,
          qualite: delegant.qualite,
          denominations: ["le délégant"],
        },
        {
          role: "DELEGATAIRE",
          organisation: "DINUM",
          libelle: "La Direction interministérielle du numérique (DINUM)",
          adresse: "20 avenue de Ségur – TSA 30719, 75334 Paris Cedex 07",
          representantNom: nomDinum,
          qualite: "directeur interministériel du numérique",
          denominations: ["le délégataire", "la DINUM"],
        },
      ],
      basesLegales: [
        ...BASES_LEGALES_DINUM.map((texte, k) => ({ texte, ref: k === 0 ? "ORDONNANCE 2022-408" : "DECRET 2004-1085" })),
        ...VISAS_EN_PLUS.slice(0, entre(0, VISAS_EN_PLUS.length)),
      ],
      articles,
      echeancier,
      imputation: {
        programme: prog.programme,
        bop: prog.bop,
        centreFinancier,
        domaineFonctionnel: `${prog.programme.padStart(4, "0")}-0${entre(1, 9)}-0${entre(1, 9)}`,
        activite: `0${prog.programme}01SI0${entre(100, 999)}`,
      },
      cofinancements: [],
      signatures: [
        {
          partie: 0,
          mention: `Pour ${delegant.pour}, ${delegant.qualite.startsWith("déléguée") || delegant.qualite.endsWith("générale") ? "la" : "le"} ${delegant.qualite.split(" ")[0]}`,
          signataireNom: nomDelegant,
          qualite: delegant.qualite,
          dateSignature,
          signee: true,
          autorite: "TITULAIRE",
        },
        {
          partie: 1,
          mention: "Pour la DINUM, le directeur",
          signataireNom: nomDinum,
          qualite: "directeur interministériel du numérique",
          dateSignature,
          signee: true,
          autorite: "TITULAIRE",
        },
      ],
      annexes: rgpd ? [ANNEXE_RGPD] : [],
    };
  };
}
