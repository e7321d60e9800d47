// A thread resolved, guarded by its version: two people resolving it at once, the second is told.
import "server-only";
import type { z } from "zod";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { assertCan, type AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { auditDocument } from "../documents/document";
import type { resolveFilSchema } from "@/lib/schemas/revue";
import { assertEnRedactionOuRevue, filDuDocument, gardeVersion } from "./shared";

/** Resolved by its author or by a reviewer. */
export async function resolveFil(agent: AgentLike, data: z.output<typeof resolveFilSchema>, { tx: outer }: InTx = {}) {
  const { fil, doc } = await filDuDocument(agent, data.filId, outer);
  if (fil.auteurId !== agent.id) assertCan(agent, "convention.relire");
  assertEnRedactionOuRevue(doc);
  if (fil.etat === "RESOLU") throw new ErreurMetier("FIL_RESOLU", "Cette discussion est déjà résolue.");
  return inTransaction(outer, async (tx) => {
    await gardeVersion(tx, fil.id, data.version, { etat: "RESOLU", resoluLe: new Date(), resoluParId: agent.id });
    await auditDocument(tx, agent, doc, "REVUE_FIL_RESOLU", { fil: fil.id, section: fil.sectionLibelle });
    return { etat: "RESOLU" as const };
  });
}
