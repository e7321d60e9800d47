// One recipient of « Transmission aux contrôleurs »: added, sent by hand (date), sent by e-mail from
// the app (a job, the signed PDF attached; one per recipient), or acknowledged (date not before the
// sending nor to come, and its reference). Proposed recipients are written down the first time; each
// row is guarded by its version; everything is in the document's history.
import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { raisonAccuseRefuse, LIBELLES_ETAT_TRANSMISSION } from "@/lib/domain/transmissions";
import { formatDateLongue, jourDeParis, toCalendarDate } from "@/lib/domain/dates";
import { ConflitVersion, ErreurMetier } from "@/lib/domain/erreurs";
import type { transmissionSchema } from "@/lib/schemas/transmission";
import { assertCan, type AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { recordAudit } from "../audit";
import { addJob } from "../jobs/job";
import { courrielActif } from "../notifications/courriel";
import { assertDansLePerimetre, assertPubliable, lireDocumentAPublier } from "../publication/suivi";
import { ecrireDestinataires } from "./transmissions";
import { courrielTransmissionJob } from "./courriel-transmission.job";

export async function recordTransmission(agent: AgentLike, saisie: z.output<typeof transmissionSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "convention.publier");
  await assertDansLePerimetre(agent, saisie, { tx: outer });
  const aujourdhui = jourDeParis(new Date());
  if (saisie.quoi === "courriel" && !courrielActif())
    throw new ErreurMetier(
      "COURRIEL_INACTIF",
      "L'envoi de courriels n'est pas configuré sur ce serveur (SMTP_URL) : enregistrez l'envoi à la main.",
    );
  if (saisie.quoi === "courriel" && !saisie.adresse)
    throw new ErreurMetier("ADRESSE_MANQUANTE", "Indiquez l'adresse électronique du destinataire.", {
      adresse: "Indiquez l'adresse électronique du destinataire.",
    });
  if (saisie.quoi === "envoyer") {
    if (!saisie.dateEnvoi) throw new ErreurMetier("DATE_ENVOI", "Indiquez la date d'envoi.", { dateEnvoi: "Indiquez la date d'envoi." });
    if (saisie.dateEnvoi > aujourdhui)
      throw new ErreurMetier("DATE_ENVOI", "Date d'envoi refusée.", { dateEnvoi: "La date d'envoi ne peut pas être à venir." });
  }
  return inTransaction(outer, async (tx) => {
    const doc = await lireDocumentAPublier(saisie, { tx });
    assertPubliable(doc);
    if (saisie.quoi === "envoyer" && doc.derniereSignature && saisie.dateEnvoi! < doc.derniereSignature)
      throw new ErreurMetier("DATE_ENVOI", "Date d'envoi refusée.", {
        dateEnvoi: `Un exemplaire signé ne peut être envoyé avant la dernière signature (${formatDateLongue(doc.derniereSignature)}).`,
      });
    await ecrireDestinataires(tx, doc);
    const cle = { documentId_destinataire: { documentId: doc.documentId, destinataire: saisie.destinataire } };
    const avant = await tx.transmission.findUnique({ where: cle });
    if (saisie.quoi === "ajouter") {
      if (avant)
        throw new ErreurMetier("DESTINATAIRE_EXISTE", "Ce destinataire est déjà dans la liste.", {
          destinataire: "Ce destinataire est déjà dans la liste.",
        });
    } else if (!avant || (saisie.version !== null && avant.version !== saisie.version)) throw new ConflitVersion();
    if (avant?.etat === "EN_COURS")
      throw new ErreurMetier("ENVOI_EN_COURS", "L'envoi par courriel est en cours : attendez qu'il aboutisse.");
    let data: Prisma.TransmissionUncheckedUpdateInput = {};
    switch (saisie.quoi) {
      case "ajouter":
        break;
      case "envoyer":
        data = {
          etat: "ENVOYEE",
          methode: "MAIN",
          dateEnvoi: new Date(saisie.dateEnvoi!),
          message: null,
          adresse: saisie.adresse ?? avant!.adresse,
        };
        break;
      case "courriel":
        if (avant!.etat === "ACCUSEE") throw new ErreurMetier("DEJA_ACCUSEE", "Ce destinataire a déjà accusé réception.");
        data = { etat: "EN_COURS", methode: "COURRIEL", adresse: saisie.adresse, message: null };
        break;
      case "accuser": {
        const raison = raisonAccuseRefuse(avant!.dateEnvoi ? toCalendarDate(avant!.dateEnvoi) : null, saisie.dateAccuse, aujourdhui);
        if (raison) throw new ErreurMetier("ACCUSE_REFUSE", `Accusé de réception refusé : ${raison}`, { dateAccuse: raison });
        data = { etat: "ACCUSEE", dateAccuse: new Date(saisie.dateAccuse!), referenceAccuse: saisie.referenceAccuse };
        break;
      }
    }
    const ligne = avant
      ? await tx.transmission.update({ where: { id: avant.id }, data: { ...data, majParId: agent.id, version: { increment: 1 } } })
      : await tx.transmission.create({
          data: {
            documentId: doc.documentId,
            conventionId: doc.conventionId,
            avenantId: doc.avenantId,
            destinataire: saisie.destinataire,
            adresse: saisie.adresse,
            majParId: agent.id,
          },
        });
    await recordAudit(tx, {
      userId: agent.id,
      type: `${doc.type === "avenant" ? "AVENANT" : "CONVENTION"}_TRANSMISSION`,
      entite: doc.type === "avenant" ? "Avenant" : "Convention",
      entiteId: doc.documentId,
      conventionId: doc.conventionId,
      apres: {
        destinataire: ligne.destinataire,
        etat: saisie.quoi === "ajouter" ? "Ajouté" : LIBELLES_ETAT_TRANSMISSION[ligne.etat],
        ...(ligne.dateEnvoi ? { dateEnvoi: toCalendarDate(ligne.dateEnvoi) } : {}),
        ...(ligne.dateAccuse ? { dateAccuse: toCalendarDate(ligne.dateAccuse) } : {}),
        ...(ligne.referenceAccuse ? { reference: ligne.referenceAccuse } : {}),
        ...(ligne.adresse ? { adresse: ligne.adresse } : {}),
      },
    });
    if (saisie.quoi === "courriel")
      await addJob(tx, courrielTransmissionJob, { transmissionId: ligne.id, agentId: agent.id }, { cle: `transmission:${ligne.id}` });
    return { version: ligne.version, etat: ligne.etat };
  });
}
