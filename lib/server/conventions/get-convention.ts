// One convention with everything it holds, if the agent may see it; otherwise Introuvable.
import "server-only";
import { Introuvable } from "@/lib/domain/erreurs";
import type { ConventionDetail } from "@/lib/views/convention";
import { conventionScope, type AgentLike } from "../policies";
import { on, type InTx } from "../db";

export type { ConventionDetail };

export const conventionDetailInclude = {
  service: true,
  parties: { orderBy: { ordre: "asc" }, include: { organisation: { include: { successeur: true, parent: true } }, representant: true } },
  basesLegales: { orderBy: { ordre: "asc" }, include: { texteJuridique: true } },
  articles: { orderBy: { ordre: "asc" } },
  lignesEcheancier: { orderBy: { annee: "asc" } },
  imputation: true,
  parametrage: true,
  cofinancements: { orderBy: { ordre: "asc" } },
  signatures: { orderBy: { ordre: "asc" }, include: { partie: { include: { organisation: true } } } },
  annexes: { orderBy: { ordre: "asc" } },
  avenants: { orderBy: { numero: "asc" }, select: { id: true, numero: true, titre: true, statut: true, dateSignature: true } },
  fichiers: { orderBy: { createdAt: "desc" }, select: { id: true, nom: true, nature: true, taille: true, sha256: true, createdAt: true } },
} as const;

export async function getConvention(agent: AgentLike, id: string, { tx }: InTx = {}): Promise<ConventionDetail> {
  const convention = await on(tx).convention.findFirst({
    where: { AND: [{ id }, await conventionScope(agent, tx)] },
    include: conventionDetailInclude,
  });
  if (!convention) throw new Introuvable();
  return convention;
}
