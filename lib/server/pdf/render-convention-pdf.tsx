// Renders a convention's PDF on the server (react-pdf).
// No `server-only` here: the PDF worker threads (plain Node, outside React) import this module.
import { renderToBuffer } from "@react-pdf/renderer";
import { ConventionPdf } from "@/lib/pdf/ConventionPdf";
import { prepareFonts } from "@/lib/pdf/fonts";
import type { PdfConvention } from "@/lib/pdf/data";

export async function renderConventionPdf(data: PdfConvention): Promise<Buffer> {
  await prepareFonts();
  return renderToBuffer(<ConventionPdf data={data} />);
}
