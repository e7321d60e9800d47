import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./prisma/migration-adapter";

// The CLI still looks for Rust engines it does not use with `engine: "js"`: point it at any
// existing file so that it does not try to download them (no internet here).
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.resolve("package.json");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");
process.env.CHECKPOINT_DISABLE ??= "1";
// `prisma generate` needs no database; the URL is only read when a command connects.
process.env.DATABASE_URL ??= "postgresql://postgres@localhost:5432/postgres";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  adapter: () => createMigrationAdapter(process.env.DATABASE_URL!),
});
