// « Téléverser sur data.gouv.fr »: the channel goes « en cours » and the upload is queued in the
// same transaction (one job per channel: pressed twice, or the app restarted, it runs once).
import "server-only";
import { ErreurMetier } from "@/lib/domain/erreurs";
import type { RefDocument } from "../documents/document";
import { assertCan, type AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { addJob } from "../jobs/job";
import { recordAudit } from "../audit";
import { configDataGouv } from "./datagouv";
import { assertDansLePerimetre, assertPubliable, ecrireProposition, lireDocumentAPublier } from "./suivi";
import { televersementJob } from "./televersement.job";

export async function requestUpload(agent: AgentLike, ref: RefDocument, { tx: outer }: InTx = {}) {
  assertCan(agent, "convention.publier");
  await assertDansLePerimetre(agent, ref, { tx: outer });
  if (!configDataGouv())
    throw new ErreurMetier(
      "DATAGOUV_NON_CONFIGURE",
      "Le téléversement sur data.gouv.fr n'est pas configuré sur ce serveur : enregistrez la publication à la main (adresse et date).",
    );
  return inTransaction(outer, async (tx) => {
    const doc = await lireDocumentAPublier(ref, { tx });
    assertPubliable(doc);
    await ecrireProposition(tx, doc);
    const cle = { documentId_canal_libelle: { documentId: doc.documentId, canal: "DATA_GOUV_FR" as const, libelle: "" } };
    const ligne =
      (await tx.publication.findUnique({ where: cle })) ??
      (await tx.publication.create({
        data: { documentId: doc.documentId, conventionId: doc.conventionId, avenantId: doc.avenantId, canal: "DATA_GOUV_FR" },
      }));
    if (ligne.etat === "PUBLIEE") throw new ErreurMetier("DEJA_PUBLIEE", "Ce document est déjà publié sur data.gouv.fr.");
    if (ligne.etat === "EN_COURS") throw new ErreurMetier("TELEVERSEMENT_EN_COURS", "Le téléversement est déjà en cours.");
    await tx.publication.update({
      where: { id: ligne.id },
      data: { etat: "EN_COURS", message: null, tentatives: 0, requis: true, majParId: agent.id, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      userId: agent.id,
      type: `${doc.type === "avenant" ? "AVENANT" : "CONVENTION"}_PUBLICATION_CANAL`,
      entite: doc.type === "avenant" ? "Avenant" : "Convention",
      entiteId: doc.documentId,
      conventionId: doc.conventionId,
      apres: { canal: "data.gouv.fr", etat: "Téléversement demandé" },
    });
    await addJob(tx, televersementJob, { publicationId: ligne.id, agentId: agent.id }, { cle: `datagouv:${ligne.id}` });
    return { etat: "EN_COURS" as const };
  });
}
