import { z } from "./zod";
import { texteCourt, texteOptionnel } from "./champs";

export const organisationSchema = z.object({
  nom: texteCourt("Indiquez le nom de l'organisation.", 300),
  sigle: texteOptionnel(30),
  adresse: texteOptionnel(300),
  parentId: z.string().transform((v) => v || null),
});
export type OrganisationInput = z.input<typeof organisationSchema>;
