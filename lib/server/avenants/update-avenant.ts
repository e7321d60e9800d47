// Editing a saved avenant draft like a convention: while it is a draft or in review, guarded by the
// version read (the second of two people saving is told, and keeps what they typed), audited with
// before/after. Editing in review reopens the approval of what changed (lib/domain/revue.ts).
import "server-only";
import type { AvenantData } from "@/lib/schemas/avenant";
import { fromCalendarDate } from "@/lib/domain/dates";
import { raisonNonModifiable } from "@/lib/domain/statut";
import { ConflitVersion, ErreurMetier, Introuvable } from "@/lib/domain/erreurs";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, on, type InTx } from "../db";
import { assertOrganisationsConnues } from "../referentiel/verifications";
import { getConvention } from "../conventions/get-convention";
import { rowsFromForm } from "./changements";
import { writeTexteAvenant } from "./texte-avenant";

export async function updateAvenant(
  agent: AgentLike,
  conventionId: string,
  numero: number,
  version: number,
  data: AvenantData,
  { tx: outer }: InTx = {},
) {
  const convention = await getConvention(agent, conventionId, { tx: outer }); // scoped: not found otherwise
  assertCan(agent, "avenant.creer");
  const avant = await on(outer).avenant.findUnique({
    where: { conventionId_numero: { conventionId, numero } },
    include: {
      changements: { include: { lignesEcheancier: true } },
      articles: true,
      basesLegales: { orderBy: { ordre: "asc" } },
      parties: { orderBy: { ordre: "asc" } },
      signatures: { orderBy: { ordre: "asc" } },
    },
  });
  if (!avant) throw new Introuvable("Cet avenant");
  const figee = raisonNonModifiable(avant.statut);
  if (figee) throw new ErreurMetier("AVENANT_FIGE", figee);
  if (avant.version !== version) throw new ConflitVersion();
  if (data.succession.active)
    await assertOrganisationsConnues(
      { "succession.remplaceeId": data.succession.remplaceeId, "succession.successeurId": data.succession.successeurId },
      outer,
    );
  return inTransaction(outer, async (tx) => {
    const { count } = await tx.avenant.updateMany({
      where: { id: avant.id, version },
      data: {
        titre: data.titre ?? avant.titre,
        dateAvenant: data.dateAvenant ? fromCalendarDate(data.dateAvenant) : null,
        introduction: data.introduction || null,
        contexte: data.contexte || null,
        formuleAccord: data.formuleAccord,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflitVersion();
    await tx.article.deleteMany({ where: { avenantId: avant.id } });
    await tx.changementAvenant.deleteMany({ where: { avenantId: avant.id } });
    await tx.article.createMany({ data: data.articles.map((a, ordre) => ({ avenantId: avant.id, ordre, ...a })) });
    for (const [ordre, { lignesEcheancier, ...row }] of rowsFromForm(data).entries())
      await tx.changementAvenant.create({ data: { avenantId: avant.id, ordre, ...row, lignesEcheancier: { create: lignesEcheancier } } });
    await writeTexteAvenant(tx, avant.id, convention, data);
    await recordAudit(tx, {
      userId: agent.id,
      type: "AVENANT_MODIFIE",
      entite: "Avenant",
      entiteId: avant.id,
      conventionId,
      avant,
      apres: { numero, ...data },
    });
    return { id: avant.id, numero };
  });
}
