import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root, "server-only": path.join(root, "tests/setup/empty.ts") } },
  test: { include: ["scripts/bench/*.bench.ts"], disableConsoleIntercept: true, testTimeout: 900_000, fileParallelism: false },
});
