// A reply in a thread, guarded by the thread's version read by the user.
import "server-only";
import type { z } from "zod";
import type { AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { auditDocument } from "../documents/document";
import type { answerFilSchema } from "@/lib/schemas/revue";
import { assertEnRedactionOuRevue, assertParticipant, filDuDocument, gardeVersion, prevenirDuCommentaire } from "./shared";

/** A reply by the thread's author reopens it; by anyone else it answers it. */
export async function answerFil(agent: AgentLike, data: z.output<typeof answerFilSchema>, { tx: outer }: InTx = {}) {
  assertParticipant(agent);
  const { fil, doc } = await filDuDocument(agent, data.filId, outer);
  assertEnRedactionOuRevue(doc);
  return inTransaction(outer, async (tx) => {
    const etat = fil.auteurId === agent.id ? "OUVERT" : "REPONDU";
    await gardeVersion(tx, fil.id, data.version, { etat, resoluLe: null, resoluParId: null });
    await tx.messageRevue.create({ data: { filId: fil.id, auteurId: agent.id, texte: data.texte } });
    await auditDocument(tx, agent, doc, "REVUE_REPONSE", { fil: fil.id, section: fil.sectionLibelle, texte: data.texte, etat });
    await prevenirDuCommentaire(tx, agent, doc, fil, true);
    return { etat };
  });
}
