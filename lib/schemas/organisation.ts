import { z } from "./zod";
import { texteCourt, texteOptionnel } from "./champs";
import { LIBELLES_TYPE_ORGANISATION, type TypeOrganisation } from "@/lib/domain/libelles";

const TYPES = Object.keys(LIBELLES_TYPE_ORGANISATION) as [TypeOrganisation, ...TypeOrganisation[]];

export const organisationSchema = z.object({
  nom: texteCourt("Indiquez le nom de l'organisation.", 300),
  sigle: texteOptionnel(30),
  // Whether it is a State service: décret n° 2004-1085 governs conventions between State services.
  type: z.enum(TYPES, { error: "Indiquez la nature de l'organisation." }).default("DIRECTION"),
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
