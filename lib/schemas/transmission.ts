// What « Transmission aux contrôleurs » sends: one recipient at a time.
import { z } from "./zod";
import { dateOptionnelle, texteCourt, texteOptionnel } from "./champs";

const document = { conventionId: z.string().min(1), numero: z.number().int().positive().nullable().optional() };

export const transmissionSchema = z.object({
  ...document,
  destinataire: texteCourt("Nommez le destinataire (ex. CBCM des services du Premier ministre).", 200),
  /** « ajouter »: a recipient added; « envoyer »: sent by hand; « courriel »: sent by the app; « accuser »: acknowledged. */
  quoi: z.enum(["ajouter", "envoyer", "courriel", "accuser"]),
  adresse: texteOptionnel(200).refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Adresse électronique invalide."),
  dateEnvoi: dateOptionnelle,
  dateAccuse: dateOptionnelle,
  referenceAccuse: texteOptionnel(200),
  version: z.number().int().nullable(),
});
export type TransmissionInput = z.input<typeof transmissionSchema>;
