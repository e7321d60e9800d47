// French labels of the model's enumerations.
export const LIBELLES_TYPE_CONVENTION = {
  DELEGATION_GESTION: "Convention de délégation de gestion",
  CONVENTION_SERVICE: "Convention de service",
  CONVENTION_PARTENARIAT: "Convention de partenariat",
} as const;

export const LIBELLES_ROLE_PARTIE = {
  DELEGANT: "Délégant",
  DELEGATAIRE: "Délégataire",
  PARTENAIRE: "Partenaire",
} as const;

/** An organisation in a choice list: « DINUM — Direction interministérielle du numérique ». */
export function libelleOrganisation(o: { sigle: string | null; nom: string }): string {
  return o.sigle ? `${o.sigle} — ${o.nom}` : o.nom;
}
