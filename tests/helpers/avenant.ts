// An avenant's form as the page fills it: the changes a test types, on top of the visas, parties and
// signature blocks the new-avenant page starts from (departAvenant).
import { avenantSchema, blankAvenant, type AvenantData, type AvenantInput } from "@/lib/schemas/avenant";
import { getConsolidation } from "@/lib/server/avenants/get-consolidation";
import { departAvenant } from "@/lib/server/avenants/texte-avenant";
import type { AgentLike } from "@/lib/server/policies";

export async function saisieAvenant(agent: AgentLike, conventionId: string, input: AvenantInput): Promise<AvenantData> {
  const { convention, etat, avenants } = await getConsolidation(agent, conventionId);
  const precedent = avenants.reduce<(typeof avenants)[number] | null>((d, a) => (!d || a.numero > d.numero ? a : d), null);
  const depart = await departAvenant(convention, etat, precedent?.id ?? null);
  return avenantSchema.parse({
    ...input,
    basesLegales: input.basesLegales.length ? input.basesLegales : depart.basesLegales,
    parties: input.parties.length ? input.parties : depart.parties,
    signatures: input.signatures.length ? input.signatures : depart.signatures,
    introduction: input.introduction || depart.introduction || "",
  });
}

/** The journey of issue 3 on seed 003: one more year, 20 000 € of CP moved to it. */
export const prolongation: AvenantInput = {
  ...blankAvenant(),
  contexte: "Le déploiement se poursuit en 2026.",
  prolongation: { active: true, nouvelleDateFin: "2026-12-31" },
  echeancier: {
    active: true,
    aPartirDe: "2025",
    lignes: [
      { annee: "2025", ae: "", cp: "90 000" },
      { annee: "2026", ae: "", cp: "20 000" },
    ],
  },
  articles: [{ numero: "1", titre: "Prolongation", corps: "…" }],
};
