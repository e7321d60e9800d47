// The closure of a convention once every operation is settled (« jusqu'au règlement total des
// opérations »): attested by DINUM finance, dated, confirmed; the convention ends that day.
import "server-only";
import type { z } from "zod";
import { formatDateLongue, jourDeParis } from "@/lib/domain/dates";
import { ConflitVersion, ErreurMetier } from "@/lib/domain/erreurs";
import { estSigneeParTous } from "@/lib/domain/statut";
import type { clotureSchema } from "@/lib/schemas/vie";
import { assertCan, type AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { recordAudit } from "../audit";
import { assertDansLePerimetre } from "../publication/suivi";
import { appliquerVie, lireVie } from "./vie";

export async function recordCloture(agent: AgentLike, saisie: z.output<typeof clotureSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "convention.clore");
  await assertDansLePerimetre(agent, saisie, { tx: outer });
  const date = saisie.dateCloture!;
  const aujourdhui = jourDeParis(new Date());
  return inTransaction(outer, async (tx) => {
    const vie = await lireVie(saisie.conventionId, { tx });
    if (!estSigneeParTous(vie.statut))
      throw new ErreurMetier("PAS_SIGNEE", "Seule une convention signée par toutes les parties peut être close.");
    if (vie.statut === "TERMINEE") throw new ErreurMetier("DEJA_TERMINEE", "Cette convention est déjà terminée.");
    if (date > aujourdhui)
      throw new ErreurMetier("DATE_CLOTURE", "Date de clôture refusée.", {
        dateCloture: "La clôture s'enregistre le jour où elle est constatée, pas à l'avance.",
      });
    if (vie.dateSignature && date < vie.dateSignature)
      throw new ErreurMetier("DATE_CLOTURE", "Date de clôture refusée.", {
        dateCloture: `La clôture ne peut précéder la dernière signature (${formatDateLongue(vie.dateSignature)}).`,
      });
    const { count } = await tx.convention.updateMany({
      where: { id: saisie.conventionId, version: saisie.version },
      data: { dateCloture: new Date(date), motifCloture: saisie.motif, version: { increment: 1 } },
    });
    if (!count) throw new ConflitVersion();
    await recordAudit(tx, {
      userId: agent.id,
      type: "CONVENTION_CLOTURE",
      entite: "Convention",
      entiteId: saisie.conventionId,
      conventionId: saisie.conventionId,
      apres: { dateCloture: date, motif: saisie.motif },
    });
    // Ended the day after its closure date: applied as of tomorrow if closed today.
    return appliquerVie(tx, saisie.conventionId, aujourdhui, agent.id);
  });
}
