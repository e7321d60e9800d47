// npm run build, after next build: the PDF worker bundle (see scripts/lib/pdf-worker-bundle.ts).
import path from "node:path";
import { buildPdfWorker } from "./lib/pdf-worker-bundle";

buildPdfWorker()
  .then((file) => console.log(`Worker PDF : ${path.relative(process.cwd(), file)}`))
  .catch((error) => {
    console.error(`\n✖ Worker PDF : ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
