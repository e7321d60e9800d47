// Bundles the PDF worker (lib/server/pdf/pdf-worker.ts and the document it renders) into one ES
// module that Node runs in worker threads; packages stay in node_modules. Used by
// scripts/build-pdf-worker.ts at `npm run build` (after `next build`, which empties .next/), and by
// the tests and the bench that exercise the pool. Paths are from the project root (the cwd).
import path from "node:path";
import { build } from "esbuild";
import { PDF_WORKER_FILE } from "../../lib/pdf/worker-file";

export async function buildPdfWorker(outfile = PDF_WORKER_FILE): Promise<string> {
  const root = process.cwd();
  await build({
    entryPoints: [path.join(root, "lib/server/pdf/pdf-worker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    jsx: "automatic",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
  return outfile;
}
