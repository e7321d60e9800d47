// What the « Vie de la convention » panel sends: the notification date, a notice, a closure.
import { z } from "./zod";
import { dateOptionnelle, texteCourt } from "./champs";

const convention = { conventionId: z.string().min(1), version: z.number().int() };
const dateRequise = (message: string) => dateOptionnelle.refine((d) => d !== null, message);

export const notificationSchema = z.object({
  ...convention,
  dateNotification: dateRequise("Indiquez la date à laquelle la convention a été notifiée aux parties."),
});

export const denonciationSchema = z.object({
  ...convention,
  partieId: z.string().min(1, "Choisissez la partie qui dénonce la convention."),
  dateDenonciation: dateRequise("Indiquez la date de la dénonciation."),
  motif: texteCourt("Indiquez le motif de la dénonciation.", 2000),
  confirmation: z.boolean().refine((v) => v, "Cochez la case pour confirmer la dénonciation."),
});

export const clotureSchema = z.object({
  ...convention,
  dateCloture: dateRequise("Indiquez la date de la clôture."),
  motif: texteCourt("Indiquez ce qui permet de clore (toutes les opérations soldées…).", 2000),
  confirmation: z.boolean().refine((v) => v, "Cochez la case pour confirmer la clôture."),
});
