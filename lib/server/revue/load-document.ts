// A convention or an avenant read within the agent's scope as the review, the life cycle and signing
// see it (lib/server/documents/document.ts): its state, its sections with the fingerprint of their
// content, the findings of the checks on it, and its PDF data.
import "server-only";
import { sectionsAvenant, sectionsConvention, type Section } from "@/lib/domain/revue";
import type { Constat } from "@/lib/domain/controles";
import type { ConventionDetail } from "@/lib/views/convention";
import type { AvenantDetail } from "@/lib/views/avenant";
import type { AgentLike } from "../policies";
import type { InTx } from "../db";
import { empreinte, type DocumentRevu, type RefDocument } from "../documents/document";
import { getConvention } from "../conventions/get-convention";
import { checkConvention } from "../conventions/check-convention";
import { getAvenant } from "../avenants/get-avenant";
import { buildConventionPdfData } from "../pdf/build-convention-pdf-data";
import { buildAvenantPdfData } from "../pdf/build-other-pdf-data";

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
