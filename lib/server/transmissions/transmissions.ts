// Copies of a signed document sent to the controllers and accountants its text names (issue 22):
// the recipients proposed (read from its articles — an avenant's, else its convention's — and the
// imputation table's assigning accountant), written down the first time anything is recorded.
import "server-only";
import { destinatairesProposes } from "@/lib/domain/transmissions";
import { on, type InTx, type Tx } from "../db";
import type { DocumentAPublier } from "../publication/suivi";

export async function destinataires(doc: DocumentAPublier, { tx }: InTx = {}): Promise<string[]> {
  const db = on(tx);
  const imputation = await db.imputationBudgetaire.findUnique({
    where: { conventionId: doc.conventionId },
    select: { comptableLibelle: true, comptableAssignataire: true },
  });
  const comptable = imputation?.comptableLibelle ?? imputation?.comptableAssignataire ?? null;
  if (doc.avenantId) {
    const propres = destinatairesProposes(
      await db.article.findMany({ where: { avenantId: doc.avenantId }, select: { corps: true } }),
      null,
    );
    if (propres.length) return propres;
  }
  return destinatairesProposes(
    await db.article.findMany({ where: { conventionId: doc.conventionId }, select: { corps: true } }),
    comptable,
  );
}

export async function ecrireDestinataires(tx: Tx, doc: DocumentAPublier) {
  if (await tx.transmission.count({ where: { documentId: doc.documentId } })) return;
  for (const destinataire of await destinataires(doc, { tx }))
    await tx.transmission.create({
      data: { documentId: doc.documentId, conventionId: doc.conventionId, avenantId: doc.avenantId, destinataire },
    });
}
