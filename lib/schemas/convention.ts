// The convention form: one schema for the browser (zodResolver) and the server action.
import { z } from "./zod";
import { POINTS_DEPART } from "@/lib/domain/echeances";
import { anneesEnDouble } from "@/lib/domain/echeancier";
import { reglesParties } from "@/lib/domain/controles/parties";
import { annee, dateOptionnelle, montant, montantOptionnel, montantOuZero, texteCourt, texteLong, texteOptionnel } from "./champs";

/** « le délégataire » ou « la DINUM », or one per line → ["le délégataire", "la DINUM"]. */
export function lireDenominations(text: string): string[] {
  return text
    .split(/\n|\s+ou\s+/)
    .map((d) => d.trim().replace(/^«\s*|\s*»$/g, ""))
    .filter(Boolean);
}

/** A party as the text names it: designation, address, representative and title, role, short names.
 *  A convention's party and the same party as an avenant names it at its date. */
export const partieImprimee = {
  libelle: texteCourt("Indiquez la désignation de la partie telle qu'elle sera imprimée."),
  adresse: texteOptionnel(300),
  representantNom: texteOptionnel(200),
  qualite: texteOptionnel(500),
  mentionRole: texteOptionnel(200),
  // « le délégataire » ou « la DINUM »: one per line or separated by « ou »
  denominations: z.string().max(300).transform(lireDenominations),
};

const partie = z.object({
  role: z.enum(["DELEGANT", "DELEGATAIRE", "PARTENAIRE"]),
  organisationId: z.string().min(1, "Choisissez l'organisation dans le référentiel."),
  ...partieImprimee,
});

/** A legal basis, printed after « Vu ». */
export const visa = z.object({ texte: texteCourt("Indiquez le texte visé, ou retirez la ligne.", 1000) });

/** A signature block: the party that signs (its index in the parties), the mention, who signs and their title. */
export const blocSignature = z.object({
  partie: z.string().regex(/^\d+$/).transform(Number),
  mention: texteCourt("Indiquez la mention du bloc de signature (ex. « Pour la DINUM, la directrice »)."),
  signataireNom: texteOptionnel(200),
  qualite: texteOptionnel(300),
  // Signing order: empty → from the party's role (délégants first, délégataire last).
  groupe: z
    .string()
    .trim()
    .refine((v) => /^\d{0,2}$/.test(v), "L'ordre de signature est un numéro (1, 2…).")
    .transform((v) => (v ? Number(v) : null)),
  // « » : not stated yet (a finding stops « valider » until it is).
  autorite: z.enum(["", "TITULAIRE", "DELEGATION", "INTERIM"]).transform((v) => (v === "" ? null : v)),
  autoriteReference: texteOptionnel(300),
  pourLeCompteDe: texteOptionnel(300),
  // The party's own place of signature (« À Paris, le … »), when it is not the document's.
  lieu: texteOptionnel(100),
});

const ligneEcheancier = z.object({ annee, ae: montantOuZero, cp: montantOuZero });

const code = z
  .string()
  .trim()
  .max(300, "Au plus 300 caractères.")
  .optional()
  .transform((v) => v || null);
/** The fields of the imputation table and of the Chorus set-up, as the form and the database hold them. */
export const CLES_IMPUTATION = [
  "intitule",
  "ministere",
  "programme",
  "bop",
  "centreFinancier",
  "domaineFonctionnel",
  "activite",
  "centreDeCouts",
  "comptableAssignataire",
  "comptableLibelle",
  "lignesImprimees",
] as const;
export const CLES_PARAMETRAGE = [
  "servicePrescripteur",
  "societe",
  "organisationAchat",
  "groupeAcheteurs",
  "rtm",
  "codeServiceExecutant",
  "comptableAssignataire",
  "centreDeCouts",
] as const;
const codes = <K extends string>(...names: K[]) => z.object(Object.fromEntries(names.map((n) => [n, code])) as Record<K, typeof code>);
/** The imputation table as the document prints it: one row per line, « libellé | valeur ». */
const lignesImprimees = z
  .string()
  .trim()
  .max(3000, "Au plus 3 000 caractères.")
  .optional()
  .transform((v) => v || null)
  .superRefine((v, ctx) => {
    const longue = (v ?? "").split("\n").findIndex((l) => l.length > 300);
    if (longue >= 0) ctx.addIssue({ code: "custom", message: `Ligne ${longue + 1} : au plus 300 caractères.` });
  });

export const conventionSchema = z
  .object({
    version: z.number().int().optional(),
    type: z.enum(["DELEGATION_GESTION", "CONVENTION_SERVICE", "CONVENTION_PARTENARIAT"]),
    reference: texteCourt("Indiquez une référence (ex. 2025-DNE-DINUM-01).", 60),
    titre: texteCourt("Indiquez le titre imprimé (ex. « Convention de délégation de gestion »)."),
    intitule: texteCourt("Indiquez un intitulé court pour retrouver la convention."),
    objet: texteCourt("Décrivez la mission confiée au délégataire.", 2000),
    serviceId: z.string().transform((v) => v || null),
    dateConvention: dateOptionnelle,
    pointDepart: z.enum(POINTS_DEPART),
    dateEffet: dateOptionnelle.optional().transform((v) => v ?? null),
    regleDuree: z.enum(["DATE_FIXE", "JUSQU_AU_REGLEMENT"]),
    dateFin: dateOptionnelle,
    preavisMois: z
      .string()
      .trim()
      .refine((v) => v === "" || (/^\d{1,2}$/.test(v) && Number(v) <= 24), "Un préavis s'exprime en mois, de 0 à 24.")
      .transform((v) => (v === "" ? null : Number(v))),
    plafondAe: montantOptionnel,
    plafondCp: montantOptionnel,
    ecartAeCpMotif: texteOptionnel(500),
    titrePreambule: texteOptionnel(100),
    preambule: texteLong,
    formuleAccord: texteOptionnel(200),
    lieuSignature: texteOptionnel(100),
    parties: z.array(partie).min(1, "Ajoutez au moins une partie."),
    basesLegales: z.array(visa),
    articles: z.array(
      z.object({ numero: texteCourt("Numéro ?", 10), titre: texteCourt("Indiquez le titre de l'article."), corps: texteLong }),
    ),
    echeancier: z.array(ligneEcheancier).max(200, "Au plus 200 lignes d'échéancier."),
    imputation: codes(...CLES_IMPUTATION).extend({ lignesImprimees }),
    parametrage: codes(...CLES_PARAMETRAGE),
    cofinancements: z.array(z.object({ financeur: texteCourt("Indiquez le financeur."), fonds: texteOptionnel(300), montant })),
    signatures: z.array(blocSignature),
  })
  .superRefine((c, ctx) => {
    if (c.dateConvention && c.dateFin && c.dateFin < c.dateConvention) {
      ctx.addIssue({ code: "custom", path: ["dateFin"], message: "La date de fin précède la date de la convention." });
    }
    for (const { index, message } of anneesEnDouble(c.echeancier))
      ctx.addIssue({ code: "custom", path: ["echeancier", index, "annee"], message });
    // Every rule broken, in one message: a field shows one error.
    const parties = reglesParties(c);
    if (parties.length) ctx.addIssue({ code: "custom", path: ["parties"], message: parties.map((p) => p.message).join(" ") });
    c.signatures.forEach((s, i) => {
      if (s.partie >= c.parties.length)
        ctx.addIssue({ code: "custom", path: ["signatures", i, "partie"], message: "Choisissez la partie qui signe." });
    });
  });

export type ConventionInput = z.input<typeof conventionSchema>;
export type ConventionData = z.output<typeof conventionSchema>;
