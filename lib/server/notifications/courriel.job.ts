// The e-mail of an in-app notification, sent by the worker once the change that made it is
// committed. Sent twice at worst after a crash between the send and the acknowledgement, never lost.
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { defineJob } from "../jobs/job";
import { ADRESSE_APP, EXPEDITEUR, transport } from "./courriel";
import { LIBELLES_NOTIFICATION } from "@/lib/domain/notifications";

export const courrielJob = defineJob({
  nom: "courriel",
  charge: z.object({ notificationId: z.string().min(1) }),
  tentatives: 12, // (an SMTP relay down for a few hours: the last try ~2 days later)
  async executer({ notificationId }) {
    const n = await db.notification.findUnique({ where: { id: notificationId }, include: { user: true } });
    if (!n || !n.user.actif || n.user.courrielsCoupes.includes(n.type)) return; // removed, deactivated or turned off since
    const lien = `${ADRESSE_APP()}${n.lien}`;
    await transport().sendMail({
      from: EXPEDITEUR(),
      to: `${n.user.nom} <${n.user.email}>`,
      subject: `[Conventions] ${n.titre}`,
      text: `Bonjour,\n\n${n.titre}\n\nPour y accéder : ${lien}\n\nVous recevez ce courriel parce que vous suivez les « ${LIBELLES_NOTIFICATION[n.type].toLowerCase()} ». Vous pouvez l'arrêter depuis votre page Notifications : ${ADRESSE_APP()}/notifications\n`,
    });
  },
});
