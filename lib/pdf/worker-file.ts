// Where `npm run build` puts the PDF worker bundle (scripts/lib/pdf-worker-bundle.ts) and where the pool
// and the start script look for it. Nothing else here: the start script imports it too.
import path from "node:path";

export const PDF_WORKER_FILE = path.join(process.cwd(), ".next", "pdf-worker", "pdf-worker.mjs");
