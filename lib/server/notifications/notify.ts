// Telling the right agents what happened to a document: an item in their inbox, and an e-mail job
// when SMTP is configured and they have not turned that kind off — both written in the
// transaction of the change (a rolled-back change tells nobody).
import "server-only";
import type { TypeNotification } from "@/lib/domain/notifications";
import type { Tx } from "../db";
import { addJob } from "../jobs/job";
import { courrielJob } from "./courriel.job";
import { courrielActif } from "./courriel";
import type { DocumentRevu } from "../documents/document";

export async function notify(
  tx: Tx,
  n: { type: TypeNotification; destinataires: Iterable<string>; titre: string; lien: string; conventionId?: string | null; sauf?: string },
) {
  const ids = [...new Set(n.destinataires)].filter((id) => id !== n.sauf);
  if (!ids.length) return;
  const agents = await tx.user.findMany({ where: { id: { in: ids }, actif: true }, select: { id: true, courrielsCoupes: true } });
  for (const agent of agents) {
    const { id } = await tx.notification.create({
      data: { userId: agent.id, type: n.type, titre: n.titre, lien: n.lien, conventionId: n.conventionId ?? null },
      select: { id: true },
    });
    if (courrielActif() && !agent.courrielsCoupes.includes(n.type)) await addJob(tx, courrielJob, { notificationId: id });
  }
}

/** Those who wrote the document: who created it, edited it or submitted it — and, with `importe`,
 *  who imported it (the deadlines of a signed record concern whoever brought it in). */
export async function redacteursDe(tx: Tx, doc: Pick<DocumentRevu, "documentId">, { importe = false } = {}): Promise<string[]> {
  const events = await tx.auditEvent.findMany({
    where: {
      entiteId: doc.documentId,
      type: {
        in: [
          "CONVENTION_CREEE",
          "CONVENTION_MODIFIEE",
          "AVENANT_CREE",
          "CONVENTION_SOUMETTRE",
          "AVENANT_SOUMETTRE",
          ...(importe ? ["CONVENTION_IMPORTEE"] : []),
        ],
      },
      userId: { not: null },
    },
    select: { userId: true },
  });
  return events.map((e) => e.userId!);
}

/** DINUM finance: every active reviewer. */
export async function relecteurs(tx: Tx): Promise<string[]> {
  return (await tx.user.findMany({ where: { roles: { has: "RELECTEUR_FINANCIER" }, actif: true }, select: { id: true } })).map((u) => u.id);
}

/** Those who wrote in a thread of the document. */
export async function participantsDuFil(tx: Tx, filId: string): Promise<string[]> {
  return (await tx.messageRevue.findMany({ where: { filId }, select: { auteurId: true } })).map((m) => m.auteurId);
}
