// The date the signed convention was notified to the parties: its start when its text says « à
// compter de sa notification ». Recorded once the document is signed by all; today's date is then
// applied at once (a published convention enters into force now, not tomorrow night).
import "server-only";
import type { z } from "zod";
import { formatDateLongue, jourDeParis } from "@/lib/domain/dates";
import { ConflitVersion, ErreurMetier } from "@/lib/domain/erreurs";
import { estSigneeParTous } from "@/lib/domain/statut";
import type { notificationSchema } from "@/lib/schemas/vie";
import { assertCan, type AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { recordAudit } from "../audit";
import { assertDansLePerimetre } from "../publication/suivi";
import { appliquerVie, lireVie } from "./vie";

export async function recordNotification(agent: AgentLike, saisie: z.output<typeof notificationSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "convention.publier");
  await assertDansLePerimetre(agent, saisie, { tx: outer });
  const date = saisie.dateNotification!;
  const aujourdhui = jourDeParis(new Date());
  return inTransaction(outer, async (tx) => {
    const vie = await lireVie(saisie.conventionId, { tx });
    if (!estSigneeParTous(vie.statut) || vie.statut === "TERMINEE")
      throw new ErreurMetier(
        "PAS_SIGNEE",
        "La notification s'enregistre pour une convention signée par toutes les parties et non terminée.",
      );
    if (vie.dateSignature && date < vie.dateSignature)
      throw new ErreurMetier("DATE_NOTIFICATION", "Date de notification refusée.", {
        dateNotification: `Une convention ne peut être notifiée avant sa dernière signature (${formatDateLongue(vie.dateSignature)}).`,
      });
    if (date > aujourdhui)
      throw new ErreurMetier("DATE_NOTIFICATION", "Date de notification refusée.", {
        dateNotification: "La date de notification ne peut pas être à venir.",
      });
    const { count } = await tx.convention.updateMany({
      where: { id: saisie.conventionId, version: saisie.version },
      data: { dateNotification: new Date(date), version: { increment: 1 } },
    });
    if (!count) throw new ConflitVersion();
    await recordAudit(tx, {
      userId: agent.id,
      type: "CONVENTION_NOTIFICATION",
      entite: "Convention",
      entiteId: saisie.conventionId,
      conventionId: saisie.conventionId,
      avant: { dateNotification: vie.dateNotification },
      apres: { dateNotification: date },
    });
    return appliquerVie(tx, saisie.conventionId, aujourdhui, agent.id);
  });
}
