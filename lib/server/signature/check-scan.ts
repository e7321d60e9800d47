// The scan of a party's paper signature, checked before anything is kept: a PDF, readable, within
// the size limit, with as many pages as the version sent to signature (the whole document, signed).
import "server-only";
import { PDF } from "@libpdf/core";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { assertTailleEnvoi } from "@/lib/domain/envois";

export async function checkScan(scan: { nom: string; octets: Buffer }, pagesAttendues: number) {
  if (scan.octets.length === 0) throw new ErreurMetier("SCAN_VIDE", "Le fichier déposé est vide.", { scan: "Fichier vide." });
  assertTailleEnvoi("scan", scan.octets.length, "scan");
  if (scan.octets.subarray(0, 5).toString("latin1") !== "%PDF-") {
    const message = `« ${scan.nom} » n'est pas un PDF : déposez le scan du document signé, au format PDF.`;
    throw new ErreurMetier("SCAN_PAS_PDF", message, { scan: message });
  }
  let pages: number;
  try {
    pages = (await PDF.load(new Uint8Array(scan.octets))).getPageCount();
  } catch {
    const message = `« ${scan.nom} » est un PDF illisible ou endommagé.`;
    throw new ErreurMetier("SCAN_ILLISIBLE", message, { scan: message });
  }
  if (pages !== pagesAttendues) {
    const message = `Le scan a ${pages} page${pages > 1 ? "s" : ""}, la version envoyée à la signature en a ${pagesAttendues} : est-ce bien ce document, complet ?`;
    throw new ErreurMetier("SCAN_PAGES", message, { scan: message });
  }
}
