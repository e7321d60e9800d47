import "server-only";
import type { z } from "zod";
import type { organisationSchema } from "@/lib/schemas/organisation";
import type { OrganisationOption } from "@/lib/views/referentiel";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, on, type InTx } from "../db";

export async function createOrganisation(
  agent: AgentLike,
  data: z.output<typeof organisationSchema>,
  { tx: outer }: InTx = {},
): Promise<OrganisationOption> {
  assertCan(agent, "referentiel.modifier");
  const existing = await on(outer).organisation.findFirst({ where: { nom: { equals: data.nom, mode: "insensitive" }, sigle: data.sigle } });
  if (existing)
    throw new ErreurMetier(
      "ORGANISATION_EXISTE",
      `« ${data.sigle ?? data.nom} » existe déjà dans le référentiel : choisissez-la dans la liste.`,
    );
  return inTransaction(outer, async (tx) => {
    const org = await tx.organisation.create({
      data: { nom: data.nom, sigle: data.sigle, adresse: data.adresse, parentId: data.parentId },
    });
    await recordAudit(tx, { userId: agent.id, type: "ORGANISATION_CREEE", entite: "Organisation", entiteId: org.id, apres: org });
    return { id: org.id, nom: org.nom, sigle: org.sigle, adresse: org.adresse };
  });
}
