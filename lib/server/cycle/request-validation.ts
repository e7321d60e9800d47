// « Valider pour signature » asked: every check the step makes, at once (the user hears at once what
// stops it), then the work queued — a progress record and its job, in one transaction — for the
// worker to render the frozen PDF and take the step (validation.job.ts). One validation at a time
// per document.
import "server-only";
import { nextStatut } from "@/lib/domain/statut";
import { ACTION_DE } from "@/lib/domain/roles";
import { ConflitVersion, ErreurMetier } from "@/lib/domain/erreurs";
import type { TravailVue } from "@/lib/views/travail";
import { assertCan, type AgentLike } from "../policies";
import { inTransaction } from "../db";
import { addJob } from "../jobs/job";
import { createTravail, travailEnCours } from "../jobs/travail";
import { loadDocument } from "../revue/load-document";
import { assertRevueComplete, type DemandeTransition } from "./transition";
import { validationJob } from "./validation.job";

export async function requestValidation(agent: AgentLike, demande: Omit<DemandeTransition, "evenement">): Promise<TravailVue> {
  const doc = await loadDocument(agent, demande);
  assertCan(agent, ACTION_DE.VALIDER);
  nextStatut(doc.statut, "VALIDER"); // TransitionInterdite: said as is
  if (doc.version !== demande.version) throw new ConflitVersion();
  const avertissementsAcquittes = demande.avertissementsAcquittes ?? [];
  await assertRevueComplete(doc, avertissementsAcquittes, undefined);
  return inTransaction(undefined, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`validation:${doc.documentId}`}))`;
    if (await travailEnCours(doc.documentId, validationJob.nom, { tx }))
      throw new ErreurMetier(
        "VALIDATION_EN_COURS",
        "La validation de ce document est déjà en cours : son avancement s'affiche sur la page.",
      );
    const travail = await createTravail(tx, {
      nature: validationJob.nom,
      agent,
      documentId: doc.documentId,
      version: doc.version,
      etape: "Validation demandée : préparation de la version à signer…",
    });
    await addJob(tx, validationJob, {
      travailId: travail.id,
      agentId: agent.id,
      conventionId: demande.conventionId,
      numero: demande.numero ?? null,
      version: demande.version,
      commentaire: demande.commentaire?.trim() || null,
      avertissementsAcquittes,
    });
    return travail;
  });
}
