// The version sent to signature: its data, its PDF bytes and their SHA-256, written once (the
// database refuses any change afterwards). Frozen at « prête à signer »; a document imported
// already signed by some parties is frozen when its next party signs.
import "server-only";
import { putFichier, type FichierStocke } from "../fichiers/fichiers";
import type { AgentLike } from "../policies";
import { snapshot } from "../audit";
import { inTransaction, on, type InTx, type Tx } from "../db";
import { renderPdf } from "../pdf/pdf-pool";
import type { DocumentRevu } from "../revue/document";

/** Writes the frozen version whose PDF `pdf` is in the file store. */
export async function figer(tx: Tx, agent: AgentLike, doc: DocumentRevu, pdf: FichierStocke, version = doc.version + 1) {
  const precedente = await tx.versionFigee.findFirst({ where: { documentId: doc.documentId }, orderBy: { numero: "desc" } });
  return tx.versionFigee.create({
    data: {
      documentId: doc.documentId,
      conventionId: doc.conventionId,
      avenantId: doc.avenantId,
      numero: (precedente?.numero ?? 0) + 1,
      version,
      donnees: snapshot(doc.donnees),
      sha256: pdf.sha256,
      figeeParId: agent.id,
    },
    select: { id: true, numero: true, sha256: true, figeeLe: true },
  });
}

/** The version being signed: the last one frozen, or one frozen now. */
export async function figerVersion(agent: AgentLike, doc: DocumentRevu, { tx }: InTx = {}) {
  const derniere = await on(tx).versionFigee.findFirst({
    where: { documentId: doc.documentId },
    orderBy: { numero: "desc" },
    select: { id: true, numero: true, sha256: true, figeeLe: true },
  });
  if (derniere) return derniere;
  const pdf = await putFichier(await renderPdf(doc.pdf()));
  return inTransaction(tx, (t) => figer(t, agent, doc, pdf, doc.version));
}
