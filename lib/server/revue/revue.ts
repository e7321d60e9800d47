// Review by section: threads on a section or a schedule line (open → answered → resolved), with
// replies, and the reviewer's approval of each section for its current content. Each step is one
// transaction guarded by what the user read: two people resolving the same thread, a section
// changed while it was being approved, a stale page — the loser is told in French.
import "server-only";
import type { z } from "zod";
import type {
  approuverSectionSchema,
  approuverSectionsSchema,
  ouvrirFilSchema,
  repondreFilSchema,
  resoudreFilSchema,
} from "@/lib/schemas/revue";
import type { RevueVue } from "@/lib/views/revue";
import { estModifiable, LIBELLES_STATUT } from "@/lib/domain/statut";
import { blocagesValidation, cleConstat, etatsSections } from "@/lib/domain/revue";
import { AccesRefuse, ErreurMetier, Introuvable } from "@/lib/domain/erreurs";
import { assertCan, can, type AgentLike } from "../policies";
import { inTransaction, on, type InTx, type Tx } from "../db";
import { auditDocument, type DocumentRevu, type RefDocument } from "../documents/document";
import { loadDocument } from "../revue/load-document";
import { notifier, participantsDuFil, redacteursDe } from "../notifications/notifier";

/** Who takes part in a review: the reviewer, and the drafting side who answers. */
function assertParticipant(agent: AgentLike) {
  if (!can(agent, "convention.relire") && !can(agent, "convention.modifier")) throw new AccesRefuse();
}

function assertEnRedactionOuRevue(doc: DocumentRevu) {
  if (!estModifiable(doc.statut))
    throw new ErreurMetier(
      "REVUE_CLOSE",
      `La revue est close : le document est « ${LIBELLES_STATUT[doc.statut]} ». Renvoyez-le en rédaction pour le discuter de nouveau.`,
    );
}

const auditRevue = auditDocument;

export async function ouvrirFil(agent: AgentLike, data: z.output<typeof ouvrirFilSchema>, { tx: outer }: InTx = {}) {
  assertParticipant(agent);
  const doc = await loadDocument(agent, data, { tx: outer });
  assertEnRedactionOuRevue(doc);
  const section = doc.sections.find((s) => s.cle === data.section);
  if (!section)
    throw new ErreurMetier("SECTION_INCONNUE", "Cette section n'existe plus dans le document : rechargez la page.", {
      section: "Cette section n'existe plus.",
    });
  if (data.ligne && !anneesDe(doc).includes(Number(data.ligne))) {
    const message = `L'échéancier n'a pas de ligne ${data.ligne}.`;
    throw new ErreurMetier("LIGNE_INCONNUE", message, { ligne: message });
  }
  return inTransaction(outer, async (tx) => {
    const fil = await tx.filRevue.create({
      data: {
        documentId: doc.documentId,
        conventionId: doc.conventionId,
        avenantId: doc.avenantId,
        section: section.cle,
        sectionLibelle: data.ligne ? `${section.libelle}, ligne ${data.ligne}` : section.libelle,
        ligne: data.ligne ?? null,
        auteurId: agent.id,
        messages: { create: { auteurId: agent.id, texte: data.texte } },
      },
    });
    await auditRevue(tx, agent, doc, "REVUE_FIL_OUVERT", { fil: fil.id, section: fil.sectionLibelle, texte: data.texte });
    await prevenirDuCommentaire(tx, agent, doc, fil);
    return { id: fil.id };
  });
}

/** A reply by the thread's author reopens it; by anyone else it answers it. */
export async function repondreFil(agent: AgentLike, data: z.output<typeof repondreFilSchema>, { tx: outer }: InTx = {}) {
  assertParticipant(agent);
  const { fil, doc } = await filDuDocument(agent, data.filId, outer);
  assertEnRedactionOuRevue(doc);
  return inTransaction(outer, async (tx) => {
    const etat = fil.auteurId === agent.id ? "OUVERT" : "REPONDU";
    await gardeVersion(tx, fil.id, data.version, { etat, resoluLe: null, resoluParId: null });
    await tx.messageRevue.create({ data: { filId: fil.id, auteurId: agent.id, texte: data.texte } });
    await auditRevue(tx, agent, doc, "REVUE_REPONSE", { fil: fil.id, section: fil.sectionLibelle, texte: data.texte, etat });
    await prevenirDuCommentaire(tx, agent, doc, fil, true);
    return { etat };
  });
}

/** Resolved by its author or by a reviewer. */
export async function resoudreFil(agent: AgentLike, data: z.output<typeof resoudreFilSchema>, { tx: outer }: InTx = {}) {
  const { fil, doc } = await filDuDocument(agent, data.filId, outer);
  if (fil.auteurId !== agent.id) assertCan(agent, "convention.relire");
  assertEnRedactionOuRevue(doc);
  if (fil.etat === "RESOLU") throw new ErreurMetier("FIL_RESOLU", "Cette discussion est déjà résolue.");
  return inTransaction(outer, async (tx) => {
    await gardeVersion(tx, fil.id, data.version, { etat: "RESOLU", resoluLe: new Date(), resoluParId: agent.id });
    await auditRevue(tx, agent, doc, "REVUE_FIL_RESOLU", { fil: fil.id, section: fil.sectionLibelle });
    return { etat: "RESOLU" as const };
  });
}

/** The reviewer approves a section for the content they read (its fingerprint): if the drafter
 *  changed it meanwhile, the approval is refused and the page shows the new content. */
export async function approuverSection(agent: AgentLike, data: z.output<typeof approuverSectionSchema>, { tx }: InTx = {}) {
  const { section, empreinte, ...ref } = data;
  const [approuvee] = await approuverSections(agent, { ...ref, sections: [{ section, empreinte }] }, { tx });
  return { section: approuvee! };
}

/** Several sections at once (« Approuver les sections restantes »), each for the content the reviewer
 *  read: all of them, or none if one has changed meanwhile. One notice to the drafters. */
export async function approuverSections(agent: AgentLike, data: z.output<typeof approuverSectionsSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "convention.relire");
  const doc = await loadDocument(agent, data, { tx: outer });
  if (doc.statut !== "EN_REVUE")
    throw new ErreurMetier("REVUE_CLOSE", `Une section s'approuve pendant la revue ; le document est « ${LIBELLES_STATUT[doc.statut]} ».`);
  const sections = data.sections.map(({ section: cle, empreinte }) => {
    const section = doc.sections.find((s) => s.cle === cle);
    if (!section) throw new ErreurMetier("SECTION_INCONNUE", "Cette section n'existe plus dans le document : rechargez la page.");
    if (section.empreinte !== empreinte)
      throw new ErreurMetier(
        "SECTION_CHANGEE",
        `« ${section.libelle} » a été modifiée depuis que vous l'avez ouverte : relisez-la (la page est rechargée), puis approuvez-la.`,
      );
    return section;
  });
  return inTransaction(outer, async (tx) => {
    for (const section of sections) {
      const cle = { documentId_section: { documentId: doc.documentId, section: section.cle } };
      const valeurs = { empreinte: section.empreinte, approuveeParId: agent.id, approuveeLe: new Date() };
      await tx.approbationSection.upsert({
        where: cle,
        create: { ...valeurs, documentId: doc.documentId, conventionId: doc.conventionId, avenantId: doc.avenantId, section: section.cle },
        update: valeurs,
      });
      await auditRevue(tx, agent, doc, "REVUE_SECTION_APPROUVEE", { section: section.libelle });
    }
    await notifier(tx, {
      type: "SECTION_APPROUVEE",
      destinataires: await redacteursDe(tx, doc),
      titre:
        sections.length === 1
          ? `« ${sections[0]!.libelle} » approuvée dans ${doc.libelle}`
          : `${sections.length} sections approuvées dans ${doc.libelle}`,
      lien: `${doc.chemin}#revue`,
      conventionId: doc.conventionId,
      sauf: agent.id,
    });
    return sections.map((s) => s.cle);
  });
}

/** The review of a document: its sections and their state, the threads, what stops « valider ». */
export async function getRevue(agent: AgentLike, ref: RefDocument, { tx }: InTx = {}): Promise<RevueVue> {
  return revueDuDocument(await loadDocument(agent, ref, { tx }), { tx });
}

/** The same, for a document its page has already read (documentDeConvention, documentDAvenant). */
export async function revueDuDocument(doc: DocumentRevu, { tx }: InTx = {}): Promise<RevueVue> {
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

/** A comment or a reply: the document's drafters and everyone who wrote in the thread hear of it. */
async function prevenirDuCommentaire(
  tx: Tx,
  agent: AgentLike,
  doc: DocumentRevu,
  fil: { id: string; sectionLibelle: string },
  reponse = false,
) {
  const auteur = (await tx.user.findUnique({ where: { id: agent.id }, select: { nom: true } }))?.nom ?? "un agent";
  await notifier(tx, {
    type: "COMMENTAIRE",
    destinataires: [...(await redacteursDe(tx, doc)), ...(await participantsDuFil(tx, fil.id))],
    titre: `${reponse ? "Réponse" : "Commentaire"} de ${auteur} sur « ${fil.sectionLibelle} » (${doc.libelle})`,
    lien: `${doc.chemin}#fil-${fil.id}`,
    conventionId: doc.conventionId,
    sauf: agent.id,
  });
}

function anneesDe(doc: DocumentRevu): number[] {
  const section = doc.sections.find((s) => s.cle === "echeancier");
  const lignes = (section?.contenu as { lignes?: { annee: number }[] } | undefined)?.lignes ?? [];
  return lignes.map((l) => l.annee);
}

async function filDuDocument(agent: AgentLike, filId: string, tx: Tx | undefined) {
  const fil = await on(tx).filRevue.findUnique({ where: { id: filId }, include: { avenant: { select: { numero: true } } } });
  if (!fil) throw new Introuvable("Cette discussion");
  const doc = await loadDocument(agent, { conventionId: fil.conventionId, numero: fil.avenant?.numero ?? null }, { tx }); // scope
  return { fil, doc };
}

async function gardeVersion(
  tx: Tx,
  filId: string,
  version: number,
  data: { etat: "OUVERT" | "REPONDU" | "RESOLU"; resoluLe: Date | null; resoluParId: string | null },
) {
  const { count } = await tx.filRevue.updateMany({ where: { id: filId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const fil = await tx.filRevue.findUnique({ where: { id: filId }, include: { resoluPar: { select: { nom: true } } } });
    throw new ErreurMetier(
      "CONFLIT_VERSION",
      fil?.etat === "RESOLU"
        ? `Cette discussion vient d'être résolue${fil.resoluPar ? ` par ${fil.resoluPar.nom}` : ""} : la page est rechargée.`
        : "Quelqu'un a répondu à cette discussion pendant que vous écriviez : votre texte est conservé, relisez la réponse puis envoyez de nouveau.",
    );
  }
}
