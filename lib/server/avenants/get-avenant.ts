// One avenant of a convention the agent may see: the consolidation it belongs to (with the
// avenant in progress applied, as a preview), its articles, what it changes. Introuvable otherwise.
import "server-only";
import { Introuvable } from "@/lib/domain/erreurs";
import type { AvenantDetail } from "@/lib/views/avenant";
import type { AgentLike } from "../policies";
import { on, type InTx } from "../db";
import { conventionApresAvenants, getConsolidation } from "./get-consolidation";
import { controlerTexteAvenant } from "@/lib/domain/controles";
import { listOrganisationsReferentiel, listTextesConnus } from "../conventions/check-convention";
import { siglesDuReferentiel } from "@/lib/domain/hierarchie";
import { readTexteAvenant } from "./texte-avenant";

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
  const texte = await readTexteAvenant(avenant.id, consolidation.convention, consolidation.etat, { tx });
  // Its own text is checked too, against the ceilings it leaves and the convention's articles.
  const [textes, referentiel] = await Promise.all([listTextesConnus({ tx }), listOrganisationsReferentiel({ tx })]);
  const { etat, convention } = consolidation;
  const organisationDe = new Map(convention.parties.map((p, i) => [p.id, etat.parties[i]?.organisation.id ?? p.organisationId]));
  const { siglesConnus, sigles } = siglesDuReferentiel(
    referentiel,
    texte.parties.map((p) => organisationDe.get(p.partieId)),
  );
  const constatsTexte = controlerTexteAvenant(
    {
      numero,
      introduction: avenant.introduction,
      contexte: avenant.contexte,
      basesLegales: texte.basesLegales,
      parties: texte.parties.map((p, i) => ({ ...p, sigles: sigles[i] })),
      articles,
      signatures: texte.signatures.map((s) => ({ ...s, partie: texte.parties.findIndex((p) => p.partieId === s.partieId) })),
    },
    { ...conventionApresAvenants(consolidation), siglesConnus },
    textes,
  );
  return { ...consolidation, constats: [...consolidation.constats, ...constatsTexte], avenant, texte, articles, effets, lignes };
}
