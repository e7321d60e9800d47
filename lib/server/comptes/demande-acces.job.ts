// Telling an agent who asked for access what was decided (accepted: how to log in; refused: why).
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { defineJob } from "../jobs/job";
import { ADRESSE_APP, EXPEDITEUR, transport } from "../notifications/courriel";

export const demandeAccesJob = defineJob({
  nom: "demande-acces",
  charge: z.object({ demandeId: z.string().min(1) }),
  tentatives: 12,
  async executer({ demandeId }) {
    const d = await db.demandeAcces.findUnique({ where: { id: demandeId } });
    if (!d || d.statut === "EN_ATTENTE") return;
    const texte =
      d.statut === "ACCEPTEE"
        ? `Bonjour,\n\nVotre demande d'accès au service « Conventions de délégation de gestion » est acceptée.\n\nConnectez-vous avec ProConnect : ${ADRESSE_APP()}/connexion\n`
        : `Bonjour,\n\nVotre demande d'accès au service « Conventions de délégation de gestion » n'a pas été acceptée.\n\nMotif : ${d.motifRefus ?? "non précisé"}\n\nPour toute question, adressez-vous à votre administrateur.\n`;
    await transport().sendMail({
      from: EXPEDITEUR(),
      to: `${d.nom} <${d.email}>`,
      subject: d.statut === "ACCEPTEE" ? "[Conventions] Votre accès est ouvert" : "[Conventions] Votre demande d'accès",
      text: texte,
    });
  },
});
