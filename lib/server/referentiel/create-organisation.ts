import "server-only";
import type { z } from "zod";
import type { organisationSchema } from "@/lib/schemas/organisation";
import type { OrganisationOption } from "@/lib/views/referentiel";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, type InTx } from "../db";
import { assertOrganisationUnique } from "./verifications";

export async function createOrganisation(
  agent: AgentLike,
  data: z.output<typeof organisationSchema>,
  { tx: outer }: InTx = {},
): Promise<OrganisationOption> {
  assertCan(agent, "referentiel.modifier");
  await assertOrganisationUnique(data, { tx: outer });
  return inTransaction(outer, async (tx) => {
    const org = await tx.organisation.create({
      data: { nom: data.nom, sigle: data.sigle, type: data.type, adresse: data.adresse, parentId: data.parentId },
    });
    await recordAudit(tx, { userId: agent.id, type: "ORGANISATION_CREEE", entite: "Organisation", entiteId: org.id, apres: org });
    return {
      id: org.id,
      nom: org.nom,
      sigle: org.sigle,
      type: org.type,
      adresse: org.adresse,
      parentId: org.parentId,
      successeurId: org.successeurId,
    };
  });
}
