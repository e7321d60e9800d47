// The accounts screen's forms (« Administration » → « Comptes ») and the invitation's.
import { z } from "./zod";
import { texteCourt } from "./champs";
import { raisonRolesRefuses, ROLES } from "@/lib/domain/roles";
import { MOT_DE_PASSE_MIN } from "@/lib/domain/comptes";

/** An agent's professional e-mail: trimmed, lower-case (the accounts form, the first administrator's command). */
export const emailAgent = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Indiquez l'adresse électronique professionnelle de l'agent.")
  .email("Cette adresse électronique n'est pas valide (exemple : prenom.nom@education.gouv.fr).");

/** One or more roles that go together (lib/domain/roles.ts), in the matrix's order. */
const roles = z
  .array(z.enum(ROLES))
  .transform((r) => ROLES.filter((x) => r.includes(x)))
  .superRefine((r, ctx) => {
    const raison = raisonRolesRefuses(r);
    if (raison) ctx.addIssue({ code: "custom", message: raison });
  });
const organisationId = z.string().transform((v) => v || null);
/** The organisations whose conventions the agent sees and handles; none: their organisation's ministry. */
const perimetre = z
  .array(z.string().min(1))
  .max(50, "Au plus 50 organisations.")
  .transform((ids) => [...new Set(ids)]);

export const compteSchema = z.object({
  nom: texteCourt("Indiquez le nom de l'agent (prénom et nom).", 200),
  email: emailAgent,
  roles,
  organisationId,
  perimetre,
});
export type CompteInput = z.input<typeof compteSchema>;

/** Editing an account: the same fields but the e-mail (the ProConnect match), the version read. */
export const compteModifSchema = compteSchema.omit({ email: true }).extend({ id: z.string().min(1), version: z.number().int() });
export type CompteModifInput = z.input<typeof compteModifSchema>;

export const compteActifSchema = z.object({ id: z.string().min(1), version: z.number().int(), actif: z.boolean() });
export const compteIdSchema = z.object({ id: z.string().min(1) });

export const invitationSchema = z
  .object({
    jeton: z.string().min(1),
    motDePasse: z.string().min(MOT_DE_PASSE_MIN, `Au moins ${MOT_DE_PASSE_MIN} caractères.`).max(200, "Au plus 200 caractères."),
    confirmation: z.string(),
  })
  .refine((v) => v.motDePasse === v.confirmation, { path: ["confirmation"], message: "Les deux mots de passe ne sont pas identiques." });
export type InvitationInput = z.input<typeof invitationSchema>;

/** The list's filters, from the address. */
export const filtresComptesSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  organisation: z.string().max(100).optional().catch(undefined),
  actif: z.enum(["oui", "non"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type FiltresComptes = z.output<typeof filtresComptesSchema>;

/** « Demander un accès »: the ProConnect identity (signed by the server), what the agent wishes, why. */
export const demandeAccesSchema = z.object({
  identite: z.string().min(1),
  organisationId: z.string().min(1, "Choisissez votre organisation."),
  roles,
  motif: texteCourt("Dites en quelques mots pourquoi vous avez besoin de cet accès.", 1000),
});
export type DemandeAccesInput = z.input<typeof demandeAccesSchema>;

/** Accepting a request: the account's roles, organisation and perimeter, as the administrator chooses. */
export const accepterDemandeSchema = z.object({ id: z.string().min(1), roles, organisationId, perimetre });
export type AccepterDemandeInput = z.input<typeof accepterDemandeSchema>;

export const refuserDemandeSchema = z.object({
  id: z.string().min(1),
  motif: texteCourt("Indiquez le motif du refus : il est envoyé à l'agent.", 1000),
});
export type RefuserDemandeInput = z.input<typeof refuserDemandeSchema>;
