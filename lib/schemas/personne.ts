import { z } from "./zod";
import { texteCourt, texteOptionnel } from "./champs";

export const personneSchema = z.object({
  prenom: texteCourt("Indiquez le prénom.", 100),
  nom: texteCourt("Indiquez le nom.", 100),
  qualite: texteOptionnel(300),
  organisationId: z.string().transform((v) => v || null),
});
export type PersonneInput = z.input<typeof personneSchema>;

/** Editing a person of the referential: the same fields, the record and the version read. */
export const personneModifSchema = personneSchema.extend({
  id: z.string().min(1, "Choisissez la personne à modifier."),
  version: z.number().int(),
});
export type PersonneModifInput = z.input<typeof personneModifSchema>;
