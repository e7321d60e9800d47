// Creating avenant n° N+1 of a convention signed by every party, with its own visas, parties at its
// date and signature blocks. One avenant in progress at a time.
import "server-only";
import type { AvenantData } from "@/lib/schemas/avenant";
import { fromCalendarDate, toCalendarDate } from "@/lib/domain/dates";
import { titreAvenantParDefaut } from "@/lib/domain/avenant-redaction";
import { assertAvenantPossible } from "@/lib/domain/avenant";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, type InTx } from "../db";
import { assertOrganisationsConnues } from "../referentiel/verifications";
import { getConvention } from "../conventions/get-convention";
import { rowsFromForm } from "./changements";
import { writeTexteAvenant } from "./texte-avenant";

export async function createAvenant(agent: AgentLike, conventionId: string, data: AvenantData, { tx: outer }: InTx = {}) {
  const convention = await getConvention(agent, conventionId, { tx: outer });
  assertCan(agent, "avenant.creer");
  const numero = assertAvenantPossible(convention);
  if (data.succession.active) {
    await assertOrganisationsConnues(
      { "succession.remplaceeId": data.succession.remplaceeId, "succession.successeurId": data.succession.successeurId },
      outer,
    );
  }

  return inTransaction(outer, async (tx) => {
    const avenant = await tx.avenant.create({
      data: {
        conventionId,
        numero,
        titre:
          data.titre ??
          titreAvenantParDefaut(numero, {
            titre: convention.titre,
            date: convention.dateConvention ? toCalendarDate(convention.dateConvention) : null,
          }),
        dateAvenant: data.dateAvenant ? fromCalendarDate(data.dateAvenant) : null,
        introduction: data.introduction || null,
        contexte: data.contexte || null,
        formuleAccord: data.formuleAccord,
        articles: { create: data.articles.map((a, ordre) => ({ ordre, ...a })) },
      },
    });
    for (const [ordre, { lignesEcheancier, ...row }] of rowsFromForm(data).entries()) {
      await tx.changementAvenant.create({ data: { avenantId: avenant.id, ordre, ...row, lignesEcheancier: { create: lignesEcheancier } } });
    }
    await writeTexteAvenant(tx, avenant.id, convention, data);
    await recordAudit(tx, {
      userId: agent.id,
      type: "AVENANT_CREE",
      entite: "Avenant",
      entiteId: avenant.id,
      conventionId,
      apres: { numero, ...data },
    });
    return { id: avenant.id, numero };
  });
}
