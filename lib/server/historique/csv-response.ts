// The history's CSV download (its filters as the page's: `?categorie=…&qui=…`).
import "server-only";
import type { Telechargement } from "@/lib/actions/route";
import type { AgentLike } from "../policies";
import type { RefDocument } from "../documents/document";
import { TYPE_CSV } from "../export/tableur";
import { getHistorique, historiqueCsv } from "./get-historique";

export async function historiqueCsvTelechargement(
  agent: AgentLike,
  ref: RefDocument,
  filtres: { categorie?: string; qui?: string },
  nom: string,
): Promise<Telechargement> {
  const { lignes } = await getHistorique(agent, ref, { categorie: filtres.categorie, qui: filtres.qui });
  return { octets: historiqueCsv(lignes), nom, type: TYPE_CSV };
}
