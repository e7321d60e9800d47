export type OrganisationOption = { id: string; nom: string; sigle: string | null; adresse: string | null };
export type PersonneOption = { id: string; nom: string; qualite: string | null; organisationId: string | null };
