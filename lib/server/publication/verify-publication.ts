// « Vérifier une publication », without a session: is this PDF a document the app published? Its
// SHA-256 is looked for among published files only — the file uploaded to data.gouv.fr, and the
// signed PDF, signed original or frozen version of a document that is published (or later in force,
// ended) —, never among drafts or documents not yet published. Its signatures are read as they are
// (pdfsig), and where it is published is said.
import "server-only";
import { toCalendarDate } from "@/lib/domain/dates";
import type { VerificationPublique } from "@/lib/views/verification";
import { on, type InTx } from "../db";
import { sha256 } from "../fichiers/fichiers";
import { assertPdfAVerifier, readPdfSignatures } from "../signature/verify-pdf";
import { libelleCanal } from "./suivi";

const PUBLIES = ["PUBLIEE", "EN_VIGUEUR", "TERMINEE"] as const;

export async function verifyPublication(fichier: { nom: string; octets: Buffer }, { tx }: InTx = {}): Promise<VerificationPublique> {
  assertPdfAVerifier(fichier);
  const empreinte = sha256(fichier.octets);
  const db = on(tx);
  const publie = { statut: { in: [...PUBLIES] } };
  // A document published: a convention (no avenant) or an avenant, each in a published state.
  const documentPublie = { OR: [{ avenantId: null, convention: publie }, { avenant: publie }] };
  const [envoye, signe, original, figee] = await Promise.all([
    db.publication.findFirst({ where: { sha256: empreinte, etat: "PUBLIEE" }, select: { conventionId: true, avenantId: true } }),
    db.pdfSigne.findFirst({
      where: { sha256: empreinte, versionFigee: documentPublie },
      select: { versionFigee: { select: { conventionId: true, avenantId: true } } },
    }),
    db.fichier.findFirst({
      where: { sha256: empreinte, nature: "ORIGINAL_SIGNE", ...documentPublie },
      select: { conventionId: true, avenantId: true },
    }),
    db.versionFigee.findFirst({ where: { sha256: empreinte, ...documentPublie }, select: { conventionId: true, avenantId: true } }),
  ]);
  const trouve = envoye ?? signe?.versionFigee ?? original ?? figee;
  const signatures = readPdfSignatures(fichier.octets);
  const base = { nom: fichier.nom, sha256: empreinte, taille: fichier.octets.length, signatures };
  if (!trouve || (!trouve.conventionId && !trouve.avenantId))
    return { ...base, publie: false, document: null, datePublication: null, publications: [] };
  const avenant = trouve.avenantId ? await db.avenant.findUnique({ where: { id: trouve.avenantId }, include: { convention: true } }) : null;
  const convention = avenant?.convention ?? (await db.convention.findUniqueOrThrow({ where: { id: trouve.conventionId! } }));
  const documentId = avenant?.id ?? convention.id;
  const lignes = await db.publication.findMany({ where: { documentId, etat: "PUBLIEE" }, orderBy: { datePublication: "asc" } });
  const date = avenant ? avenant.datePublication : convention.datePublication;
  return {
    ...base,
    publie: true,
    document: avenant
      ? `Avenant n° ${avenant.numero} à la convention de délégation de gestion ${convention.reference} — ${convention.intitule}`
      : `${convention.titre} ${convention.reference} — ${convention.intitule}`,
    datePublication: date ? toCalendarDate(date) : null,
    publications: lignes.map((l) => ({
      canal: libelleCanal(l.canal, l.libelle),
      nor: l.nor,
      numero: l.numero,
      date: l.datePublication ? toCalendarDate(l.datePublication) : null,
      url: l.url,
    })),
  };
}
