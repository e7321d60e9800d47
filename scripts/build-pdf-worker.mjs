// Bundles the PDF worker (lib/server/pdf/pdf-worker.ts and the document it renders) into one ES
// module that Node runs in worker threads; packages stay in node_modules. Run by `npm run build`
// after `next build` (which empties .next/), and by the tests that exercise the pool.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PDF_WORKER_FILE = path.join(root, ".next", "pdf-worker", "pdf-worker.mjs");

export async function buildPdfWorker(outfile = PDF_WORKER_FILE) {
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

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const file = await buildPdfWorker();
  console.log(`Worker PDF : ${path.relative(root, file)}`);
}
