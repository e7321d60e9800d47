// npm run bench:memory: when BENCH_MEMOIRE_FICHIER is set, the server writes where its memory is
// (process.memoryUsage: V8 heap, off-heap buffers) to that file every 2 s. Loaded by instrumentation.ts.
import "server-only";
import fs from "node:fs";

export function ecrireMemoire(fichier: string) {
  setInterval(() => fs.writeFileSync(fichier, JSON.stringify(process.memoryUsage())), 2000).unref();
}
