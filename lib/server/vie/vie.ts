// The life of a convention and its avenants after signature, applied (lib/domain/echeances.ts): its
// dates read (the end as the last signed avenant prolonged it), the statut today's date gives each
// document written with its history (« entrée en vigueur », « terminée », recorded by the app, not by
// an agent), the computed dates kept for lists and exports, and each reminder due raised once (a row
// per kind and date concerned: the daily job may run any number of times).
import "server-only";
import {
  dateEntreeEnVigueur,
  echeanceAccuse,
  echeancesDu,
  finEffective,
  LIBELLES_CAUSE_FIN,
  LIBELLES_POINT_DEPART,
  LIBELLES_RAPPEL,
  statutDuJour,
  vieDe,
  creditsNonConsommes as creditsNonConsommesDes,
  type VieDocument,
} from "@/lib/domain/echeances";
import { type CalendarDate, calendarDateOrNull as jour } from "@/lib/domain/dates";
import { estSigneeParTous, STATUTS_SIGNES_PAR_TOUS, type Statut } from "@/lib/domain/statut";
import { on, type InTx, type Tx } from "../db";
import { recordAudit } from "../audit";
import { notify, redacteursDe, relecteurs } from "../notifications/notify";
import { refreshSuivi } from "../execution/refresh-suivi";

/** The convention's life as the domain reads it. */
export async function lireVie(
  conventionId: string,
  { tx }: InTx = {},
): Promise<VieDocument & { statut: Statut; reference: string; gardees: { entree: CalendarDate | null; fin: CalendarDate | null } }> {
  const db = on(tx);
  const c = await db.convention.findUniqueOrThrow({ where: { id: conventionId } });
  const prolongations = await db.changementAvenant.findMany({
    where: {
      type: "PROLONGATION",
      nouvelleDateFin: { not: null },
      avenant: { conventionId, statut: { in: [...STATUTS_SIGNES_PAR_TOUS] } },
    },
    select: { nouvelleDateFin: true, avenant: { select: { numero: true } } },
    orderBy: [{ avenant: { numero: "desc" } }, { ordre: "desc" }],
    take: 1,
  });
  return {
    statut: c.statut,
    reference: c.reference,
    ...vieDe(c, prolongations[0]?.nouvelleDateFin),
    // What the last application kept: written again only when it changes.
    gardees: { entree: jour(c.dateEntreeEnVigueur), fin: jour(c.dateFinEffective) },
  };
}

/** AE made available and not committed (cents): what an ended convention leaves unspent. */
export async function creditsNonConsommes(conventionId: string, { tx }: InTx = {}): Promise<bigint> {
  return creditsNonConsommesDes(
    await on(tx).suiviExecutionAnnee.findMany({ where: { conventionId }, select: { aeDisponible: true, aeEngage: true } }),
  );
}

/** Applies today's date to the convention and its avenants, in `tx`: statuts, kept dates, reminders.
 *  `userId`: who caused it (a notice, a closure), null for the daily job; `rafraichir: false` when the
 *  caller refreshes the finance figures itself after. Returns what changed. */
export async function appliquerVie(
  tx: Tx,
  conventionId: string,
  aujourdhui: CalendarDate,
  userId: string | null = null,
  { rafraichir = true }: { rafraichir?: boolean } = {},
) {
  const vie = await lireVie(conventionId, { tx });
  const changes: string[] = [];
  const fin = finEffective(vie);
  const entree = dateEntreeEnVigueur(vie);
  const statut = statutDuJour(vie.statut, vie, aujourdhui);
  const chemin = `/conventions/${conventionId}`;
  const entreeGardee = entree && estSigneeParTous(vie.statut) ? entree : null;
  const finGardee = fin?.date ?? null;
  // Written only when something changes: the nightly run over every convention writes nothing otherwise.
  if (statut !== vie.statut || entreeGardee !== vie.gardees.entree || finGardee !== vie.gardees.fin)
    await tx.convention.update({
      where: { id: conventionId },
      data: {
        dateEntreeEnVigueur: entreeGardee ? new Date(entreeGardee) : null,
        dateFinEffective: finGardee ? new Date(finGardee) : null,
        ...(statut !== vie.statut ? { statut, version: { increment: 1 } } : {}),
      },
    });
  if (statut !== vie.statut) {
    const etape = statut === "TERMINEE" ? "TERMINER" : "ENTRER_EN_VIGUEUR";
    await recordAudit(tx, {
      userId,
      type: `CONVENTION_${etape}`,
      entite: "Convention",
      entiteId: conventionId,
      conventionId,
      avant: { statut: vie.statut },
      apres: {
        statut,
        commentaire:
          statut === "TERMINEE"
            ? `Fin le ${fin!.date} (${LIBELLES_CAUSE_FIN[fin!.cause]}), constatée par l'application.`
            : `Entrée en vigueur le ${entree} (à compter de ${LIBELLES_POINT_DEPART[vie.pointDepart]}), constatée par l'application.`,
      },
    });
    changes.push(`${vie.reference} : ${vie.statut} → ${statut}`);
  }
  // Its avenants: in force once published and signed; ended with the convention.
  const avenants = await tx.avenant.findMany({ where: { conventionId, statut: { in: ["PUBLIEE", "EN_VIGUEUR"] } } });
  let avenantsChanges = false;
  for (const a of avenants) {
    const cible: Statut =
      statut === "TERMINEE"
        ? "TERMINEE"
        : a.statut === "PUBLIEE" && a.dateSignature && jour(a.dateSignature)! <= aujourdhui
          ? "EN_VIGUEUR"
          : a.statut;
    if (cible === a.statut) continue;
    avenantsChanges = true;
    await tx.avenant.update({
      where: { id: a.id },
      data: { statut: cible, version: { increment: 1 }, ...(cible === "EN_VIGUEUR" ? { dateEntreeEnVigueur: a.dateSignature } : {}) },
    });
    await recordAudit(tx, {
      userId,
      type: `AVENANT_${cible === "TERMINEE" ? "TERMINER" : "ENTRER_EN_VIGUEUR"}`,
      entite: "Avenant",
      entiteId: a.id,
      conventionId,
      avant: { statut: a.statut },
      apres: {
        statut: cible,
        commentaire:
          cible === "TERMINEE"
            ? "Fin de la convention, constatée par l'application."
            : "Entrée en vigueur à sa signature, constatée par l'application.",
      },
    });
    changes.push(`${vie.reference} avenant n° ${a.numero} : ${a.statut} → ${cible}`);
  }
  // Reminders, once per kind and date concerned.
  const echeances = echeancesDu(statut, vie, aujourdhui, { creditsNonConsommes: await creditsNonConsommes(conventionId, { tx }) }).map(
    (e) => ({ ...e, documentId: conventionId }),
  );
  // Copies sent to the controllers and not acknowledged after 15 days: one reminder per copy.
  const envoyees = await tx.transmission.findMany({ where: { conventionId, etat: "ENVOYEE", dateEnvoi: { not: null } } });
  for (const t of envoyees) {
    const e = echeanceAccuse(t.destinataire, jour(t.dateEnvoi)!, aujourdhui);
    if (e) echeances.push({ ...e, documentId: t.id });
  }
  for (const e of echeances) {
    const { count } = await tx.rappel.createMany({
      data: [{ documentId: e.documentId, conventionId, type: e.type, echeance: new Date(e.date) }],
      skipDuplicates: true,
    });
    if (!count) continue;
    const destinataires = [
      ...(await redacteursDe(tx, { documentId: conventionId }, { importe: true })),
      ...(e.type === "TERMINEE_AVEC_CREDITS" ? await relecteurs(tx) : []),
    ];
    await notify(tx, {
      type: "ECHEANCE",
      destinataires,
      titre: `${LIBELLES_RAPPEL[e.type]} : ${vie.reference}. ${e.message}`,
      lien: `${chemin}#vie`,
      conventionId,
    });
    changes.push(`${vie.reference} : rappel ${e.type}`);
  }
  if (rafraichir && (statut !== vie.statut || avenantsChanges)) await refreshSuivi([conventionId], { tx });
  return changes;
}
