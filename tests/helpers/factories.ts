// Test data with unique values, so that test files run in parallel on one database.
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/domain/roles";
import { insertConvention } from "@/prisma/seed/insert";
import { convention2024Webinaire } from "@/prisma/seed/index";
import type { ConventionSeed } from "@/prisma/seed/types";

export const unique = (prefix = "t") => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function createOrganisation(
  db: PrismaClient,
  data: { sigle?: string; nom?: string; parentId?: string; type?: "MINISTERE" | "DIRECTION" | "SERVICE" | "AUTRE" } = {},
) {
  const sigle = data.sigle ?? unique("ORG").toUpperCase();
  return db.organisation.create({
    data: { sigle, nom: data.nom ?? `Organisation ${sigle}`, parentId: data.parentId ?? null, type: data.type ?? "MINISTERE" },
  });
}

export async function createAgent(
  db: PrismaClient,
  data: { role?: Role; roles?: Role[]; organisationId?: string | null; perimetre?: string[]; password?: string; actif?: boolean },
) {
  const user = await db.user.create({
    data: {
      email: `${unique("agent")}@test.gouv.fr`,
      nom: "Agent de test",
      roles: data.roles ?? (data.role ? [data.role] : []),
      organisationId: data.organisationId ?? null,
      passwordHash: data.password ? await bcrypt.hash(data.password, 4) : null,
      actif: data.actif ?? true,
      perimetre: { create: (data.perimetre ?? []).map((organisationId) => ({ organisationId })) },
    },
  });
  // As the session sees the agent (lib/server/auth/agent.ts): its perimeter's organisations.
  return { ...user, perimetre: data.perimetre ?? [] };
}

/** A convention shaped like seed 003, with a unique reference and the given overrides; a UO given in
 *  its imputation is the one its articles name too (the text says what the fields say). */
export async function createConvention(db: PrismaClient, overrides: Partial<ConventionSeed> = {}) {
  const uo = overrides.imputation?.centreFinancier;
  const seedUo = convention2024Webinaire.imputation!.centreFinancier!;
  const articles = (overrides.articles ?? convention2024Webinaire.articles).map((a) =>
    uo ? { ...a, corps: a.corps.replaceAll(seedUo, uo) } : a,
  );
  const convention = await insertConvention(db, { ...convention2024Webinaire, reference: unique("REF"), ...overrides, articles });
  // Its finance figures, as the use case that creates a convention computes them (the dashboard
  // reads them and computes nothing).
  const { refreshSuivi } = await import("@/lib/server/execution/refresh-suivi");
  await refreshSuivi([convention.id]);
  return convention;
}
