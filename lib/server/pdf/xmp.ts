// XMP metadata for the PDFs the application makes (issue 11): title, subject, author, producer,
// language and dates in the catalog's /Metadata stream, as archiving and accessibility tools read
// them (react-pdf writes only the older /Info dictionary). Written before any signature.
import "server-only";
import { PDF, PdfName, PdfStream } from "@libpdf/core";
import type { PdfConvention } from "@/lib/pdf/data";

const echapper = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function xmp(meta: PdfConvention["meta"], le = new Date()): string {
  const date = le.toISOString();
  const alt = (t: string) => `<rdf:Alt><rdf:li xml:lang="fr-FR">${echapper(t)}</rdf:li></rdf:Alt>`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title>${alt(meta.title)}</dc:title>
   <dc:description>${alt(meta.subject)}</dc:description>
   <dc:creator><rdf:Seq><rdf:li>${echapper(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>Conventions de délégation de gestion</xmp:CreatorTool>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <pdf:Producer>Conventions de délégation de gestion</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** The PDF with its XMP metadata stream. */
export async function avecXmp(pdf: Uint8Array, meta: PdfConvention["meta"]): Promise<Buffer> {
  const document = await PDF.load(pdf);
  const flux = PdfStream.fromDict({ Type: PdfName.of("Metadata"), Subtype: PdfName.of("XML") }, new TextEncoder().encode(xmp(meta)));
  document.getCatalog().set("Metadata", document.register(flux));
  return Buffer.from(await document.save());
}
