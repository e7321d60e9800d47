// Every change writes its audit event in the same transaction, with before/after.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./db";

/** JSON-safe copy: bigint → string, Date → ISO string. */
export function snapshot(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v)));
}

export async function recordAudit(
  tx: Tx,
  event: {
    userId: string | null;
    type: string;
    entite: string;
    entiteId: string | null;
    conventionId?: string | null;
    avant?: unknown;
    apres?: unknown;
  },
) {
  await tx.auditEvent.create({
    data: {
      type: event.type,
      entite: event.entite,
      entiteId: event.entiteId,
      conventionId: event.conventionId ?? null,
      userId: event.userId,
      avant: event.avant === undefined ? undefined : snapshot(event.avant),
      apres: event.apres === undefined ? undefined : snapshot(event.apres),
    },
  });
}
