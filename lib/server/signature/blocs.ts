// The signature blocks of a convention or an avenant (its signature steps), read in signing order,
// and the SHA-256 of what is signed: shared by signing, the signatures panel and the freeze.
import "server-only";
import { createHash } from "node:crypto";
import { on, type Tx } from "../db";

type Document = { type: "convention" | "avenant"; conventionId: string; avenantId: string | null };

/** Where a document's own blocks are: an avenant's, or the convention's (not its avenants'). */
export const blocsDuDocument = (doc: Document) =>
  doc.type === "avenant" ? { avenantId: doc.avenantId } : { conventionId: doc.conventionId, avenantId: null };

/** The blocks in signing order (group, then position), with the party that signs each. */
export function lireBlocs(doc: Document, tx?: Tx) {
  return on(tx).signature.findMany({
    where: blocsDuDocument(doc),
    orderBy: [{ groupe: "asc" }, { ordre: "asc" }],
    include: { partie: { select: { id: true, role: true, libelle: true, organisationId: true } } },
  });
}

export const sha256 = (octets: Uint8Array) => createHash("sha256").update(octets).digest("hex");
