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
import { inTransaction, on, type InTx, type Tx } from "../db";

/** The organisation and every one below it (an organisation cannot be attached to one of these). */
async function sousArbre(id: string, tx: Tx): Promise<Set<string>> {
  const all = await tx.organisation.findMany({ select: { id: true, parentId: true } });
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of all) {
      if (o.parentId && ids.has(o.parentId) && !ids.has(o.id)) {
        ids.add(o.id);
        grew = true;
      }
    }
  }
  return ids;
}

export async function updateOrganisation(agent: AgentLike, data: z.output<typeof organisationModifSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "referentiel.modifier");
  return inTransaction(outer, async (tx) => {
    const avant = await tx.organisation.findUnique({ where: { id: data.id } });
    if (!avant) throw new Introuvable("Cette organisation");
    const autre = await tx.organisation.findFirst({
      where: { id: { not: data.id }, nom: { equals: data.nom, mode: "insensitive" }, sigle: data.sigle },
    });
    if (autre) {
      const message = `« ${data.sigle ?? data.nom} » existe déjà dans le référentiel.`;
      throw new ErreurMetier("ORGANISATION_EXISTE", message, { nom: message });
    }
    if (data.parentId && (await sousArbre(data.id, tx)).has(data.parentId)) {
      const message = "Une organisation ne peut pas être rattachée à elle-même ni à l'une de celles qui lui sont rattachées.";
      throw new ErreurMetier("RATTACHEMENT_CIRCULAIRE", message, { parentId: message });
    }
    const { count } = await tx.organisation.updateMany({
      where: { id: data.id, version: data.version },
      data: { nom: data.nom, sigle: data.sigle, adresse: data.adresse, parentId: data.parentId, version: { increment: 1 } },
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
    const autre = await on(tx).personne.findFirst({
      where: {
        id: { not: data.id },
        prenom: { equals: data.prenom, mode: "insensitive" },
        nom: { equals: data.nom, mode: "insensitive" },
        organisationId: data.organisationId,
      },
    });
    if (autre) {
      const message = `${autre.prenom} ${autre.nom} figure déjà dans le référentiel.`;
      throw new ErreurMetier("PERSONNE_EXISTE", message, { nom: message });
    }
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
