// One avenant of a convention the agent may see: the consolidation it belongs to (with the
// avenant in progress applied, as a preview), its articles, what it changes. Introuvable otherwise.
import "server-only";
import { Introuvable } from "@/lib/domain/erreurs";
import type { AvenantDetail } from "@/lib/views/avenant";
import type { AgentLike } from "../policies";
import { on, type InTx } from "../db";
import { getConsolidation } from "./get-consolidation";
import { controlerTexteAvenant } from "@/lib/domain/controles";
import { listTextesConnus } from "../conventions/check-convention";
import { lireTexteAvenant } from "./texte-avenant";

export async function getAvenant(agent: AgentLike, conventionId: string, numero: number, { tx }: InTx = {}): Promise<AvenantDetail> {
  const consolidation = await getConsolidation(agent, conventionId, { avecProjet: true, tx });
  const avenant = consolidation.avenants.find((a) => a.numero === numero);
  if (!avenant) throw new Introuvable("Cet avenant");
  const articles = await on(tx).article.findMany({
    where: { avenantId: avenant.id },
    orderBy: { ordre: "asc" },
    select: { id: true, numero: true, titre: true, corps: true },
  });
  const effets = consolidation.chronologie.find((c) => c.numero === avenant.numero)?.effets ?? [];
  const lignes = avenant.changements.find((c) => c.type === "ECHEANCIER")?.lignesEcheancier ?? [];
  const texte = await lireTexteAvenant(avenant.id, consolidation.convention, consolidation.etat, { tx });
  // Its own text is checked too, against the ceilings it leaves and the convention's articles.
  const constatsTexte = controlerTexteAvenant(
    { numero, contexte: avenant.contexte, basesLegales: texte.basesLegales, parties: texte.parties, articles },
    { plafondAe: consolidation.etat.plafondAe, plafondCp: consolidation.etat.plafondCp, articles: consolidation.etat.articles },
    await listTextesConnus({ tx }),
  );
  return { ...consolidation, constats: [...consolidation.constats, ...constatsTexte], avenant, texte, articles, effets, lignes };
}
