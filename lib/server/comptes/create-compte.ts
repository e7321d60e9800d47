// Opening an agent's account (administrators): name, professional e-mail (the ProConnect match), role,
// organisation; an invitation to set a password is sent (lib/server/comptes/invitation.ts). The
// administrator never types the agent's password.
import "server-only";
import { inTransaction, type InTx, type Tx } from "../db";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { createInvitation } from "./invitation";
import { ErreurMetier } from "@/lib/domain/erreurs";
import type { Role } from "@/lib/domain/roles";

export type CompteSaisi = { nom: string; email: string; role: Role; organisationId: string | null };

/** The organisation must be one of the referential's: refused at its field otherwise. */
export async function assertOrganisationConnue(tx: Tx, organisationId: string | null) {
  if (organisationId && !(await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } })))
    throw new ErreurMetier("SAISIE_INVALIDE", "Cette organisation n'est pas au référentiel.", {
      organisationId: "Choisissez une organisation du référentiel.",
    });
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
    await assertOrganisationConnue(tx, input.organisationId);
    const user = await tx.user.create({ data: { ...input, passwordHash: null } });
    await recordAudit(tx, { userId: agent.id, type: "COMPTE_CREE", entite: "User", entiteId: user.id, apres: input });
    const invitation = await createInvitation(tx, user.id);
    return { id: user.id, nom: user.nom, ...invitation };
  });
}
