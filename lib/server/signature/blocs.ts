// The signature blocks of a convention or an avenant (its signature steps), read in signing order,
// and the SHA-256 of what is signed: shared by signing, the signatures panel and the freeze.
import "server-only";
import { on, type Tx } from "../db";
import { droitsSurLaPartie } from "@/lib/domain/signature";
import type { Role } from "@/lib/domain/roles";
import { STATUTS_SIGNES_PAR_TOUS } from "@/lib/domain/statut";

type Document = { type: "convention" | "avenant"; conventionId: string; avenantId: string | null };

/** Where a document's own blocks are: an avenant's, or the convention's (not its avenants'). */
export const blocsDuDocument = (doc: Document) =>
  doc.type === "avenant" ? { avenantId: doc.avenantId } : { conventionId: doc.conventionId, avenantId: null };

/** The blocks in signing order (group, then position), with the party that signs each. */
export function readBlocs(doc: Document, tx?: Tx) {
  return on(tx).signature.findMany({
    where: blocsDuDocument(doc),
    orderBy: [{ groupe: "asc" }, { ordre: "asc" }],
    include: { partie: { select: { id: true, role: true, libelle: true, organisationId: true } } },
  });
}

/** Who may act for each party of a document (lib/domain/signature.ts, droitsSurLaPartie): read with
 *  the referential's organisations and the successions the convention's avenants record. */
export async function droitsDuDocument(doc: Document, tx?: Tx) {
  const db = on(tx);
  const [organisations, changements] = await Promise.all([
    db.organisation.findMany({ select: { id: true, parentId: true, successeurId: true, sigle: true, nom: true } }),
    db.changementAvenant.findMany({
      where: {
        type: "SUCCESSION_ORGANISATION",
        avenant: {
          conventionId: doc.conventionId,
          // the successions in force, and the one the avenant being signed makes
          OR: [{ statut: { in: [...STATUTS_SIGNES_PAR_TOUS] } }, ...(doc.avenantId ? [{ id: doc.avenantId }] : [])],
        },
      },
      select: { organisationRemplaceeId: true, organisationSuccesseurId: true },
    }),
  ]);
  const successions = changements.flatMap((c) =>
    c.organisationRemplaceeId && c.organisationSuccesseurId ? [{ de: c.organisationRemplaceeId, vers: c.organisationSuccesseurId }] : [],
  );
  const parId = new Map(organisations.map((o) => [o.id, o]));
  return {
    pour: (agent: { roles: readonly Role[]; organisationId: string | null }, partieOrganisationId: string | null | undefined) =>
      droitsSurLaPartie(organisations, agent, partieOrganisationId, successions),
    organisation: (id: string | null | undefined) => (id ? (parId.get(id) ?? null) : null),
  };
}
