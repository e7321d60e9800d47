// A comment opens a thread on a section of a document under review, or on one line of its schedule.
import "server-only";
import type { z } from "zod";
import { ErreurMetier } from "@/lib/domain/erreurs";
import type { AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { auditDocument } from "../documents/document";
import { loadDocument } from "./load-document";
import type { openFilSchema } from "@/lib/schemas/revue";
import { anneesDe, assertEnRedactionOuRevue, assertParticipant, prevenirDuCommentaire } from "./shared";

export async function openFil(agent: AgentLike, data: z.output<typeof openFilSchema>, { tx: outer }: InTx = {}) {
  assertParticipant(agent);
  const doc = await loadDocument(agent, data, { tx: outer });
  assertEnRedactionOuRevue(doc);
  const section = doc.sections.find((s) => s.cle === data.section);
  if (!section)
    throw new ErreurMetier("SECTION_INCONNUE", "Cette section n'existe plus dans le document : rechargez la page.", {
      section: "Cette section n'existe plus.",
    });
  if (data.ligne && !anneesDe(doc).includes(Number(data.ligne))) {
    const message = `L'échéancier n'a pas de ligne ${data.ligne}.`;
    throw new ErreurMetier("LIGNE_INCONNUE", message, { ligne: message });
  }
  return inTransaction(outer, async (tx) => {
    const fil = await tx.filRevue.create({
      data: {
        documentId: doc.documentId,
        conventionId: doc.conventionId,
        avenantId: doc.avenantId,
        section: section.cle,
        sectionLibelle: data.ligne ? `${section.libelle}, ligne ${data.ligne}` : section.libelle,
        ligne: data.ligne ?? null,
        auteurId: agent.id,
        messages: { create: { auteurId: agent.id, texte: data.texte } },
      },
    });
    await auditDocument(tx, agent, doc, "REVUE_FIL_OUVERT", { fil: fil.id, section: fil.sectionLibelle, texte: data.texte });
    await prevenirDuCommentaire(tx, agent, doc, fil);
    return { id: fil.id };
  });
}
