// Who publishes this deployment of the service, for « Mentions légales », « Accessibilité » and
// « Données personnelles »: read from the environment (.env.example), so that each ministry's
// deployment names itself. Unset, a value says which variable to set rather than inventing one.
import "server-only";

export type Mention = { texte: string; renseigne: boolean };

const VARIABLES = {
  editeur: "SERVICE_EDITEUR",
  directeurPublication: "SERVICE_DIRECTEUR_PUBLICATION",
  hebergeur: "SERVICE_HEBERGEUR",
  contact: "SERVICE_CONTACT",
} as const;

export type IdentiteService = Record<keyof typeof VARIABLES, Mention>;

export function identiteService(env: Record<string, string | undefined> = process.env): IdentiteService {
  return Object.fromEntries(
    Object.entries(VARIABLES).map(([cle, variable]) => {
      const valeur = env[variable]?.trim();
      return [cle, valeur ? { texte: valeur, renseigne: true } : { texte: `[à renseigner : variable ${variable}]`, renseigne: false }];
    }),
  ) as IdentiteService;
}
