// One step of the Chorus set-up recorded by DINUM finance: done (dated, not to come, not before the
// last signature), not applicable, or back to do; guarded by its version, in the history.
import "server-only";
import type { z } from "zod";
import { formatDateLongue, jourDeParis, toCalendarDate } from "@/lib/domain/dates";
import { ConflitVersion, ErreurMetier } from "@/lib/domain/erreurs";
import { estSigneeParTous } from "@/lib/domain/statut";
import type { etapeChorusSchema } from "@/lib/schemas/parametrage-chorus";
import { assertCan, type AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { recordAudit } from "../audit";
import { assertDansLePerimetre } from "../publication/suivi";

const LIBELLES = { A_FAIRE: "à faire", FAITE: "faite", SANS_OBJET: "sans objet" } as const;

export async function recordEtapeChorus(agent: AgentLike, saisie: z.output<typeof etapeChorusSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "execution.importer");
  await assertDansLePerimetre(agent, saisie, { tx: outer });
  return inTransaction(outer, async (tx) => {
    const c = await tx.convention.findUniqueOrThrow({ where: { id: saisie.conventionId }, select: { statut: true, dateSignature: true } });
    if (!estSigneeParTous(c.statut))
      throw new ErreurMetier("PAS_SIGNEE", "Le paramétrage Chorus se suit une fois la convention signée par toutes les parties.");
    if (saisie.etat === "FAITE") {
      if (!saisie.date)
        throw new ErreurMetier("DATE_ETAPE", "Indiquez la date.", { date: "Indiquez la date à laquelle l'étape a été faite." });
      if (saisie.date > jourDeParis(new Date()))
        throw new ErreurMetier("DATE_ETAPE", "Date refusée.", { date: "La date ne peut pas être à venir." });
      if (c.dateSignature && saisie.date < toCalendarDate(c.dateSignature))
        throw new ErreurMetier("DATE_ETAPE", "Date refusée.", {
          date: `Le paramétrage suit la signature (${formatDateLongue(toCalendarDate(c.dateSignature))}).`,
        });
    }
    const cle = { conventionId_cle: { conventionId: saisie.conventionId, cle: saisie.cle } };
    const avant = await tx.etapeChorus.findUnique({ where: cle });
    if ((avant?.version ?? null) !== saisie.version) throw new ConflitVersion();
    const data = {
      etat: saisie.etat,
      date: saisie.etat === "FAITE" ? new Date(saisie.date!) : null,
      commentaire: saisie.commentaire,
      parId: agent.id,
    };
    const apres = avant
      ? await tx.etapeChorus.update({ where: cle, data: { ...data, version: { increment: 1 } } })
      : await tx.etapeChorus.create({ data: { ...data, conventionId: saisie.conventionId, cle: saisie.cle } });
    await recordAudit(tx, {
      userId: agent.id,
      type: "CONVENTION_PARAMETRAGE_CHORUS",
      entite: "Convention",
      entiteId: saisie.conventionId,
      conventionId: saisie.conventionId,
      avant: avant ? { etape: saisie.cle, etat: LIBELLES[avant.etat] } : undefined,
      apres: { etape: saisie.cle, etat: LIBELLES[apres.etat], ...(saisie.date && saisie.etat === "FAITE" ? { date: saisie.date } : {}) },
    });
    return { version: apres.version };
  });
}
