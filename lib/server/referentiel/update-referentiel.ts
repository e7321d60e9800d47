// Editing the referential: an organisation or a person, guarded like every edit (right, optimistic
// lock, no duplicate, no organisation attached under itself) and audited with before/after, which
// is the referential's history (listHistoriqueReferentiel).
import "server-only";
import type { z } from "zod";
import type { organisationModifSchema } from "@/lib/schemas/organisation";
import type { personneModifSchema } from "@/lib/schemas/personne";
import { ConflitVersion, ErreurMetier, Introuvable } from "@/lib/domain/erreurs";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { sousArbre } from "@/lib/domain/hierarchie";
import { inTransaction, type InTx } from "../db";
import { assertOrganisationUnique, assertPersonneUnique } from "./verifications";

export async function updateOrganisation(agent: AgentLike, data: z.output<typeof organisationModifSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "referentiel.modifier");
  return inTransaction(outer, async (tx) => {
    const avant = await tx.organisation.findUnique({ where: { id: data.id } });
    if (!avant) throw new Introuvable("Cette organisation");
    await assertOrganisationUnique(data, { sauf: data.id, tx });
    if (data.parentId && sousArbre(await tx.organisation.findMany({ select: { id: true, parentId: true } }), data.id).has(data.parentId)) {
      const message = "Une organisation ne peut pas être rattachée à elle-même ni à l'une de celles qui lui sont rattachées.";
      throw new ErreurMetier("RATTACHEMENT_CIRCULAIRE", message, { parentId: message });
    }
    const { count } = await tx.organisation.updateMany({
      where: { id: data.id, version: data.version },
      data: {
        nom: data.nom,
        sigle: data.sigle,
        type: data.type,
        adresse: data.adresse,
        parentId: data.parentId,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflitVersion();
    const apres = await tx.organisation.findUniqueOrThrow({ where: { id: data.id } });
    await recordAudit(tx, { userId: agent.id, type: "ORGANISATION_MODIFIEE", entite: "Organisation", entiteId: data.id, avant, apres });
    return { id: apres.id, version: apres.version };
  });
}

export async function updatePersonne(agent: AgentLike, data: z.output<typeof personneModifSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "referentiel.modifier");
  return inTransaction(outer, async (tx) => {
    const avant = await tx.personne.findUnique({ where: { id: data.id } });
    if (!avant) throw new Introuvable("Cette personne");
    await assertPersonneUnique(data, { sauf: data.id, tx });
    const { count } = await tx.personne.updateMany({
      where: { id: data.id, version: data.version },
      data: { prenom: data.prenom, nom: data.nom, qualite: data.qualite, organisationId: data.organisationId, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflitVersion();
    const apres = await tx.personne.findUniqueOrThrow({ where: { id: data.id } });
    await recordAudit(tx, { userId: agent.id, type: "PERSONNE_MODIFIEE", entite: "Personne", entiteId: data.id, avant, apres });
    return { id: apres.id, version: apres.version };
  });
}
