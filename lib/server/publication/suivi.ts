// The core of the publication tracker (issue 22), shared by its use cases and the data.gouv.fr job:
// which document, its channels (those recorded, else those its publication article names), the
// proposal written down the first time anything is recorded, and the step to « publiée » once every
// required channel is — one rule (lib/domain/publication.ts), whoever records the last channel.
import "server-only";
import { canauxProposes, LIBELLES_CANAL, publicationDuDocument, type Canal } from "@/lib/domain/publication";
import { estSigneeParTous, nextStatut, type Statut } from "@/lib/domain/statut";
import { jourDeParis, type CalendarDate, calendarDateOrNull as jour } from "@/lib/domain/dates";
import { ErreurMetier, Introuvable } from "@/lib/domain/erreurs";
import type { RefDocument } from "../documents/document";
import { recordAudit } from "../audit";
import { on, type Tx, type InTx } from "../db";
import { refreshSuivi } from "../execution/refresh-suivi";
import { conventionScope, type AgentLike } from "../policies";
import { appliquerVie } from "../vie/vie";

export type DocumentAPublier = {
  type: "convention" | "avenant";
  documentId: string;
  conventionId: string;
  avenantId: string | null;
  numero: number | null;
  reference: string;
  libelle: string;
  chemin: string;
  statut: Statut;
  version: number;
  derniereSignature: CalendarDate | null;
  datePublication: CalendarDate | null;
};

/** Not found unless the convention is in the agent's scope (a light check: the tracker does not
 *  need the whole document). */
export async function assertDansLePerimetre(agent: AgentLike, ref: RefDocument, { tx }: InTx = {}) {
  const vue = await on(tx).convention.count({ where: { AND: [{ id: ref.conventionId }, await conventionScope(agent, tx)] } });
  if (!vue) throw new Introuvable();
}

/** The document by its reference, whatever the agent (scope checked by the caller, with loadDocument). */
export async function lireDocumentAPublier(ref: RefDocument, { tx }: InTx = {}): Promise<DocumentAPublier> {
  const db = on(tx);
  const convention = await db.convention.findUnique({
    where: { id: ref.conventionId },
    select: { id: true, reference: true, statut: true, version: true, dateSignature: true, datePublication: true },
  });
  if (!convention) throw new Introuvable();
  if (!ref.numero)
    return {
      type: "convention",
      documentId: convention.id,
      conventionId: convention.id,
      avenantId: null,
      numero: null,
      reference: convention.reference,
      libelle: `la convention ${convention.reference}`,
      chemin: `/conventions/${convention.id}`,
      statut: convention.statut,
      version: convention.version,
      derniereSignature: jour(convention.dateSignature),
      datePublication: jour(convention.datePublication),
    };
  const avenant = await db.avenant.findUnique({ where: { conventionId_numero: { conventionId: convention.id, numero: ref.numero } } });
  if (!avenant) throw new Introuvable("Cet avenant");
  return {
    type: "avenant",
    documentId: avenant.id,
    conventionId: convention.id,
    avenantId: avenant.id,
    numero: avenant.numero,
    reference: convention.reference,
    libelle: `l'avenant n° ${avenant.numero} à la convention ${convention.reference}`,
    chemin: `/conventions/${convention.id}/avenants/${avenant.numero}`,
    statut: avenant.statut,
    version: avenant.version,
    derniereSignature: jour(avenant.dateSignature),
    datePublication: jour(avenant.datePublication),
  };
}

export function assertPubliable(doc: DocumentAPublier) {
  if (!estSigneeParTous(doc.statut)) throw new ErreurMetier("PAS_SIGNEE", "Un document se publie une fois signé par toutes les parties.");
}

/** The channels its text names, and the article that names them: an avenant that says nothing of its
 *  publication is published where its convention is. */
export async function proposition(doc: DocumentAPublier, { tx }: InTx = {}) {
  const db = on(tx);
  const lire = (where: { conventionId: string } | { avenantId: string }) =>
    db.article.findMany({ where, orderBy: { ordre: "asc" }, select: { numero: true, titre: true, corps: true } });
  if (doc.avenantId) {
    const propre = canauxProposes(await lire({ avenantId: doc.avenantId }));
    if (propre.article) return propre;
  }
  return canauxProposes(await lire({ conventionId: doc.conventionId }));
}

export const lignesDuDocument = (documentId: string, { tx }: InTx = {}) =>
  on(tx).publication.findMany({
    where: { documentId },
    orderBy: { createdAt: "asc" },
    include: { majPar: { select: { nom: true } } },
  });

/** Writes the proposed channels down when nothing is recorded yet for the document (the first
 *  thing recorded on the tracker); returns the ids it created. */
export async function ecrireProposition(tx: Tx, doc: DocumentAPublier): Promise<Set<string>> {
  if (await tx.publication.count({ where: { documentId: doc.documentId } })) return new Set();
  const { canaux } = await proposition(doc, { tx });
  const crees = new Set<string>();
  for (const canal of canaux) {
    const { id } = await tx.publication.create({
      data: { documentId: doc.documentId, conventionId: doc.conventionId, avenantId: doc.avenantId, canal },
      select: { id: true },
    });
    crees.add(id);
  }
  return crees;
}

export const libelleCanal = (canal: Canal, libelle: string) => (canal === "AUTRE" && libelle ? libelle : LIBELLES_CANAL[canal]);

/** Once every required channel is published, the document is « publiée » on the date of the last
 *  of them, recorded in its history (who recorded the last channel, or the job's requester). */
export async function publierSiComplet(tx: Tx, userId: string | null, doc: DocumentAPublier): Promise<boolean> {
  const lignes = await tx.publication.findMany({ where: { documentId: doc.documentId } });
  const etat = publicationDuDocument(lignes.map((l) => ({ ...l, datePublication: jour(l.datePublication) })));
  if (!etat.publiee || doc.statut !== "SIGNEE") return false;
  const statut = nextStatut(doc.statut, "PUBLIER");
  const data = { statut, datePublication: etat.date ? new Date(etat.date) : null, version: { increment: 1 } };
  const where = { id: doc.documentId, statut: doc.statut };
  const { count } = doc.avenantId ? await tx.avenant.updateMany({ where, data }) : await tx.convention.updateMany({ where, data });
  if (!count) return false; // published meanwhile by another channel's record
  await recordAudit(tx, {
    userId,
    type: `${doc.type === "avenant" ? "AVENANT" : "CONVENTION"}_PUBLIER`,
    entite: doc.type === "avenant" ? "Avenant" : "Convention",
    entiteId: doc.documentId,
    conventionId: doc.conventionId,
    avant: { statut: doc.statut },
    apres: {
      statut,
      datePublication: etat.date,
      canaux: lignes.filter((l) => l.requis).map((l) => libelleCanal(l.canal, l.libelle)),
    },
  });
  // Published after its entry into force, or after its end: it moves on at once, not tomorrow night;
  // the finance figures are refreshed once, after both steps.
  await appliquerVie(tx, doc.conventionId, jourDeParis(new Date()), userId, { rafraichir: false });
  await refreshSuivi([doc.conventionId], { tx });
  return true;
}
