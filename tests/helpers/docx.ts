// A minimal Word file (.docx) from the plain text of a document, as a word processor saves it:
// paragraphs, tables for lines with tabs, bold for **…**; and, on request, tracked changes.
import JSZip from "jszip";

const xml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const run = (t: string) =>
  t
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((p) =>
      p.startsWith("**")
        ? `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${xml(p.slice(2, -2))}</w:t></w:r>`
        : `<w:r><w:t xml:space="preserve">${xml(p)}</w:t></w:r>`,
    )
    .join("");

export async function docxDepuisTexte(texte: string, options: { suivies?: boolean; miseEnPageGardee?: boolean } = {}): Promise<Uint8Array> {
  const corps: string[] = [];
  let rangees: string[][] = [];
  const vider = () => {
    if (!rangees.length) return;
    corps.push(
      `<w:tbl>${rangees.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:p>${run(c)}</w:p></w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`,
    );
    rangees = [];
  };
  for (const ligne of texte.split("\n")) {
    if (ligne.includes("\t")) {
      rangees.push(ligne.split("\t"));
      continue;
    }
    vider();
    // miseEnPageGardee: a Word file converted from a PDF — a paragraph per printed line, its spaces
    // and blank lines kept
    if (options.miseEnPageGardee) corps.push(`<w:p>${ligne.trimEnd() ? run(ligne.replace(/\f/g, "").trimEnd()) : ""}</w:p>`);
    else if (ligne.trim()) corps.push(`<w:p>${run(ligne.trim())}</w:p>`);
  }
  vider();
  if (options.suivies)
    corps.push(
      `<w:p><w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>Phrase ajoutée.</w:t></w:r></w:ins><w:del w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>Phrase retirée.</w:delText></w:r></w:del></w:p>`,
    );
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${corps.join("")}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}
