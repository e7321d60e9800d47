import { z } from "./zod";
import { MESSAGE_MEME_FICHE } from "@/lib/domain/fusion";

/** Merging two records of the referential: the duplicate is removed, the kept one takes over what
 *  pointed to it. The versions read guard against a change made meanwhile by someone else. */
const fusion = (quoi: { doublon: string; conservee: string }) =>
  z
    .object({
      doublonId: z.string().min(1, quoi.doublon),
      conserveeId: z.string().min(1, quoi.conservee),
      versionDoublon: z.number().int(),
      versionConservee: z.number().int(),
    })
    .refine((f) => !f.doublonId || f.doublonId !== f.conserveeId, { path: ["doublonId"], message: MESSAGE_MEME_FICHE });

export const fusionOrganisationsSchema = fusion({
  doublon: "Choisissez l'organisation en double, qui sera supprimée.",
  conservee: "Choisissez l'organisation à conserver.",
});
export const fusionPersonnesSchema = fusion({
  doublon: "Choisissez la personne en double, qui sera supprimée.",
  conservee: "Choisissez la personne à conserver.",
});
export type FusionInput = z.input<typeof fusionOrganisationsSchema>;
export type FusionData = z.output<typeof fusionOrganisationsSchema>;
