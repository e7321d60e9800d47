// Field schemas shared by every form and every server action: the same input gets the same
// French message in the browser and on the server.
import { z } from "./zod";
import { MontantInvalide, parseMontant } from "@/lib/domain/money";
import { isCalendarDate } from "@/lib/domain/dates";

/** An amount as typed ("120 000", "1 234,56 €") → cents (bigint). */
export const montant = z.string().transform((text, ctx) => {
  try {
    const cents = parseMontant(text);
    if (cents < 0n) {
      ctx.addIssue({ code: "custom", message: "Un montant ne peut pas être négatif." });
      return z.NEVER;
    }
    return cents;
  } catch (error) {
    ctx.addIssue({ code: "custom", message: error instanceof MontantInvalide ? error.message : "Montant invalide." });
    return z.NEVER;
  }
});

/** An amount where an empty field means `vide`: null for « not stated yet », 0n for a schedule cell. */
function montantSiVide<V extends bigint | null>(vide: V) {
  return z.string().transform((text, ctx): bigint | V => {
    if (!text.trim()) return vide;
    const parsed = montant.safeParse(text);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: parsed.error.issues[0]!.message });
      return z.NEVER;
    }
    return parsed.data;
  });
}

/** Same, where empty means "not stated yet" (null). */
export const montantOptionnel = montantSiVide(null);

/** A schedule cell: empty means zero, as in the signed tables (seed 003 leaves AE 2025 blank). */
export const montantOuZero = montantSiVide(0n);

export const annee = z
  .string()
  .trim()
  .regex(/^\d{4}$/, "L'année s'écrit avec quatre chiffres (ex. 2025).")
  .transform(Number)
  .refine((n) => n >= 2000 && n <= 2100, "L'année doit être comprise entre 2000 et 2100.");

/** A calendar date from <input type="date"> ("YYYY-MM-DD"); empty → null. */
export const dateOptionnelle = z
  .string()
  .trim()
  .refine((v) => v === "" || isCalendarDate(v), "Date invalide.")
  .transform((v) => (v === "" ? null : v));

export const texteCourt = (message: string, max = 300) => z.string().trim().min(1, message).max(max, `Au plus ${max} caractères.`);
export const texteOptionnel = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, `Au plus ${max} caractères.`)
    .transform((v) => (v === "" ? null : v));
export const texteLong = z.string().max(100_000, "Texte trop long (100 000 caractères au plus).");
