// Entry of the PDF worker threads (lib/server/pdf/pdf-pool.ts): renders one document per call,
// off the server's event loop. Bundled by scripts/build-pdf-worker.ts at `npm run build`.
// No `server-only` here: it runs in plain Node worker threads, outside React.
import { renderConventionPdf } from "./render-convention-pdf";
import type { PdfConvention } from "@/lib/pdf/data";

export default async function render(data: PdfConvention): Promise<Uint8Array> {
  const pdf = await renderConventionPdf(data);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
