import { z } from "./zod";
import { cheminInterne } from "@/lib/http/chemin-interne";

export const connexionSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Indiquez votre adresse électronique.")
    .email("Cette adresse électronique n'est pas valide (exemple : prenom.nom@education.gouv.fr)."),
  password: z.string().min(1, "Indiquez votre mot de passe."),
});
export type ConnexionInput = z.input<typeof connexionSchema>;

/** The request header by which proxy.ts tells the pages which address was asked for, so that a
 *  session found expired sends the agent back there after logging in. */
export const CHEMIN_DEMANDE = "x-chemin-demande";

/** The login page's address, to come back to `chemin` afterwards. */
export function connexionPour(chemin: string | null | undefined): string {
  const retour = safeCallbackUrl(chemin);
  return retour === "/conventions" && !chemin ? "/connexion" : `/connexion?callbackUrl=${encodeURIComponent(retour)}`;
}

/** Only same-site paths after login (lib/http/chemin-interne.ts), the list of conventions otherwise. */
export const safeCallbackUrl = (value: string | undefined | null): string => cheminInterne(value, "/conventions");

export const MESSAGES_CONNEXION: Record<string, string> = {
  CredentialsSignin: "Adresse électronique ou mot de passe incorrect.",
  TROP_DE_TENTATIVES:
    "Trop de tentatives de connexion en peu de temps. Par sécurité, patientez un instant (au plus quelques minutes) avant de réessayer.",
  CompteInconnu:
    "Votre compte ProConnect est valide, mais votre accès à cette application a été désactivé. Adressez-vous à votre administrateur.",
  OAuthCallback: "La connexion avec ProConnect n'a pas abouti. Réessayez.",
  OAuthSignin: "La connexion avec ProConnect n'a pas pu démarrer. Réessayez.",
  SessionRequired: "Connectez-vous pour accéder à cette page.",
  Default: "La connexion n'a pas abouti. Réessayez.",
};
