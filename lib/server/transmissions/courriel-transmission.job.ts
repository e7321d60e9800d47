// A copy of a signed document sent by e-mail from the app to a controller or an accountant: the
// signed PDF attached under its published name, the recipient marked « envoyée » that day. Retried
// with growing delays; after the last attempt, « en erreur » with the reason, and whoever asked is told.
import "server-only";
import { z } from "zod";
import { nomFichierPublie } from "@/lib/domain/publication";
import { jourDeParis } from "@/lib/domain/dates";
import { db } from "../db";
import { defineJob } from "../jobs/job";
import { ADRESSE_APP, EXPEDITEUR, transport } from "../notifications/courriel";
import { notify } from "../notifications/notify";
import { fichierAPublier, lireDocumentPublie } from "../publication/fichier-publie";
import { lireDocumentAPublier } from "../publication/suivi";

export const courrielTransmissionJob = defineJob({
  nom: "transmission-courriel",
  charge: z.object({ transmissionId: z.string().min(1), agentId: z.string().min(1) }),
  tentatives: 5,
  async executer({ transmissionId, agentId }, { job }) {
    const ligne = await db.transmission.findUnique({ where: { id: transmissionId }, include: { avenant: { select: { numero: true } } } });
    if (!ligne || ligne.etat !== "EN_COURS" || !ligne.adresse) return;
    const agent = await db.user.findUnique({ where: { id: agentId }, select: { id: true, roles: true, organisationId: true } });
    if (!agent) return;
    const doc = await lireDocumentAPublier({ conventionId: ligne.conventionId, numero: ligne.avenant?.numero ?? null });
    try {
      const publie = await lireDocumentPublie(doc);
      const fichier = await fichierAPublier(agent, doc);
      const quoi = doc.numero
        ? `l'avenant n° ${doc.numero} à la convention de délégation de gestion ${doc.reference}`
        : `la convention de délégation de gestion ${doc.reference}`;
      await transport().sendMail({
        from: EXPEDITEUR(),
        to: ligne.adresse,
        subject: `[Conventions] Exemplaire signé de ${quoi}`,
        text: [
          "Madame, Monsieur,",
          "",
          `Vous trouverez ci-joint un exemplaire signé de ${quoi}, en application de ses stipulations (destinataire : ${ligne.destinataire}).`,
          "",
          `Empreinte SHA-256 du PDF : ${fichier.sha256}. Son authenticité peut être vérifiée sur ${ADRESSE_APP()}/verifier-une-publication une fois le document publié.`,
          "",
          "Merci d'en accuser réception en répondant à ce message.",
        ].join("\n"),
        attachments: [{ filename: nomFichierPublie(publie), content: fichier.octets, contentType: "application/pdf" }],
      });
      await db.$transaction(async (tx) => {
        const { count } = await tx.transmission.updateMany({
          where: { id: transmissionId, etat: "EN_COURS" },
          data: { etat: "ENVOYEE", dateEnvoi: new Date(jourDeParis(new Date())), message: null, version: { increment: 1 } },
        });
        if (count)
          await tx.auditEvent.create({
            data: {
              type: `${doc.type === "avenant" ? "AVENANT" : "CONVENTION"}_TRANSMISSION`,
              entite: doc.type === "avenant" ? "Avenant" : "Convention",
              entiteId: doc.documentId,
              conventionId: doc.conventionId,
              userId: agentId,
              apres: { destinataire: ligne.destinataire, etat: "Envoyée par courriel", adresse: ligne.adresse, sha256: fichier.sha256 },
            },
          });
      });
    } catch (e) {
      const raison = e instanceof Error ? e.message : String(e);
      if (job.attempts < job.max_attempts) {
        await db.transmission.updateMany({
          where: { id: transmissionId, etat: "EN_COURS" },
          data: { message: `Envoi impossible pour l'instant (${raison}) : nouvel essai automatique.` },
        });
        throw e;
      }
      await db.$transaction(async (tx) => {
        await tx.transmission.updateMany({
          where: { id: transmissionId, etat: "EN_COURS" },
          data: { etat: "EN_ERREUR", message: `Courriel non envoyé après ${job.attempts} essais : ${raison}`, version: { increment: 1 } },
        });
        await notify(tx, {
          type: "PUBLICATION_EN_ERREUR",
          destinataires: [agentId],
          titre: `Exemplaire non envoyé à ${ligne.destinataire} (${doc.reference})`,
          lien: `${doc.chemin}#transmissions`,
          conventionId: doc.conventionId,
        });
      });
    }
  },
});
