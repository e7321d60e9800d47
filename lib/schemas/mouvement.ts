// An execution line entered by hand on a convention's « Exécution financière » page (when there is
// no CHORUS extract at hand): credits made available, a legal commitment (EJ) or a payment (DP).
// The same checks as an imported line follow on the server (signed convention, known EJ, payments
// within their EJ).
import { z } from "./zod";
import { annee, montantOuZero, texteOptionnel } from "./champs";
import { isCalendarDate } from "@/lib/domain/dates";

export const NATURES_SAISIE = ["MISE_A_DISPOSITION", "ENGAGEMENT", "PAIEMENT"] as const;
/** Movement types a commitment entered by hand may have, and their sign. */
export const TYPES_SAISIE = {
  "100": "100 — engagement initial",
  "150": "150 — complément d'engagement",
  "200": "200 — réduction (retrait)",
} as const;

const numero = (libelle: string) =>
  z
    .string()
    .trim()
    .max(40, "Au plus 40 caractères.")
    .refine((v) => v === "" || /^[\p{L}\d][\p{L}\d ./_-]*$/u.test(v), `${libelle} : chiffres et lettres seulement.`);

export const mouvementSchema = z
  .object({
    conventionId: z.string().min(1),
    nature: z.enum(NATURES_SAISIE, { message: "Choisissez ce que vous saisissez." }),
    date: z
      .string()
      .trim()
      .refine((v) => isCalendarDate(v), "Indiquez la date (JJ/MM/AAAA)."),
    /** The budget year; empty: the date's. */
    exercice: z.union([z.literal(""), annee]).transform((v) => (v === "" ? null : v)),
    ae: montantOuZero,
    cp: montantOuZero,
    typeMontant: z.enum(Object.keys(TYPES_SAISIE) as [keyof typeof TYPES_SAISIE, ...(keyof typeof TYPES_SAISIE)[]]),
    numeroEj: numero("Le numéro d'EJ"),
    posteEj: numero("Le poste"),
    numeroDp: numero("Le numéro de DP"),
    fournisseur: texteOptionnel(200),
    texte: texteOptionnel(500),
    /** Set once the agent has been told an identical line is already there, and confirms this one. */
    confirmerDoublon: z.boolean().optional().default(false),
  })
  .superRefine((v, ctx) => {
    const manque = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.nature === "MISE_A_DISPOSITION" && v.ae === 0n && v.cp === 0n)
      manque("ae", "Indiquez les AE, les CP, ou les deux, mis à disposition.");
    if (v.nature === "ENGAGEMENT") {
      if (!v.numeroEj) manque("numeroEj", "Indiquez le numéro de l'engagement juridique (EJ).");
      if (v.ae === 0n) manque("ae", "Indiquez le montant engagé.");
    }
    if (v.nature === "PAIEMENT") {
      if (!v.numeroDp) manque("numeroDp", "Indiquez le numéro de la demande de paiement (DP).");
      if (!v.numeroEj) manque("numeroEj", "Indiquez l'EJ que cette demande de paiement paie.");
      if (v.cp === 0n) manque("cp", "Indiquez le montant payé.");
    }
  });
export type MouvementInput = z.input<typeof mouvementSchema>;
export type MouvementData = z.output<typeof mouvementSchema>;

export const blankMouvement = (conventionId: string): MouvementInput => ({
  conventionId,
  nature: "MISE_A_DISPOSITION",
  date: "",
  exercice: "",
  ae: "",
  cp: "",
  typeMontant: "100",
  numeroEj: "",
  posteEj: "",
  numeroDp: "",
  fournisseur: "",
  texte: "",
  confirmerDoublon: false,
});

export const suppressionMouvementSchema = z.object({ conventionId: z.string().min(1), id: z.string().min(1) });
