// Every lib/server module starts with `import "server-only"` (a client bundle that reaches one
// fails the build), except those the PDF worker threads load: they run in plain Node, outside
// React, where `server-only` throws. The worker's own bundle says which those are. And the three
// the process scripts load before Next or the job registry (scripts/serveur.ts, scripts/worker.ts,
// scripts/start.ts): the checked environment, the logs and the metrics — no data access in them.
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const serverFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return serverFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path.relative(ROOT, full)] : [];
  });

async function workerInputs(): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(ROOT, "lib/server/pdf/pdf-worker.ts")],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    jsx: "automatic",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

const PROCESSUS = new Set(["lib/server/environnement.ts", "lib/server/journal.ts", "lib/server/metriques.ts"]);

describe("server-only", () => {
  it("is imported first by every lib/server module the PDF worker does not load, and by none it loads", async () => {
    const worker = new Set((await workerInputs()).filter((f) => f.startsWith("lib/server/")));
    expect([...worker].sort()).toEqual(["lib/server/pdf/pdf-worker.ts", "lib/server/pdf/render-convention-pdf.tsx"]);
    const missing: string[] = [];
    const extra: string[] = [];
    for (const file of serverFiles(path.join(ROOT, "lib/server"))) {
      const firstImport = fs.readFileSync(file, "utf8").match(/^import\s[^\n]*$/m)?.[0];
      const guarded = firstImport === 'import "server-only";';
      if (worker.has(file) && guarded) extra.push(file);
      if (!worker.has(file) && !PROCESSUS.has(file) && !guarded) missing.push(file);
      if (PROCESSUS.has(file) && /from "\.\.?\/(?!environnement|journal)/.test(fs.readFileSync(file, "utf8"))) extra.push(file);
    }
    expect(missing, 'modules without `import "server-only"` as their first import').toEqual([]);
    expect(extra, "modules the PDF worker loads must not import server-only").toEqual([]);
  });
});
