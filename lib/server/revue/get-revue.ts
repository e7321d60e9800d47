// The review of a document as its page shows it: its sections and their state (approved for the
// content read, to read again, to read), the threads, what still stops « valider », the warnings to
// acknowledge, the versions frozen so far.
import "server-only";
import type { RevueVue } from "@/lib/views/revue";
import { estModifiable } from "@/lib/domain/statut";
import { blocagesValidation, cleConstat, etatsSections } from "@/lib/domain/revue";
import type { AgentLike } from "../policies";
import { on, type InTx } from "../db";
import type { DocumentRevu, RefDocument } from "../documents/document";
import { loadDocument } from "./load-document";
import { anneesDe } from "./shared";

/** The review of a document: its sections and their state, the threads, what stops « valider ». */
export async function getRevue(agent: AgentLike, ref: RefDocument, { tx }: InTx = {}): Promise<RevueVue> {
  return getRevueDuDocument(await loadDocument(agent, ref, { tx }), { tx });
}

/** The same, for a document its page has already read (documentDeConvention, documentDAvenant). */
export async function getRevueDuDocument(doc: DocumentRevu, { tx }: InTx = {}): Promise<RevueVue> {
  const db = on(tx);
  const nom = { select: { nom: true } } as const;
  const [approbations, fils, versions] = await Promise.all([
    db.approbationSection.findMany({ where: { documentId: doc.documentId }, include: { approuveePar: nom } }),
    db.filRevue.findMany({
      where: { documentId: doc.documentId },
      orderBy: { createdAt: "asc" },
      include: { auteur: nom, resoluPar: nom, messages: { orderBy: { createdAt: "asc" }, include: { auteur: nom } } },
    }),
    db.versionFigee.findMany({
      where: { documentId: doc.documentId },
      orderBy: { numero: "asc" },
      select: { numero: true, sha256: true, figeeLe: true, figeePar: nom },
    }),
  ]);
  const parSection = new Map(approbations.map((a) => [a.section, a]));
  // Past the review (sent to signature, signed…), each section stands as it was approved: what
  // signing records afterwards (a date, a place, a signatory's name) is not an edit.
  const etats = estModifiable(doc.statut)
    ? etatsSections(doc.sections, approbations)
    : new Map(doc.sections.map((s) => [s.cle, parSection.has(s.cle) ? ("approuvee" as const) : ("a_relire" as const)]));
  const cles = new Set(doc.sections.map((s) => s.cle));
  const nonResolus = fils.filter((f) => f.etat !== "RESOLU");
  return {
    documentId: doc.documentId,
    conventionId: doc.conventionId,
    numero: doc.numero,
    statut: doc.statut,
    version: doc.version,
    sections: doc.sections.map((s) => {
      const a = parSection.get(s.cle);
      return {
        cle: s.cle,
        libelle: s.libelle,
        empreinte: s.empreinte,
        etat: etats.get(s.cle)!,
        approbation: a ? { par: a.approuveePar.nom, le: a.approuveeLe } : null,
      };
    }),
    fils: fils.map((f) => ({
      id: f.id,
      section: f.section,
      sectionLibelle: f.sectionLibelle,
      sectionExiste: cles.has(f.section),
      ligne: f.ligne,
      etat: f.etat,
      version: f.version,
      auteur: f.auteur.nom,
      createdAt: f.createdAt,
      resoluPar: f.resoluPar?.nom ?? null,
      resoluLe: f.resoluLe,
      messages: f.messages.map((m) => ({ id: m.id, auteur: m.auteur.nom, texte: m.texte, createdAt: m.createdAt })),
    })),
    blocages: blocagesValidation({
      sections: doc.sections,
      etats,
      filsNonResolus: nonResolus,
      constats: doc.constats.filter((c) => c.gravite === "erreur"),
      avertissementsAcquittes: [],
    }),
    avertissements: doc.constats.filter((c) => c.gravite === "avertissement").map((c) => ({ ...c, cle: cleConstat(c) })),
    annees: anneesDe(doc),
    versionsFigees: versions.map((v) => ({ numero: v.numero, sha256: v.sha256, figeeLe: v.figeeLe, figeePar: v.figeePar?.nom ?? null })),
  };
}
