// « Vos imports récents »: the documents the agent sent to import in the last day (a document read
// but not saved is forgotten after a day), newest first, each with where its reading stands and the
// record it became.
import "server-only";
import type { EtatTravail } from "@/lib/generated/prisma/client";
import { on, type InTx } from "../db";
import type { AgentLike } from "../policies";
import { analyseImportJob } from "./analyse.job";

export type ImportRecent = {
  id: string;
  nom: string;
  etat: EtatTravail;
  etape: string | null;
  erreur: string | null;
  /** Convention or avenant, once read. */
  nature: "CONVENTION" | "AVENANT" | null;
  conventionId: string | null;
  creeLe: Date;
};

export async function listImports(agent: AgentLike, { tx, limite = 20 }: InTx & { limite?: number } = {}): Promise<ImportRecent[]> {
  const rows = await on(tx).travail.findMany({
    where: { nature: analyseImportJob.nom, demandeParId: agent.id, createdAt: { gte: new Date(Date.now() - 24 * 3600_000) } },
    orderBy: { createdAt: "desc" },
    take: limite,
    select: { id: true, etat: true, etape: true, erreur: true, resultat: true, documentId: true, createdAt: true },
  });
  return rows.map((t) => {
    const r = (t.resultat ?? {}) as { nom?: string; analyse?: { document?: { nature?: "CONVENTION" | "AVENANT" } } };
    return {
      id: t.id,
      nom: r.nom ?? "document",
      etat: t.etat,
      etape: t.etape,
      erreur: t.erreur,
      nature: r.analyse?.document?.nature ?? null,
      conventionId: t.documentId,
      creeLe: t.createdAt,
    };
  });
}
