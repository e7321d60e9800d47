// Refusing an access request (administrators), with a reason sent to the agent. Decided once; the agent
// may ask again afterwards.
import "server-only";
import { inTransaction, type InTx } from "../db";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { addJob } from "../jobs/job";
import { courrielActif } from "../notifications/courriel";
import { findDemandeATraiter } from "./accept-demande-acces";
import { demandeAccesJob } from "./demande-acces.job";

export async function refuseDemandeAcces(agent: AgentLike, input: { id: string; motif: string }, { tx: outer }: InTx = {}) {
  assertCan(agent, "utilisateur.gerer");
  return inTransaction(outer, async (tx) => {
    const demande = await findDemandeATraiter(tx, input.id);
    await tx.demandeAcces.update({
      where: { id: demande.id },
      data: { statut: "REFUSEE", motifRefus: input.motif, traiteeParId: agent.id, traiteeLe: new Date() },
    });
    await recordAudit(tx, {
      userId: agent.id,
      type: "DEMANDE_ACCES_REFUSEE",
      entite: "DemandeAcces",
      entiteId: demande.id,
      apres: { motif: input.motif },
    });
    if (courrielActif()) await addJob(tx, demandeAccesJob, { demandeId: demande.id });
    return { id: demande.id, nom: demande.nom };
  });
}
