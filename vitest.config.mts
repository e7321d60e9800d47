import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; use cases are tested directly here.
  "server-only": path.resolve(import.meta.dirname, "tests/setup/empty.ts"),
};

// Integration files run two at a time on one database (tests/setup/global-db.ts): each makes its own
// data. These few look at the whole job queue (they run every job due of a kind, or count them),
// count every convention, or move every stored file (fichiers: all files to S3, which another file's
// extract then could not be read from), so they run after the others, one at a time.
const SEULS = [
  "tests/integration/fichiers.int.test.ts",
  "tests/integration/import.int.test.ts",
  "tests/integration/jobs.int.test.ts",
  "tests/integration/notifications.int.test.ts",
  "tests/integration/publication.int.test.ts",
  "tests/integration/sauvegarde.int.test.ts",
  "tests/integration/suivi-execution.int.test.ts",
  "tests/integration/transmissions.int.test.ts",
  "tests/integration/validation.int.test.ts",
];
const integration = {
  include: ["tests/integration/**/*.int.test.ts"],
  environment: "node" as const,
  globalSetup: ["tests/setup/global-db.ts"],
  setupFiles: ["tests/setup/database-url.ts"],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        // Pure rules: one module cache for every file (no isolation), two at a time — 16 s instead of 42.
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/lint/**/*.test.ts"],
          environment: "node",
          isolate: false,
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: { ...integration, name: "integration", exclude: SEULS, maxWorkers: 2 },
      },
      {
        resolve: { alias },
        test: { ...integration, name: "integration-seuls", include: SEULS, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
