import { z } from "./zod";
import { texteCourt, texteOptionnel } from "./champs";

export const organisationSchema = z.object({
  nom: texteCourt("Indiquez le nom de l'organisation.", 300),
  sigle: texteOptionnel(30),
  adresse: texteOptionnel(300),
  parentId: z.string().transform((v) => v || null),
});
export type OrganisationInput = z.input<typeof organisationSchema>;

/** Editing an organisation of the referential: the same fields, the record and the version read. */
export const organisationModifSchema = organisationSchema.extend({
  id: z.string().min(1, "Choisissez l'organisation à modifier."),
  version: z.number().int(),
});
export type OrganisationModifInput = z.input<typeof organisationModifSchema>;
