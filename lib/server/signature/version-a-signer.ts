// The version being signed: the last one frozen, or — for a document imported already signed by
// some parties, never validated in the app — one frozen now, when its next party signs.
import "server-only";
import type { AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { putFichier } from "../fichiers/fichiers";
import { renderPdf } from "../pdf/pdf-pool";
import type { DocumentRevu } from "../documents/document";
import { createVersionFigee, getVersionFigee } from "../documents/version-figee";

export async function ensureVersionFigee(agent: AgentLike, doc: DocumentRevu, { tx }: InTx = {}) {
  const derniere = await getVersionFigee(doc.documentId, { tx });
  if (derniere) return derniere;
  const pdf = await putFichier(await renderPdf(doc.pdf()));
  return inTransaction(tx, (t) => createVersionFigee(t, agent, doc, pdf, doc.version));
}
