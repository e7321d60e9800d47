// « Valider pour signature », run by the worker: the frozen PDF rendered and kept, then the step in
// its transaction (the same checks again, the version read by the user still holding), the progress
// record ended in it. A domain refusal (the document changed meanwhile, a thread opened) ends the
// work with its French message at once; a technical failure is retried, then said.
import "server-only";
import { z } from "zod";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { db } from "../db";
import { defineJob } from "../jobs/job";
import { avancerTravail, echouerTravail, getTravailEtat, terminerTravail } from "../jobs/travail";
import { transitionDocument } from "./transition";

export const validationJob = defineJob({
  nom: "validation",
  charge: z.object({
    travailId: z.string().min(1),
    agentId: z.string().min(1),
    conventionId: z.string().min(1),
    numero: z.number().int().positive().nullable(),
    version: z.number().int(),
    commentaire: z.string().nullable(),
    avertissementsAcquittes: z.array(z.string()),
  }),
  tentatives: 3,
  async executer(c, { job }) {
    const travail = await getTravailEtat(c.travailId);
    if (!travail || travail.etat === "FAIT" || travail.etat === "ECHEC") return; // done by an earlier run
    const user = await db.user.findUnique({
      where: { id: c.agentId },
      select: { id: true, roles: true, organisationId: true, actif: true },
    });
    if (!user?.actif) return void (await echouerTravail(c.travailId, "Le compte qui a demandé la validation n'est plus actif."));
    try {
      await transitionDocument(
        user,
        { ...c, evenement: "VALIDER" },
        {
          surEtape: (etape) => avancerTravail(c.travailId, etape),
          aussi: (tx, resultat) => terminerTravail(c.travailId, resultat, "Version figée et prête à signer.", { tx }),
        },
      );
    } catch (e) {
      if (e instanceof ErreurMetier) return void (await echouerTravail(c.travailId, e.message));
      if (job.attempts >= job.max_attempts)
        await echouerTravail(
          c.travailId,
          "La préparation de la version à signer a échoué à cause d'un problème technique. Réessayez « Valider pour signature » ; si le problème persiste, contactez l'administrateur.",
        );
      else await avancerTravail(c.travailId, "Incident technique : nouvel essai dans quelques secondes…");
      throw e;
    }
  },
});
