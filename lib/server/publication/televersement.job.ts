// The signed PDF put on data.gouv.fr by the app (DINUM's delegated task), run by the worker: the
// file under its deterministic name (found again rather than uploaded twice when an earlier run was
// cut after the upload), then its title and description; the channel marked published with the
// resource's id and address, the document « publiée » when it was the last channel, and the
// open-data index refreshed. A failure is retried with growing delays (at most 5 attempts), then
// said in French on the tracker and to whoever asked; an expired or revoked key is not retried.
import "server-only";
import { z } from "zod";
import { messageDataGouv, metadonneesPublication, nomFichierPublie } from "@/lib/domain/publication";
import { jourDeParis } from "@/lib/domain/dates";
import { db } from "../db";
import { defineJob, addJob } from "../jobs/job";
import { notify } from "../notifications/notify";
import { configDataGouv, decrire, ErreurDataGouv, televerser, trouverRessource } from "./datagouv";
import { fichierAPublier, lireDocumentPublie } from "./fichier-publie";
import { lireDocumentAPublier, publierSiComplet } from "./suivi";
import { indexDonneesOuvertesJob } from "./index-donnees-ouvertes.job";

export const televersementJob = defineJob({
  nom: "publication-datagouv",
  charge: z.object({ publicationId: z.string().min(1), agentId: z.string().min(1) }),
  tentatives: 5,
  async executer({ publicationId, agentId }, { job }) {
    const ligne = await db.publication.findUnique({ where: { id: publicationId } });
    if (!ligne || ligne.etat !== "EN_COURS") return; // done, or withdrawn, meanwhile
    const echec = (message: string) => echouer(publicationId, agentId, message, job.attempts);
    const config = configDataGouv();
    if (!config)
      return echec(
        "Le téléversement sur data.gouv.fr n'est pas configuré (DATAGOUV_API_KEY, DATAGOUV_DATASET) : enregistrez la publication à la main.",
      );
    const agent = await db.user.findUnique({
      where: { id: agentId },
      select: { id: true, roles: true, organisationId: true, actif: true },
    });
    if (!agent) return echec("Le compte qui a demandé le téléversement n'existe plus.");
    const doc = await lireDocumentAPublier({
      conventionId: ligne.conventionId,
      numero: ligne.avenantId ? await numeroDe(ligne.avenantId) : null,
    });
    const publie = await lireDocumentPublie(doc);
    const nom = nomFichierPublie(publie);
    try {
      const fichier = await fichierAPublier(agent, doc);
      const existante = ligne.resourceId ? { id: ligne.resourceId, url: ligne.url, title: null } : await trouverRessource(config, nom);
      const ressource = existante ?? (await televerser(config, { nom, octets: fichier.octets, type: "application/pdf" }));
      const decrite = await decrire(config, ressource.id, metadonneesPublication(publie));
      await db.$transaction(async (tx) => {
        const { count } = await tx.publication.updateMany({
          where: { id: publicationId, etat: "EN_COURS" },
          data: {
            etat: "PUBLIEE",
            datePublication: new Date(jourDeParis(new Date())),
            url: decrite.url ?? ressource.url,
            datasetId: config.dataset,
            resourceId: ressource.id,
            sha256: fichier.sha256,
            message: null,
            tentatives: job.attempts,
            version: { increment: 1 },
          },
        });
        if (!count) return;
        await tx.auditEvent.create({
          data: {
            type: doc.type === "avenant" ? "AVENANT_PUBLICATION_CANAL" : "CONVENTION_PUBLICATION_CANAL",
            entite: doc.type === "avenant" ? "Avenant" : "Convention",
            entiteId: doc.documentId,
            conventionId: doc.conventionId,
            userId: agentId,
            apres: { canal: "data.gouv.fr", etat: "Publiée", url: decrite.url, fichier: nom, sha256: fichier.sha256 },
          },
        });
        await publierSiComplet(tx, agentId, doc);
        await addJob(tx, indexDonneesOuvertesJob, {}, { cle: indexDonneesOuvertesJob.nom });
      });
    } catch (e) {
      if (!(e instanceof ErreurDataGouv)) {
        if (job.attempts >= job.max_attempts)
          await echec(`Le téléversement a échoué après ${job.attempts} essais : ${e instanceof Error ? e.message : String(e)}`);
        else await noterEssai(publicationId, job.attempts, "Incident technique : nouvel essai dans quelques minutes…");
        throw e;
      }
      const { message, reessayer } = messageDataGouv(e.statut, e.detail);
      if (!reessayer) return echec(message);
      if (job.attempts >= job.max_attempts) return echec(`${message} Abandon après ${job.attempts} essais.`);
      await noterEssai(publicationId, job.attempts, `${message} Nouvel essai automatique (essai ${job.attempts} sur ${job.max_attempts}).`);
      throw e;
    }
  },
});

const numeroDe = async (avenantId: string) =>
  (await db.avenant.findUniqueOrThrow({ where: { id: avenantId }, select: { numero: true } })).numero;

const noterEssai = (id: string, tentatives: number, message: string) =>
  db.publication.updateMany({ where: { id, etat: "EN_COURS" }, data: { tentatives, message } });

/** « en erreur », said on the tracker and to whoever asked (inbox and e-mail). */
async function echouer(id: string, agentId: string, message: string, tentatives: number) {
  await db.$transaction(async (tx) => {
    const ligne = await tx.publication.findUnique({
      where: { id },
      include: { convention: { select: { reference: true } }, avenant: true },
    });
    if (!ligne || ligne.etat !== "EN_COURS") return;
    await tx.publication.update({ where: { id }, data: { etat: "EN_ERREUR", message, tentatives, version: { increment: 1 } } });
    const chemin = ligne.avenant
      ? `/conventions/${ligne.conventionId}/avenants/${ligne.avenant.numero}`
      : `/conventions/${ligne.conventionId}`;
    const quoi = ligne.avenant ? `l'avenant n° ${ligne.avenant.numero} à ${ligne.convention.reference}` : ligne.convention.reference;
    await notify(tx, {
      type: "PUBLICATION_EN_ERREUR",
      destinataires: [agentId],
      titre: `Publication sur data.gouv.fr en erreur : ${quoi}`,
      lien: `${chemin}#publication`,
      conventionId: ligne.conventionId,
    });
  });
}
