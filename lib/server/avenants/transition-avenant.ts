// Moving an avenant through its life cycle (lib/domain/statut.ts), each step by the role it
// belongs to, recorded with who and when.
import "server-only";
import { nextStatut, type Evenement } from "@/lib/domain/statut";
import { fromCalendarDate } from "@/lib/domain/dates";
import { ACTION_DE } from "@/lib/domain/roles";
import { ConflitVersion, ErreurMetier, Introuvable } from "@/lib/domain/erreurs";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, on, type InTx } from "../db";
import { getConvention } from "../conventions/get-convention";

export async function transitionAvenant(
  agent: AgentLike,
  input: { conventionId: string; numero: number; evenement: Evenement; version: number; dateSignature?: string | null },
  { tx: outer }: InTx = {},
) {
  const convention = await getConvention(agent, input.conventionId, { tx: outer });
  const avenant = await on(outer).avenant.findUnique({
    where: { conventionId_numero: { conventionId: convention.id, numero: input.numero } },
  });
  if (!avenant) throw new Introuvable("Cet avenant");
  assertCan(agent, ACTION_DE[input.evenement]);
  const statut = nextStatut(avenant.statut, input.evenement); // a domain error: shown as is
  const signature = input.evenement === "SIGNER_DERNIERE_PARTIE";
  if (signature && !input.dateSignature) throw new ErreurMetier("DATE_SIGNATURE", "Indiquez la date de la dernière signature.");
  return inTransaction(outer, async (tx) => {
    const { count } = await tx.avenant.updateMany({
      where: { id: avenant.id, version: input.version },
      data: { statut, version: { increment: 1 }, ...(signature ? { dateSignature: fromCalendarDate(input.dateSignature!) } : {}) },
    });
    if (count === 0) throw new ConflitVersion();
    await recordAudit(tx, {
      userId: agent.id,
      type: `AVENANT_${input.evenement}`,
      entite: "Avenant",
      entiteId: avenant.id,
      conventionId: convention.id,
      avant: { statut: avenant.statut },
      apres: { statut, dateSignature: input.dateSignature ?? null },
    });
    return { statut };
  });
}
