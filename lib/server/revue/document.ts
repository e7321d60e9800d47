// A convention or an avenant as its review and life cycle see it: its state, its sections with the
// fingerprint of their content, the findings of the checks on it, and its PDF.
import "server-only";
import { createHash } from "node:crypto";
import { contenuCanonique, sectionsAvenant, sectionsConvention, type Section } from "@/lib/domain/revue";
import type { Constat } from "@/lib/domain/controles";
import type { Statut } from "@/lib/domain/statut";
import type { PdfConvention } from "@/lib/pdf/data";
import type { ConventionDetail } from "@/lib/views/convention";
import type { AvenantDetail } from "@/lib/views/avenant";
import type { AgentLike } from "../policies";
import type { InTx, Tx } from "../db";
import { recordAudit } from "../audit";
import { getConvention } from "../conventions/get-convention";
import { checkConvention } from "../conventions/check-convention";
import { getAvenant } from "../avenants/get-avenant";
import { buildConventionPdfData } from "../pdf/build-convention-pdf-data";
import { buildAvenantPdfData } from "../pdf/build-other-pdf-data";

/** Which document: a convention, or one of its avenants by number. */
export type RefDocument = { conventionId: string; numero?: number | null };

export type DocumentRevu = {
  type: "convention" | "avenant";
  documentId: string;
  conventionId: string;
  avenantId: string | null;
  numero: number | null;
  libelle: string; // « la convention DINUM-2024-… », « l'avenant n° 1 à … »
  chemin: string; // its page
  statut: Statut;
  version: number;
  sections: (Section & { empreinte: string })[];
  constats: Constat[];
  donnees: unknown; // what is frozen with the PDF
  /** Its PDF; `statut`: as it prints once in that state (the version frozen at « prête à signer »
   *  is rendered before the status changes, and prints as sent to signature, not as a draft). */
  pdf: (statut?: Statut) => PdfConvention;
};

export const empreinte = (contenu: unknown) => createHash("sha256").update(contenuCanonique(contenu)).digest("hex");

const avecEmpreintes = (sections: Section[]) => sections.map((s) => ({ ...s, empreinte: empreinte(s.contenu) }));

/** An avenant already read (getAvenant) as its review sees it. */
export function documentDAvenant(detail: AvenantDetail): DocumentRevu {
  const { avenant, articles, texte } = detail;
  return {
    type: "avenant",
    documentId: avenant.id,
    conventionId: detail.convention.id,
    avenantId: avenant.id,
    numero: avenant.numero,
    libelle: `l'avenant n° ${avenant.numero} à la convention ${detail.convention.reference}`,
    chemin: `/conventions/${detail.convention.id}/avenants/${avenant.numero}`,
    statut: avenant.statut,
    version: avenant.version,
    sections: avecEmpreintes(sectionsAvenant({ ...avenant, ...texte, articles })),
    constats: detail.constats,
    donnees: { avenant, articles, texte },
    pdf: (statut) => buildAvenantPdfData(statut ? { ...detail, avenant: { ...avenant, statut } } : detail),
  };
}

/** A convention already read (getConvention) and checked (checkConvention) as its review sees it. */
export function documentDeConvention(convention: ConventionDetail, constats: Constat[]): DocumentRevu {
  return {
    type: "convention",
    documentId: convention.id,
    conventionId: convention.id,
    avenantId: null,
    numero: null,
    libelle: `la convention ${convention.reference}`,
    chemin: `/conventions/${convention.id}`,
    statut: convention.statut,
    version: convention.version,
    sections: avecEmpreintes(sectionsConvention(convention)),
    constats,
    donnees: convention,
    pdf: (statut) => buildConventionPdfData(statut ? { ...convention, statut } : convention),
  };
}

/** Reads the document within the agent's scope (Introuvable otherwise). */
export async function loadDocument(agent: AgentLike, ref: RefDocument, { tx }: InTx = {}): Promise<DocumentRevu> {
  if (ref.numero) return documentDAvenant(await getAvenant(agent, ref.conventionId, ref.numero, { tx }));
  const convention = await getConvention(agent, ref.conventionId, { tx });
  return documentDeConvention(convention, (await checkConvention(convention, { tx })).constats);
}

/** A step on the document recorded in its history: who, what, and its state before and after. */
export const auditDocument = (tx: Tx, agent: AgentLike, doc: DocumentRevu, type: string, apres: unknown, avant?: unknown) =>
  recordAudit(tx, {
    userId: agent.id,
    type,
    entite: doc.type === "avenant" ? "Avenant" : "Convention",
    entiteId: doc.documentId,
    conventionId: doc.conventionId,
    ...(avant === undefined ? {} : { avant }),
    apres,
  });

/** « CONVENTION_… » or « AVENANT_… »: the history's type of a step on this document. */
export const typeAudit = (doc: Pick<DocumentRevu, "type">, etape: string) =>
  `${doc.type === "avenant" ? "AVENANT" : "CONVENTION"}_${etape}`;
