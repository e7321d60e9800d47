// Merging two records of the referential that are the same organisation or the same person: in
// one transaction, everything that pointed to the duplicate points to the kept record, the
// duplicate is removed, and one audit event keeps both records as they were and what moved
// (the referential's history). What conventions printed (Partie, Signature) are copies: they
// do not change.
import "server-only";
import type { FusionData } from "@/lib/schemas/fusion";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflitVersion, Introuvable } from "@/lib/domain/erreurs";
import { fusionOrganisations, fusionPersonnes, personnesEnDouble, type Liens } from "@/lib/domain/fusion";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, type InTx, type Tx } from "../db";
import { assertPersonneUnique } from "./verifications";

export async function mergeOrganisations(agent: AgentLike, data: FusionData, { tx: outer }: InTx = {}) {
  assertCan(agent, "referentiel.fusionner");
  return inTransaction(outer, async (tx) => {
    const [conservee, doublon] = await lesDeux(
      tx,
      "Organisation",
      data,
      (id) => tx.organisation.findUnique({ where: { id } }),
      "L'organisation",
    );
    const arbre = await tx.organisation.findMany({ select: { id: true, parentId: true } });
    const champs = fusionOrganisations(arbre, conservee, doublon);

    // The duplicate's people already in the kept organisation are the same people: merged too.
    const paires = personnesEnDouble(
      await tx.personne.findMany({ where: { organisationId: conservee.id } }),
      await tx.personne.findMany({ where: { organisationId: doublon.id } }),
    );
    for (const paire of paires) await absorberPersonne(tx, agent, paire.conservee, paire.doublon);

    const vers = { set: conservee.id };
    const de = { equals: doublon.id };
    const parties = await tx.partie.updateMany({ where: { organisationId: de }, data: { organisationId: vers } });
    const conventions = await tx.convention.updateMany({ where: { serviceId: de }, data: { serviceId: vers } });
    const personnes = await tx.personne.updateMany({ where: { organisationId: de }, data: { organisationId: vers } });
    const utilisateurs = await tx.user.updateMany({ where: { organisationId: de }, data: { organisationId: vers } });
    // Agents' perimeters: the organisation kept instead of the duplicate (once, if they had both).
    await tx.$executeRaw`INSERT INTO "PerimetreAgent" ("userId", "organisationId")
      SELECT "userId", ${conservee.id} FROM "PerimetreAgent" WHERE "organisationId" = ${doublon.id} ON CONFLICT DO NOTHING`;
    await tx.perimetreAgent.deleteMany({ where: { organisationId: doublon.id } });
    // The finance dashboard groups by délégant and service: its copies follow (lib/server/execution/refresh-suivi.ts).
    await tx.suiviExecution.updateMany({ where: { delegantId: de }, data: { delegantId: vers } });
    await tx.suiviExecution.updateMany({ where: { serviceId: de }, data: { serviceId: vers } });
    const autres = { id: { not: conservee.id } };
    const rattachees = await tx.organisation.updateMany({ where: { parentId: de, ...autres }, data: { parentId: vers } });
    const predecesseurs = await tx.organisation.updateMany({ where: { successeurId: de, ...autres }, data: { successeurId: vers } });
    const remplacees = await tx.changementAvenant.updateMany({
      where: { organisationRemplaceeId: de },
      data: { organisationRemplaceeId: vers },
    });
    const successions = await tx.changementAvenant.updateMany({
      where: { organisationSuccesseurId: de },
      data: { organisationSuccesseurId: vers },
    });
    // The kept one no longer points to the duplicate (its new links are in `champs`) before the duplicate goes.
    await tx.organisation.update({ where: { id: conservee.id }, data: { parentId: null, successeurId: null } });
    await tx.organisation.delete({ where: { id: doublon.id } });
    const apres = await tx.organisation.update({ where: { id: conservee.id }, data: { ...champs, version: { increment: 1 } } });

    const reprises: Liens = {
      parties: parties.count,
      conventions: conventions.count,
      personnes: personnes.count,
      personnesFusionnees: paires.length,
      comptes: utilisateurs.count,
      rattachees: rattachees.count,
      predecesseurs: predecesseurs.count,
      avenants: remplacees.count + successions.count,
    };
    await recordAudit(tx, {
      userId: agent.id,
      type: "ORGANISATION_FUSIONNEE",
      entite: "Organisation",
      entiteId: conservee.id,
      avant: { conservee, doublon },
      apres: { ...apres, reprises },
    });
    return { id: apres.id, version: apres.version, reprises };
  });
}

export async function mergePersonnes(agent: AgentLike, data: FusionData, { tx: outer }: InTx = {}) {
  assertCan(agent, "referentiel.fusionner");
  return inTransaction(outer, async (tx) => {
    const [conservee, doublon] = await lesDeux(tx, "Personne", data, (id) => tx.personne.findUnique({ where: { id } }), "La personne");
    const { apres, reprises } = await absorberPersonne(tx, agent, conservee, doublon);
    return { id: apres.id, version: apres.version, reprises };
  });
}

type PersonneLue = { id: string; prenom: string; nom: string; qualite: string | null; organisationId: string | null; version: number };

async function absorberPersonne(tx: Tx, agent: AgentLike, conservee: PersonneLue, doublon: PersonneLue) {
  const champs = fusionPersonnes(conservee, doublon);
  // Taking the duplicate's organisation must not make the kept person the twin of a third one.
  if (champs.organisationId !== conservee.organisationId)
    await assertPersonneUnique({ ...conservee, organisationId: champs.organisationId }, { sauf: [conservee.id, doublon.id], tx });
  const representations = await tx.partie.updateMany({ where: { representantId: doublon.id }, data: { representantId: conservee.id } });
  const signatures = await tx.signature.updateMany({ where: { signataireId: doublon.id }, data: { signataireId: conservee.id } });
  await tx.personne.delete({ where: { id: doublon.id } });
  const apres = await tx.personne.update({ where: { id: conservee.id }, data: { ...champs, version: { increment: 1 } } });
  const reprises: Liens = { representations: representations.count, signatures: signatures.count };
  await recordAudit(tx, {
    userId: agent.id,
    type: "PERSONNE_FUSIONNEE",
    entite: "Personne",
    entiteId: conservee.id,
    avant: { conservee, doublon },
    apres: { ...apres, reprises },
  });
  return { apres, reprises };
}

/** Both records, locked until the end of the transaction so that nobody attaches anything to the
 *  duplicate meanwhile (in a fixed order: no deadlock between two merges), each found and as the
 *  user read it. */
async function lesDeux<T extends { version: number }>(
  tx: Tx,
  table: "Organisation" | "Personne",
  data: FusionData,
  lire: (id: string) => Promise<T | null>,
  quoi: string,
): Promise<[T, T]> {
  const ids = [data.conserveeId, data.doublonId].sort();
  await tx.$queryRaw`SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE "id" IN (${ids[0]}, ${ids[1]}) ORDER BY "id" FOR UPDATE`;
  const conservee = await lire(data.conserveeId);
  if (!conservee) throw new Introuvable(`${quoi} à conserver`);
  const doublon = await lire(data.doublonId);
  if (!doublon) throw new Introuvable(`${quoi} en double`);
  if (conservee.version !== data.versionConservee || doublon.version !== data.versionDoublon) throw new ConflitVersion();
  return [conservee, doublon];
}
