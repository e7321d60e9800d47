// What the worker does, by job name. Each task is safe to run twice (a retry after a crash
// between the send and the acknowledgement sends the e-mail again at worst, never loses it).
import "server-only";
import type { Task, TaskList } from "graphile-worker";
import { db } from "../db";
import { rafraichirSuiviPerime } from "../execution/suivi";
import { ADRESSE_APP, EXPEDITEUR, transport } from "../notifications/courriel";
import { LIBELLES_NOTIFICATION } from "@/lib/domain/notifications";

const courriel: Task = async (charge) => {
  const { notificationId } = charge as { notificationId: string };
  const n = await db.notification.findUnique({ where: { id: notificationId }, include: { user: true } });
  if (!n || !n.user.actif || n.user.courrielsCoupes.includes(n.type)) return; // removed, deactivated or turned off since
  const lien = `${ADRESSE_APP()}${n.lien}`;
  await transport().sendMail({
    from: EXPEDITEUR(),
    to: `${n.user.nom} <${n.user.email}>`,
    subject: `[Conventions] ${n.titre}`,
    text: `Bonjour,\n\n${n.titre}\n\nPour y accéder : ${lien}\n\nVous recevez ce courriel parce que vous suivez les « ${LIBELLES_NOTIFICATION[n.type].toLowerCase()} ». Vous pouvez l'arrêter depuis votre page Notifications : ${ADRESSE_APP()}/notifications\n`,
  });
};

// The finance figures whose alerts depend on the date (a month after signature, the year-end
// cut-offs), computed before today: each night, and when the worker starts.
const suiviExecution: Task = async () => {
  await rafraichirSuiviPerime();
};

export const TACHES: TaskList = { courriel, suiviExecution };
/** graphile-worker's crontab: at 02:30 every night (server time), and once if missed (fill). */
export const CRONTAB = "30 2 * * * suiviExecution ?fill=1d&jobKey=suivi-execution";
