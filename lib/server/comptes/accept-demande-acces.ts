// Accepting an access request (administrators): the account is created with the roles, organisation
// and perimeter chosen; the agent logs in with ProConnect and is told by e-mail. Decided once.
import "server-only";
import { inTransaction, type InTx, type Tx } from "../db";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { addJob } from "../jobs/job";
import { courrielActif } from "../notifications/courriel";
import { assertOrganisationsConnues } from "./create-compte";
import { demandeAccesJob } from "./demande-acces.job";
import { ErreurMetier, Introuvable } from "@/lib/domain/erreurs";
import type { Role } from "@/lib/domain/roles";

/** The request, still waiting for a decision (refused in French otherwise). */
export async function findDemandeATraiter(tx: Tx, id: string) {
  const demande = await tx.demandeAcces.findUnique({ where: { id } });
  if (!demande) throw new Introuvable("Cette demande d'accès");
  if (demande.statut !== "EN_ATTENTE")
    throw new ErreurMetier("DEJA_TRAITEE", "Cette demande a déjà été traitée (voir « Demandes traitées »).");
  return demande;
}

/** Accepts a request: the account is created with what the administrator chooses; the agent logs in
 *  with ProConnect (no password) and is told by e-mail. */
export async function acceptDemandeAcces(
  agent: AgentLike,
  input: { id: string; roles: Role[]; organisationId: string | null; perimetre: string[] },
  { tx: outer }: InTx = {},
): Promise<{ id: string; nom: string; compteId: string }> {
  assertCan(agent, "utilisateur.gerer");
  return inTransaction(outer, async (tx) => {
    const demande = await findDemandeATraiter(tx, input.id);
    if (await tx.user.findUnique({ where: { email: demande.email }, select: { id: true } }))
      throw new ErreurMetier("COMPTE_EXISTANT", "Un compte existe déjà pour cette adresse : refusez la demande en le disant.");
    await assertOrganisationsConnues(tx, input);
    const compte = await tx.user.create({
      data: {
        email: demande.email,
        nom: demande.nom,
        roles: input.roles,
        organisationId: input.organisationId,
        perimetre: { create: input.perimetre.map((organisationId) => ({ organisationId })) },
      },
    });
    await tx.demandeAcces.update({
      where: { id: demande.id },
      data: { statut: "ACCEPTEE", traiteeParId: agent.id, traiteeLe: new Date(), compteId: compte.id },
    });
    await recordAudit(tx, {
      userId: agent.id,
      type: "COMPTE_CREE",
      entite: "User",
      entiteId: compte.id,
      apres: { ...input, id: undefined, email: demande.email, nom: demande.nom, demande: demande.id },
    });
    if (courrielActif()) await addJob(tx, demandeAccesJob, { demandeId: demande.id });
    return { id: demande.id, nom: demande.nom, compteId: compte.id };
  });
}
