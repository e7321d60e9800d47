import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import type { organisationSchema } from "@/lib/schemas/organisation";
import { assertCan, type AgentLike } from "../policies";
import { ErreurMetier } from "../errors";
import { recordAudit } from "../audit";

export async function createOrganisation(db: PrismaClient, agent: AgentLike, data: z.output<typeof organisationSchema>) {
  assertCan(agent, "referentiel.modifier");
  const existing = await db.organisation.findFirst({ where: { nom: { equals: data.nom, mode: "insensitive" }, sigle: data.sigle } });
  if (existing) throw new ErreurMetier("ORGANISATION_EXISTE", `« ${data.sigle ?? data.nom} » existe déjà dans le référentiel : choisissez-la dans la liste.`);
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.create({ data: { nom: data.nom, sigle: data.sigle, adresse: data.adresse, parentId: data.parentId } });
    await recordAudit(tx, { userId: agent.id, type: "ORGANISATION_CREEE", entite: "Organisation", entiteId: org.id, apres: org });
    return { id: org.id, nom: org.nom, sigle: org.sigle, adresse: org.adresse };
  });
}

export async function listReferentiel(db: PrismaClient) {
  const [organisations, personnes] = await Promise.all([
    db.organisation.findMany({ orderBy: [{ sigle: "asc" }, { nom: "asc" }], select: { id: true, nom: true, sigle: true, adresse: true } }),
    db.personne.findMany({ orderBy: { nom: "asc" }, select: { id: true, prenom: true, nom: true, qualite: true, organisationId: true } }),
  ]);
  return { organisations, personnes: personnes.map((p) => ({ id: p.id, nom: `${p.prenom} ${p.nom}`, qualite: p.qualite, organisationId: p.organisationId })) };
}
