// An import as its review screen shows it: where the reading stands, then what was read. Only the
// agent who uploaded it (or an administrator) sees it; anyone else is told it does not exist.
import "server-only";
import { Introuvable } from "@/lib/domain/erreurs";
import { on, type InTx } from "../db";
import { can, type AgentLike } from "../policies";
import type { AnalyseFichier, ImportVue } from "@/lib/views/import";
import { analyseImportJob } from "./analyse.job";

export type { ImportVue };

export async function getImport(agent: AgentLike, travailId: string, { tx }: InTx = {}): Promise<ImportVue> {
  const t = await on(tx).travail.findUnique({
    where: { id: travailId },
    select: { id: true, etat: true, etape: true, erreur: true, nature: true, demandeParId: true, resultat: true, documentId: true },
  });
  if (!t || t.nature !== analyseImportJob.nom || (t.demandeParId !== agent.id && !can(agent, "import.lire_tous")))
    throw new Introuvable("Cet import");
  const r = (t.resultat ?? {}) as { nom?: string; sha256?: string; analyse?: AnalyseFichier };
  return {
    travail: { id: t.id, etat: t.etat, etape: t.etape, erreur: t.erreur },
    nom: r.nom ?? null,
    sha256: r.sha256 ?? null,
    analyse: r.analyse ?? null,
    conventionId: t.documentId,
  };
}
