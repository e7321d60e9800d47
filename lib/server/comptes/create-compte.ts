// Opening an agent's account (administrators): name, professional e-mail (the ProConnect match), roles,
// organisation and perimeter; an invitation to set a password is sent (lib/server/comptes/invitation.ts).
// The administrator never types the agent's password.
import "server-only";
import { inTransaction, type InTx, type Tx } from "../db";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { createInvitation } from "./invitation";
import { ErreurMetier } from "@/lib/domain/erreurs";
import type { Role } from "@/lib/domain/roles";

export type CompteSaisi = { nom: string; email: string; roles: Role[]; organisationId: string | null; perimetre: string[] };

/** The organisation and the perimeter must be the referential's: refused at their field otherwise. */
export async function assertOrganisationsConnues(tx: Tx, input: { organisationId: string | null; perimetre: readonly string[] }) {
  const ids = [...new Set([...(input.organisationId ? [input.organisationId] : []), ...input.perimetre])];
  const connues = new Set((await tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((o) => o.id));
  const champs: Record<string, string> = {};
  if (input.organisationId && !connues.has(input.organisationId)) champs.organisationId = "Choisissez une organisation du référentiel.";
  if (input.perimetre.some((id) => !connues.has(id))) champs.perimetre = "Une organisation du périmètre n'est pas au référentiel.";
  if (Object.keys(champs).length) throw new ErreurMetier("SAISIE_INVALIDE", "Une organisation choisie n'est pas au référentiel.", champs);
}

export async function createCompte(
  agent: AgentLike,
  input: CompteSaisi,
  { tx: outer }: InTx = {},
): Promise<{ id: string; nom: string; lien: string; envoyee: boolean }> {
  assertCan(agent, "utilisateur.gerer");
  return inTransaction(outer, async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
      throw new ErreurMetier("SAISIE_INVALIDE", "Un compte existe déjà avec cette adresse électronique.", {
        email: "Un compte existe déjà avec cette adresse : retrouvez-le dans la liste.",
      });
    await assertOrganisationsConnues(tx, input);
    const { perimetre, ...champs } = input;
    const user = await tx.user.create({
      data: { ...champs, passwordHash: null, perimetre: { create: perimetre.map((organisationId) => ({ organisationId })) } },
    });
    await recordAudit(tx, { userId: agent.id, type: "COMPTE_CREE", entite: "User", entiteId: user.id, apres: input });
    const invitation = await createInvitation(tx, user.id);
    return { id: user.id, nom: user.nom, ...invitation };
  });
}
