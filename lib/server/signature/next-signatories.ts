// Whose turn it is to sign a document, and telling them: the parties next in order, and the
// signatories who may sign for them in the app (the party's, or its successor's).
import "server-only";
import { etapesAuTour } from "@/lib/domain/signature";
import type { AgentLike } from "../policies";
import type { Tx } from "../db";
import type { DocumentRevu } from "../documents/document";
import { notify } from "../notifications/notify";
import { droitsDuDocument, readBlocs } from "./blocs";

/** The parties whose turn it is (after `signeeId`, just signed), and their signatories. */
export async function getNextSignatories(tx: Tx, doc: DocumentRevu, signeeId?: string) {
  const etapes = (await readBlocs(doc, tx)).map((e) => ({ ...e, signee: e.signee || e.id === signeeId }));
  const suivantes = etapesAuTour(etapes);
  if (suivantes.length === 0) return { parties: [], signataires: [] };
  const droits = await droitsDuDocument(doc, tx);
  const signataires = await tx.user.findMany({
    where: { roles: { has: "SIGNATAIRE" }, actif: true },
    select: { id: true, roles: true, organisationId: true },
  });
  return {
    parties: suivantes.map((e) => e.partie?.libelle ?? e.mention),
    // Those who may sign it in the app: the party's signatories, or its successor's.
    signataires: signataires.filter((s) => suivantes.some((e) => droits.pour(s, e.partie?.organisationId).signer)).map((s) => s.id),
  };
}

/** Whoever is next: the signatories of the parties whose turn it now is. */
export async function notifyNextSignatories(tx: Tx, agent: AgentLike, doc: DocumentRevu, signeeId: string) {
  const { parties, signataires } = await getNextSignatories(tx, doc, signeeId);
  if (parties.length === 0) return;
  await notify(tx, {
    type: "A_VOUS_DE_SIGNER",
    destinataires: signataires,
    titre: `À vous de signer : ${doc.libelle} (${parties.join(", ")})`,
    lien: `${doc.chemin}#signatures`,
    conventionId: doc.conventionId,
    sauf: agent.id,
  });
}
