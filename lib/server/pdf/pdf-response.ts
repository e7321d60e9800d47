// A PDF to download: the version frozen for signature as it was stored, else rendered now.
import "server-only";
import type { PdfConvention } from "@/lib/pdf/data";
import type { Telechargement } from "@/lib/actions/route";
import { renderPdf } from "./pdf-pool";

/** A PDF already made: the version frozen for signature, served byte for byte. */
export type PdfFige = { octets: Uint8Array; fileName: string };

export async function fichierPdf(data: PdfConvention | PdfFige | null): Promise<Telechargement | null> {
  if (!data) return null;
  if ("octets" in data) return { octets: data.octets, nom: data.fileName, type: "application/pdf" };
  return { octets: await renderPdf(data), nom: data.meta.fileName, type: "application/pdf" };
}
