// Taking a document through its life cycle in a test, as its users would: the reviewer approves
// every section and acknowledges every warning before « valider ».
import type { Evenement } from "@/lib/domain/statut";
import type { AgentLike } from "@/lib/server/policies";
import { transitionDocument } from "@/lib/server/cycle/transition";
import { approuverSection, getRevue } from "@/lib/server/revue/revue";
import type { RefDocument } from "@/lib/server/revue/document";

/** Every section approved by `relecteur` for its current content; the warnings to acknowledge. */
export async function approuverTout(relecteur: AgentLike, ref: RefDocument): Promise<string[]> {
  const revue = await getRevue(relecteur, ref);
  for (const s of revue.sections)
    if (s.etat !== "approuvee") await approuverSection(relecteur, { ...ref, section: s.cle, empreinte: s.empreinte });
  return revue.avertissements.map((a) => a.cle);
}

/** Each step by its agent, from the version read; « valider » after approving everything. */
export async function mener(
  ref: RefDocument,
  etapes: readonly (readonly [AgentLike, Evenement])[],
  options: { dateSignature?: string } = {},
) {
  let resultat: { statut: string; version: number } | undefined;
  for (const [agent, evenement] of etapes) {
    const { version } = await getRevue(agent, ref);
    const avertissementsAcquittes = evenement === "VALIDER" ? await approuverTout(agent, ref) : [];
    resultat = await transitionDocument(agent, {
      ...ref,
      evenement,
      version,
      avertissementsAcquittes,
      dateSignature: options.dateSignature ?? null,
    });
  }
  return resultat!;
}
