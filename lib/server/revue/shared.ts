// What the steps of a review share: who takes part, while the document can still be discussed, a
// thread read within the agent's scope and changed only from the version they read, who hears of a
// comment, the schedule's years a comment may point at.
import "server-only";
import { estModifiable, LIBELLES_STATUT } from "@/lib/domain/statut";
import { AccesRefuse, ErreurMetier, Introuvable } from "@/lib/domain/erreurs";
import { can, type AgentLike } from "../policies";
import { on, type Tx } from "../db";
import type { DocumentRevu } from "../documents/document";
import { loadDocument } from "./load-document";
import { notify, participantsDuFil, redacteursDe } from "../notifications/notify";

/** Who takes part in a review: the reviewer, and the drafting side who answers. */
export function assertParticipant(agent: AgentLike) {
  if (!can(agent, "convention.relire") && !can(agent, "convention.modifier")) throw new AccesRefuse();
}

export function assertEnRedactionOuRevue(doc: DocumentRevu) {
  if (!estModifiable(doc.statut))
    throw new ErreurMetier(
      "REVUE_CLOSE",
      `La revue est close : le document est « ${LIBELLES_STATUT[doc.statut]} ». Renvoyez-le en rédaction pour le discuter de nouveau.`,
    );
}

/** A comment or a reply: the document's drafters and everyone who wrote in the thread hear of it. */
export async function prevenirDuCommentaire(
  tx: Tx,
  agent: AgentLike,
  doc: DocumentRevu,
  fil: { id: string; sectionLibelle: string },
  reponse = false,
) {
  const auteur = (await tx.user.findUnique({ where: { id: agent.id }, select: { nom: true } }))?.nom ?? "un agent";
  await notify(tx, {
    type: "COMMENTAIRE",
    destinataires: [...(await redacteursDe(tx, doc)), ...(await participantsDuFil(tx, fil.id))],
    titre: `${reponse ? "Réponse" : "Commentaire"} de ${auteur} sur « ${fil.sectionLibelle} » (${doc.libelle})`,
    lien: `${doc.chemin}#fil-${fil.id}`,
    conventionId: doc.conventionId,
    sauf: agent.id,
  });
}

export function anneesDe(doc: DocumentRevu): number[] {
  const section = doc.sections.find((s) => s.cle === "echeancier");
  const lignes = (section?.contenu as { lignes?: { annee: number }[] } | undefined)?.lignes ?? [];
  return lignes.map((l) => l.annee);
}

export async function filDuDocument(agent: AgentLike, filId: string, tx: Tx | undefined) {
  const fil = await on(tx).filRevue.findUnique({ where: { id: filId }, include: { avenant: { select: { numero: true } } } });
  if (!fil) throw new Introuvable("Cette discussion");
  const doc = await loadDocument(agent, { conventionId: fil.conventionId, numero: fil.avenant?.numero ?? null }, { tx }); // scope
  return { fil, doc };
}

export async function gardeVersion(
  tx: Tx,
  filId: string,
  version: number,
  data: { etat: "OUVERT" | "REPONDU" | "RESOLU"; resoluLe: Date | null; resoluParId: string | null },
) {
  const { count } = await tx.filRevue.updateMany({ where: { id: filId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const fil = await tx.filRevue.findUnique({ where: { id: filId }, include: { resoluPar: { select: { nom: true } } } });
    throw new ErreurMetier(
      "CONFLIT_VERSION",
      fil?.etat === "RESOLU"
        ? `Cette discussion vient d'être résolue${fil.resoluPar ? ` par ${fil.resoluPar.nom}` : ""} : la page est rechargée.`
        : "Quelqu'un a répondu à cette discussion pendant que vous écriviez : votre texte est conservé, relisez la réponse puis envoyez de nouveau.",
    );
  }
}
