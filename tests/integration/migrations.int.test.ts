import { execFileSync } from "node:child_process";
import { describe, expect, it, inject } from "vitest";
import { testDb } from "../helpers/db";

const db = testDb();

describe("migrations", () => {
  it("build the whole schema from zero on an empty database", async () => {
    const tables = await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        "Annexe",
        "Article",
        "AuditEvent",
        "Avenant",
        "BaseLegale",
        "ChangementAvenant",
        "Cofinancement",
        "Convention",
        "Fichier",
        "ImputationBudgetaire",
        "LigneEcheancier",
        "Organisation",
        "ParametrageAdherence",
        "Partie",
        "Personne",
        "Signature",
        "TentativeConnexion",
        "TexteJuridique",
        "User",
        "_prisma_migrations",
      ]),
    );
  });

  it("store money as bigint and calendar dates as date", async () => {
    const columns = await db.$queryRaw<{ column_name: string; data_type: string }[]>`
      SELECT column_name::text AS column_name, data_type::text AS data_type FROM information_schema.columns
      WHERE table_name IN ('Convention', 'LigneEcheancier') AND column_name IN ('plafondAe', 'ae', 'cp', 'dateFin', 'createdAt')`;
    const types = Object.fromEntries(columns.map((c) => [c.column_name, c.data_type]));
    expect(types).toMatchObject({
      plafondAe: "bigint",
      ae: "bigint",
      cp: "bigint",
      dateFin: "date",
      createdAt: "timestamp with time zone",
    });
  });

  it("match schema.prisma exactly (no change left without its migration)", () => {
    // exit code 0: in sync; 2: a difference (printed); the shadow database is created and dropped.
    const output = execFileSync(
      "npx",
      [
        "prisma",
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      { env: { ...process.env, DATABASE_URL: inject("databaseUrl") }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    expect(output).toContain("No difference detected");
  });
});
