// The « Historique » of a convention or an avenant: its audit events, newest first, in French
// (lib/domain/historique.ts), filterable by kind and by person; the same rows go to the CSV.
import "server-only";
import { decrireEvenement, LIBELLES_CATEGORIE, type CategorieHistorique } from "@/lib/domain/historique";
import { formatInstant } from "@/lib/domain/dates";
import type { AgentLike } from "../policies";
import { on, type InTx } from "../db";
import { texteCsv } from "../export/tableur";
import { type RefDocument } from "../documents/document";
import { loadDocument } from "../revue/load-document";

export type LigneHistorique = {
  id: string;
  quand: Date;
  qui: string | null;
  categorie: CategorieHistorique;
  quoi: string;
  commentaire: string | null;
  changements: string[];
};

export type Historique = { lignes: LigneHistorique[]; personnes: string[]; libelle: string; chemin: string };

export async function getHistorique(
  agent: AgentLike,
  ref: RefDocument,
  filtre: { categorie?: string; qui?: string } = {},
  { tx }: InTx = {},
): Promise<Historique> {
  const doc = await loadDocument(agent, ref, { tx }); // scope: not found otherwise
  const events = await on(tx).auditEvent.findMany({
    where: { conventionId: doc.conventionId, entiteId: doc.documentId },
    orderBy: { createdAt: "desc" },
    take: 2000,
    include: { user: { select: { nom: true } } },
  });
  const toutes = events.map((e) => ({ id: e.id, quand: e.createdAt, qui: e.user?.nom ?? null, ...decrireEvenement(e) }));
  const lignes = toutes.filter((l) => (!filtre.categorie || l.categorie === filtre.categorie) && (!filtre.qui || l.qui === filtre.qui));
  const personnes = [...new Set(toutes.map((l) => l.qui).filter((q): q is string => Boolean(q)))].sort();
  return { lignes, personnes, libelle: doc.libelle, chemin: doc.chemin };
}

/** The history as a CSV for a French spreadsheet (lib/server/export/tableur.ts). */
export function historiqueCsv(lignes: LigneHistorique[]): string {
  return texteCsv([
    ["Quand", "Qui", "Type", "Quoi", "Commentaire", "Changements"],
    ...lignes.map((l) => [
      formatInstant(l.quand),
      l.qui ?? "",
      LIBELLES_CATEGORIE[l.categorie],
      l.quoi,
      l.commentaire ?? "",
      l.changements.join("\n"),
    ]),
  ]);
}
