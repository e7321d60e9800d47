// Where the validation of a document stands, for its page (shown again after a reload) and for the
// page's polling while it runs (a light read: the scope, the document's version, its last work),
// only to those who may see the document.
import "server-only";
import { Introuvable } from "@/lib/domain/erreurs";
import type { TravailVue } from "@/lib/views/travail";
import { conventionScope, type AgentLike } from "../policies";
import { on, type InTx } from "../db";
import { travailAffiche } from "../jobs/travail";
import type { RefDocument } from "../documents/document";
import { validationJob } from "./validation.job";

export async function getValidation(agent: AgentLike, ref: RefDocument, { tx }: InTx = {}): Promise<TravailVue | null> {
  const db = on(tx);
  const convention = await db.convention.findFirst({
    where: { AND: [{ id: ref.conventionId }, await conventionScope(agent, tx)] },
    select: { id: true, version: true },
  });
  const doc = ref.numero
    ? convention &&
      (await db.avenant.findFirst({ where: { conventionId: convention.id, numero: ref.numero }, select: { id: true, version: true } }))
    : convention;
  if (!doc) throw new Introuvable();
  return travailAffiche(doc.id, validationJob.nom, doc.version, { tx });
}
