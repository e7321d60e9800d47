// One convention with everything it holds, if the agent may see it; otherwise Introuvable.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { conventionScope, type AgentLike } from "../policies";
import { Introuvable } from "../errors";

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

export async function getConvention(db: PrismaClient, agent: AgentLike, id: string) {
  const convention = await db.convention.findFirst({
    where: { AND: [{ id }, await conventionScope(db, agent)] },
    include: conventionDetailInclude,
  });
  if (!convention) throw new Introuvable();
  return convention;
}

export type ConventionDetail = Awaited<ReturnType<typeof getConvention>>;
