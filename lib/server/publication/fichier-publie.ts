// What is published of a document: the signed PDF (the last PDF signed in the app, else the signed
// original it keeps — a scan or an imported signed file —, else its frozen version, else rendered now
// and kept), and the facts its title and description on data.gouv.fr are written from.
import "server-only";
import type { DocumentPublie } from "@/lib/domain/publication";
import { formatDateLongue, toCalendarDate } from "@/lib/domain/dates";
import { on, type InTx } from "../db";
import { getFichier, putFichier, sha256 } from "../fichiers/fichiers";
import { getDernierPdfSigne, getVersionFigee } from "../documents/version-figee";
import { renderPdf } from "../pdf/pdf-pool";
import { loadDocument } from "../revue/load-document";
import type { AgentLike } from "../policies";
import type { DocumentAPublier } from "./suivi";

export async function lireDocumentPublie(doc: DocumentAPublier, { tx }: InTx = {}): Promise<DocumentPublie> {
  const db = on(tx);
  const c = await db.convention.findUniqueOrThrow({
    where: { id: doc.conventionId },
    include: { parties: { include: { organisation: true }, orderBy: { ordre: "asc" } }, imputation: true },
  });
  const nomsDe = (role: string) => c.parties.filter((p) => p.role === role).map((p) => p.organisation);
  const fin = c.dateFin ? formatDateLongue(toCalendarDate(c.dateFin)) : null;
  const duree =
    c.regleDuree === "JUSQU_AU_REGLEMENT"
      ? `Durée : jusqu'au règlement total des opérations${fin ? ` (par défaut jusqu'au ${fin})` : ""}.`
      : fin
        ? `Durée : jusqu'au ${fin}.`
        : null;
  const programme = c.imputation?.programme ? `${c.imputation.programme}${c.imputation.bop ? ` (BOP ${c.imputation.bop})` : ""}` : null;
  return {
    reference: c.reference,
    numeroAvenant: doc.numero,
    titre: c.titre,
    objet: c.objet,
    delegants: nomsDe("DELEGANT"),
    delegataires: nomsDe("DELEGATAIRE"),
    derniereSignature: doc.derniereSignature,
    dateFin: c.dateFin ? toCalendarDate(c.dateFin) : null,
    duree,
    // An avenant's amounts are those of the consolidated convention, shown on its page: not restated here.
    totalAe: doc.numero ? null : c.plafondAe,
    totalCp: doc.numero ? null : c.plafondCp,
    programme,
  };
}

/** The bytes to publish and their SHA-256. `agent`: whose scope renders the document when nothing
 *  signed is kept (a document signed before the app kept its files). */
export async function fichierAPublier(agent: AgentLike, doc: DocumentAPublier): Promise<{ octets: Buffer; sha256: string }> {
  const figee = await getVersionFigee(doc.documentId);
  const signe = figee ? await getDernierPdfSigne(figee.id) : null;
  if (signe) return { octets: await getFichier(signe.sha256), sha256: signe.sha256 };
  const original = await on().fichier.findFirst({
    where: {
      nature: "ORIGINAL_SIGNE",
      typeMime: "application/pdf",
      ...(doc.avenantId ? { avenantId: doc.avenantId } : { conventionId: doc.conventionId, avenantId: null }),
    },
    orderBy: { createdAt: "desc" },
    select: { sha256: true },
  });
  if (original) return { octets: await getFichier(original.sha256), sha256: original.sha256 };
  if (figee) return { octets: await getFichier(figee.sha256), sha256: figee.sha256 };
  const rendu = await loadDocument(agent, { conventionId: doc.conventionId, numero: doc.numero });
  const octets = Buffer.from(await renderPdf(rendu.pdf()));
  await putFichier(octets);
  return { octets, sha256: sha256(octets) };
}
