// The progress record of long work a user waits for (model Travail): created with its job in the
// user's transaction, moved on by the job (its step in French), ended by it — in the same
// transaction as the work's own writes, so that a job run twice finds it done. The page shows it
// (after a reload too) and polls it until it ends.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TravailVue } from "@/lib/views/travail";
import type { AgentLike } from "../policies";
import { db, on, type InTx, type Tx } from "../db";

const VUE = { id: true, etat: true, etape: true, erreur: true } as const;

export async function createTravail(
  tx: Tx,
  {
    nature,
    agent,
    documentId = null,
    version = null,
    etape,
    resultat,
  }: {
    nature: string;
    agent: AgentLike;
    documentId?: string | null;
    version?: number | null;
    etape: string;
    /** What is known of the work before it starts (an import's file name). */
    resultat?: Prisma.InputJsonValue;
  },
): Promise<TravailVue> {
  return tx.travail.create({ data: { nature, demandeParId: agent.id, documentId, version, etape, resultat }, select: VUE });
}

/** The work asked on this document that is waiting or running, if any. */
export async function travailEnCours(documentId: string, nature: string, { tx }: InTx = {}): Promise<TravailVue | null> {
  return on(tx).travail.findFirst({
    where: { documentId, nature, etat: { in: ["EN_ATTENTE", "EN_COURS"] } },
    orderBy: { createdAt: "desc" },
    select: VUE,
  });
}

/** What the page shows of this document's last work of this kind: running, or failed while the
 *  document is still at the version it was asked for (its error is still news). */
export async function travailAffiche(documentId: string, nature: string, version: number, { tx }: InTx = {}): Promise<TravailVue | null> {
  const dernier = await on(tx).travail.findFirst({
    where: { documentId, nature },
    orderBy: { createdAt: "desc" },
    select: { ...VUE, version: true },
  });
  if (!dernier || dernier.etat === "FAIT" || (dernier.etat === "ECHEC" && dernier.version !== version)) return null;
  return { id: dernier.id, etat: dernier.etat, etape: dernier.etape, erreur: dernier.erreur };
}

export async function getTravailEtat(id: string, { tx }: InTx = {}) {
  return on(tx).travail.findUnique({ where: { id }, select: { ...VUE, documentId: true, nature: true, demandeParId: true } });
}

export const avancerTravail = (id: string, etape: string, { tx }: InTx = {}) =>
  on(tx).travail.update({ where: { id }, data: { etat: "EN_COURS", etape } });

export const terminerTravail = (id: string, resultat: Prisma.InputJsonValue, etape: string, { tx }: InTx = {}) =>
  on(tx).travail.update({ where: { id }, data: { etat: "FAIT", etape, resultat, termineLe: new Date() } });

export const echouerTravail = (id: string, erreur: string) =>
  db.travail.update({ where: { id }, data: { etat: "ECHEC", erreur, termineLe: new Date() } });
