// The reviewer approves sections of a document for the content they read (its fingerprint): one, or
// all those left at once — all of them, or none if one changed meanwhile.
import "server-only";
import type { z } from "zod";
import type { approveSectionSchema, approveSectionsSchema } from "@/lib/schemas/revue";
import { LIBELLES_STATUT } from "@/lib/domain/statut";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { assertCan, type AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { auditDocument } from "../documents/document";
import { loadDocument } from "./load-document";
import { notify, redacteursDe } from "../notifications/notify";

/** The reviewer approves a section for the content they read (its fingerprint): if the drafter
 *  changed it meanwhile, the approval is refused and the page shows the new content. */
export async function approveSection(agent: AgentLike, data: z.output<typeof approveSectionSchema>, { tx }: InTx = {}) {
  const { section, empreinte, ...ref } = data;
  const [approuvee] = await approveSections(agent, { ...ref, sections: [{ section, empreinte }] }, { tx });
  return { section: approuvee! };
}

/** Several sections at once (« Approuver les sections restantes »), each for the content the reviewer
 *  read: all of them, or none if one has changed meanwhile. One notice to the drafters. */
export async function approveSections(agent: AgentLike, data: z.output<typeof approveSectionsSchema>, { tx: outer }: InTx = {}) {
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
      await auditDocument(tx, agent, doc, "REVUE_SECTION_APPROUVEE", { section: section.libelle });
    }
    await notify(tx, {
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
