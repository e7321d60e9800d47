// Creating avenant n° N+1 of a convention signed by every party. One avenant in progress at a time.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AvenantData } from "@/lib/schemas/avenant";
import { fromCalendarDate } from "@/lib/domain/dates";
import { estSigneeParTous, LIBELLES_STATUT } from "@/lib/domain/statut";
import { assertCan, type AgentLike } from "../policies";
import { ErreurMetier } from "../errors";
import { recordAudit } from "../audit";
import { getConvention } from "../conventions/get-convention";
import { rowsFromForm } from "./changements";

export async function createAvenant(db: PrismaClient, agent: AgentLike, conventionId: string, data: AvenantData) {
  const convention = await getConvention(db, agent, conventionId);
  assertCan(agent, "avenant.creer");
  if (!estSigneeParTous(convention.statut)) {
    throw new ErreurMetier("CONVENTION_NON_SIGNEE", `Un avenant modifie une convention signée par toutes les parties ; celle-ci est « ${LIBELLES_STATUT[convention.statut]} » : modifiez-la directement.`);
  }
  const enCours = convention.avenants.find((a) => !estSigneeParTous(a.statut));
  if (enCours) throw new ErreurMetier("AVENANT_EN_COURS", `L'avenant n° ${enCours.numero} est encore en projet : terminez-le avant d'en créer un autre.`);
  const numero = Math.max(0, ...convention.avenants.map((a) => a.numero)) + 1;

  return db.$transaction(async (tx) => {
    const avenant = await tx.avenant.create({
      data: {
        conventionId,
        numero,
        titre: data.titre ?? `Avenant n° ${numero} à la ${convention.titre.toLowerCase()}`,
        dateAvenant: data.dateAvenant ? fromCalendarDate(data.dateAvenant) : null,
        contexte: data.contexte || null,
        articles: { create: data.articles.map((a, ordre) => ({ ordre, ...a })) },
      },
    });
    for (const [ordre, { lignesEcheancier, ...row }] of rowsFromForm(data).entries()) {
      await tx.changementAvenant.create({ data: { avenantId: avenant.id, ordre, ...row, lignesEcheancier: { create: lignesEcheancier } } });
    }
    await recordAudit(tx, { userId: agent.id, type: "AVENANT_CREE", entite: "Avenant", entiteId: avenant.id, conventionId, apres: { numero, ...data } });
    return { id: avenant.id, numero };
  });
}
