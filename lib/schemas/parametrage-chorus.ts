import { z } from "./zod";
import { ETAPES_CHORUS } from "@/lib/domain/parametrage-chorus";
import { dateOptionnelle, texteOptionnel } from "./champs";

export const etapeChorusSchema = z.object({
  conventionId: z.string().min(1),
  cle: z.enum(ETAPES_CHORUS),
  etat: z.enum(["A_FAIRE", "FAITE", "SANS_OBJET"]),
  date: dateOptionnelle,
  commentaire: texteOptionnel(500),
  version: z.number().int().nullable(),
});
