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
import { toCalendarDate, type CalendarDate } from "@/lib/domain/dates";
import { estSigneeParTous, type Statut } from "@/lib/domain/statut";
import { on, type InTx, type Tx } from "../db";
import { recordAudit } from "../audit";
import { notify, relecteurs } from "../notifications/notify";
import { refreshSuivi } from "../execution/refresh-suivi";

const jour = (d: Date | null) => (d ? toCalendarDate(d) : null);
const SIGNES: Statut[] = ["SIGNEE", "PUBLIEE", "EN_VIGUEUR", "TERMINEE"];

/** The convention's life as the domain reads it. */
export async function lireVie(conventionId: string, { tx }: InTx = {}): Promise<VieDocument & { statut: Statut; reference: string }> {
  const db = on(tx);
  const c = await db.convention.findUniqueOrThrow({ where: { id: conventionId } });
  const prolongations = await db.changementAvenant.findMany({
    where: { type: "PROLONGATION", nouvelleDateFin: { not: null }, avenant: { conventionId, statut: { in: SIGNES } } },
    select: { nouvelleDateFin: true, avenant: { select: { numero: true } } },
    orderBy: [{ avenant: { numero: "desc" } }, { ordre: "desc" }],
    take: 1,
  });
  return { statut: c.statut, reference: c.reference, ...vieDe(c, prolongations[0]?.nouvelleDateFin) };
}

/** AE made available and not committed (cents): what an ended convention leaves unspent. */
export async function creditsNonConsommes(conventionId: string, { tx }: InTx = {}): Promise<bigint> {
  return creditsNonConsommesDes(
    await on(tx).suiviExecutionAnnee.findMany({ where: { conventionId }, select: { aeDisponible: true, aeEngage: true } }),
  );
}

/** Who wrote a document: told of its deadlines. */
async function redacteursDuDocument(tx: Tx, documentId: string): Promise<string[]> {
  const events = await tx.auditEvent.findMany({
    where: {
      entiteId: documentId,
      type: {
        in: ["CONVENTION_CREEE", "CONVENTION_MODIFIEE", "CONVENTION_IMPORTEE", "AVENANT_CREE", "CONVENTION_SOUMETTRE", "AVENANT_SOUMETTRE"],
      },
      userId: { not: null },
    },
    select: { userId: true },
  });
  return events.map((e) => e.userId!);
}

/** Applies today's date to the convention and its avenants, in `tx`: statuts, kept dates, reminders.
 *  `userId`: who caused it (a notice, a closure), null for the daily job. Returns what changed. */
export async function appliquerVie(tx: Tx, conventionId: string, aujourdhui: CalendarDate, userId: string | null = null) {
  const vie = await lireVie(conventionId, { tx });
  const changes: string[] = [];
  const fin = finEffective(vie);
  const entree = dateEntreeEnVigueur(vie);
  const statut = statutDuJour(vie.statut, vie, aujourdhui);
  const chemin = `/conventions/${conventionId}`;
  await tx.convention.update({
    where: { id: conventionId },
    data: {
      dateEntreeEnVigueur: entree && estSigneeParTous(vie.statut) ? new Date(entree) : null,
      dateFinEffective: fin ? new Date(fin.date) : null,
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
  for (const a of avenants) {
    const cible: Statut =
      statut === "TERMINEE"
        ? "TERMINEE"
        : a.statut === "PUBLIEE" && a.dateSignature && jour(a.dateSignature)! <= aujourdhui
          ? "EN_VIGUEUR"
          : a.statut;
    if (cible === a.statut) continue;
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
      ...(await redacteursDuDocument(tx, conventionId)),
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
  if (statut !== vie.statut || avenants.length) await refreshSuivi([conventionId], { tx });
  return changes;
}
