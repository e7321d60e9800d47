// « Importer un document »: the file sent, then the way to save what was read.
import { z } from "./zod";

export const envoiDocumentSchema = z.preprocess(
  (v) => (v instanceof FormData ? Object.fromEntries(v.entries()) : v),
  z.object({
    fichier: z.instanceof(File, { message: "Choisissez le document à importer." }).refine((f) => f.size > 0, "Le fichier choisi est vide."),
  }),
);

export const enregistrerImportSchema = z.object({
  travailId: z.string().min(1),
  mode: z.enum(["BROUILLON", "SIGNE"]),
});
