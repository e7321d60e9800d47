// What the benchmarks' generators share: the parties of a generated convention, as its seed model
// names them (organisations by acronym in the referential), with what a bench adds to each.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { ConventionSeed, PartieSeed } from "../../prisma/seed/types";

export function partiesDuModele(
  model: ConventionSeed,
  conventionId: string,
  sigles: ReadonlyMap<string | null, string>,
  enPlus: (partie: PartieSeed) => Partial<Prisma.PartieCreateManyInput> = () => ({}),
): Prisma.PartieCreateManyInput[] {
  return model.parties.map((p, ordre) => ({
    id: randomUUID(),
    conventionId,
    ordre,
    role: p.role,
    organisationId: sigles.get(p.organisation)!,
    libelle: p.libelle,
    denominations: p.denominations,
    ...enPlus(p),
  }));
}
