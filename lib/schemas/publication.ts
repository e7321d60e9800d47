// What the publication tracker sends: one channel at a time, as typed.
import { z } from "./zod";
import { CANAUX } from "@/lib/domain/publication";
import { dateOptionnelle, texteOptionnel } from "./champs";

const document = { conventionId: z.string().min(1), numero: z.number().int().positive().nullable().optional() };

/** A channel recorded by hand: published with its references (`publiee`), or still to do. `version`:
 *  the row's, null for a channel only proposed so far. */
export const canalPublicationSchema = z.object({
  ...document,
  canal: z.enum(CANAUX, { message: "Choisissez un canal de publication." }),
  libelle: texteOptionnel(120),
  requis: z.boolean(),
  publiee: z.boolean(),
  nor: texteOptionnel(40),
  numeroBulletin: texteOptionnel(60),
  datePublication: dateOptionnelle,
  url: texteOptionnel(1000),
  version: z.number().int().nullable(),
});
export type CanalPublicationInput = z.input<typeof canalPublicationSchema>;

/** An « autre » channel removed from the tracker (the channels the text names stay; mark them not required). */
export const retraitCanalSchema = z.object({ ...document, libelle: z.string().min(1), version: z.number().int() });

/** The upload to data.gouv.fr asked of the app. */
export const televersementSchema = z.object(document);
