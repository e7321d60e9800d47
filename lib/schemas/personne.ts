import { z } from "./zod";
import { texteCourt, texteOptionnel } from "./champs";

export const personneSchema = z.object({
  prenom: texteCourt("Indiquez le prénom.", 100),
  nom: texteCourt("Indiquez le nom.", 100),
  qualite: texteOptionnel(300),
  organisationId: z.string().transform((v) => v || null),
});
export type PersonneInput = z.input<typeof personneSchema>;
