// « Importer un document »: the file sent, then the way to save what was read.
import { z } from "./zod";

export const envoiDocumentSchema = z.preprocess(
  (v) => (v instanceof FormData ? Object.fromEntries(v.entries()) : v),
  z.object({
    fichier: z.instanceof(File, { message: "Choisissez le document à importer." }).refine((f) => f.size > 0, "Le fichier choisi est vide."),
  }),
);

/** The user's review of the fields read: corrected values by field path, flagged fields accepted. */
export const revueImportSchema = z.object({
  corrections: z.record(z.string().max(100), z.string().max(20_000)).default({}),
  acceptes: z.array(z.string().max(100)).max(2000).default([]),
});

export const verifierRevueSchema = z.object({
  travailId: z.string().min(1),
  revue: revueImportSchema,
  /** An avenant: the convention chosen, to check its text against. */
  conventionId: z.string().min(1).optional(),
});

export const enregistrerImportSchema = z.object({
  travailId: z.string().min(1),
  mode: z.enum(["BROUILLON", "SIGNE"]),
  revue: revueImportSchema.default({ corrections: {}, acceptes: [] }),
  /** An avenant: the convention it amends. */
  conventionId: z.string().min(1).optional(),
});
