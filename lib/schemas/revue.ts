import { z } from "./zod";
import { EVENEMENTS } from "@/lib/domain/statut";

const document = { conventionId: z.string().min(1), numero: z.number().int().positive().nullable().optional() };
const texte = z
  .string()
  .trim()
  .min(1, "Écrivez votre commentaire.")
  .max(5000, "Un commentaire tient en 5 000 caractères au plus : découpez-le en plusieurs réponses.");

export const openFilSchema = z.object({
  ...document,
  section: z.string().min(1, "Choisissez la section que vous commentez."),
  ligne: z
    .string()
    .transform((v) => v.trim() || null)
    .nullable()
    .optional(),
  texte,
});
export type OpenFilInput = z.input<typeof openFilSchema>;

export const answerFilSchema = z.object({ filId: z.string().min(1), version: z.number().int(), texte });
export type AnswerFilInput = z.input<typeof answerFilSchema>;

export const resolveFilSchema = z.object({ filId: z.string().min(1), version: z.number().int() });

export const approveSectionSchema = z.object({ ...document, section: z.string().min(1), empreinte: z.string().length(64) });
export const approveSectionsSchema = z.object({
  ...document,
  sections: z
    .array(z.object({ section: z.string().min(1), empreinte: z.string().length(64) }))
    .min(1, "Aucune section à approuver.")
    .max(500),
});

export const transitionSchema = z.object({
  ...document,
  evenement: z.enum(EVENEMENTS),
  version: z.number().int(),
  commentaire: z.string().max(5000, "Un commentaire tient en 5 000 caractères au plus.").nullable().optional(),
  avertissementsAcquittes: z.array(z.string()).max(200).optional(),
});
export type TransitionInput = z.input<typeof transitionSchema>;
