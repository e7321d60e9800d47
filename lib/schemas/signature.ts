// Signing a party's block: in the app (password again) or by the scan of the paper-signed PDF.
import { z } from "./zod";
import { isCalendarDate } from "@/lib/domain/dates";
import { texteOptionnel } from "./champs";

const etape = {
  conventionId: z.string().min(1),
  numero: z.preprocess((v) => (v === "" || v == null ? null : Number(v)), z.number().int().positive().nullable()),
  signatureId: z.string().min(1, "Choisissez le bloc de signature."),
  version: z.preprocess((v) => Number(v), z.number().int()),
  dateSignature: z
    .string()
    .trim()
    .refine((v) => isCalendarDate(v), "Indiquez la date de la signature (jj/mm/aaaa)."),
  lieu: texteOptionnel(100),
};

export const signerEnLigneSchema = z
  .object({
    ...etape,
    dateSignature: z.string().optional().default(""), // today, set by the server
    /** How the signatory confirms it is them: their password again, or the ProConnect login just made. */
    reauth: z.enum(["MOT_DE_PASSE", "PROCONNECT"]).optional().default("MOT_DE_PASSE"),
    motDePasse: z.string().optional().default(""),
  })
  .superRefine((d, ctx) => {
    if (d.reauth === "MOT_DE_PASSE" && !d.motDePasse)
      ctx.addIssue({ code: "custom", path: ["motDePasse"], message: "Saisissez votre mot de passe pour confirmer votre signature." });
  });
export type SignerEnLigneInput = z.input<typeof signerEnLigneSchema>;

/** A PDF to verify, in a FormData. */
export const verificationSchema = z.preprocess(
  (v) => (v instanceof FormData ? Object.fromEntries(v.entries()) : v),
  z.object({
    fichier: z.instanceof(File, { message: "Choisissez le PDF à vérifier." }).refine((f) => f.size > 0, "Le fichier choisi est vide."),
  }),
);

/** The scan comes in a FormData (a file), read into the same fields. */
export const deposerScanSchema = z.preprocess(
  (v) => (v instanceof FormData ? Object.fromEntries(v.entries()) : v),
  z.object({
    ...etape,
    scan: z
      .instanceof(File, { message: "Choisissez le scan du document signé (PDF)." })
      .refine((f) => f.size > 0, "Le fichier choisi est vide."),
    /** Why its date precedes a signature already recorded or the freeze (asked by the server when it does). */
    motifDate: z.preprocess((v) => (v === null || v === undefined ? "" : v), texteOptionnel(500)),
  }),
);
