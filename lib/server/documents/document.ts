// What a document is — a convention or one of its avenants — wherever the review, the life cycle and
// signing meet it: how it is named (RefDocument), what they see of it (DocumentRevu), the fingerprint
// of a section's content, and the one way a step on it is written in its history. The core of
// documents (with version-figee.ts: its frozen versions and signed PDFs); reading one from the
// database is revue/load-document.ts, which needs the conventions and avenants use cases.
import "server-only";
import { createHash } from "node:crypto";
import { contenuCanonique, type Section } from "@/lib/domain/revue";
import type { Constat } from "@/lib/domain/controles";
import type { Statut } from "@/lib/domain/statut";
import type { PdfConvention } from "@/lib/pdf/data";
import type { AgentLike } from "../policies";
import type { Tx } from "../db";
import { recordAudit } from "../audit";

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
