// Taking a document through its life cycle in a test, as its users would: the reviewer approves
// every section and acknowledges every warning before « valider ».
import type { Evenement } from "@/lib/domain/statut";
import type { AgentLike } from "@/lib/server/policies";
import { transitionDocument } from "@/lib/server/cycle/transition";
import { approveSection } from "@/lib/server/revue/approve-sections";
import { getRevue } from "@/lib/server/revue/get-revue";
import { type RefDocument } from "@/lib/server/documents/document";
import { loadDocument } from "@/lib/server/revue/load-document";
import { signDocument } from "@/lib/server/signature/sign-document";
import { etapesAuTour } from "@/lib/domain/signature";
import { jourDeParis } from "@/lib/domain/dates";
import { db } from "@/lib/server/db";
import { getFichier } from "@/lib/server/fichiers/fichiers";
import { createAgent } from "./factories";

/** Every section approved by `relecteur` for its current content; the warnings to acknowledge. */
export async function approuverTout(relecteur: AgentLike, ref: RefDocument): Promise<string[]> {
  const revue = await getRevue(relecteur, ref);
  for (const s of revue.sections)
    if (s.etat !== "approuvee") await approveSection(relecteur, { ...ref, section: s.cle, empreinte: s.empreinte });
  return revue.avertissements.map((a) => a.cle);
}

/** Every party signs, in order, by the scan of its paper signature (the frozen PDF itself, same
 *  page count), recorded by an administrator, all on `dateSignature`. */
export async function signerToutParScan(ref: RefDocument, dateSignature: string) {
  const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
  const { documentId } = await loadDocument(admin, ref);
  let resultat: { statut: string; version: number } | undefined;
  for (;;) {
    const etapes = await db.signature.findMany({
      where: ref.numero ? { avenantId: documentId } : { conventionId: documentId, avenantId: null },
    });
    const suivante = etapesAuTour(etapes)[0];
    if (!suivante) return resultat!;
    const figee = await db.versionFigee.findFirstOrThrow({ where: { documentId }, orderBy: { numero: "desc" } });
    resultat = await signDocument(admin, {
      ...ref,
      signatureId: suivante.id,
      version: (await getRevue(admin, ref)).version,
      mode: "SCAN",
      dateSignature,
      scan: { nom: "scan.pdf", octets: await getFichier(figee.sha256) },
      // A paper date before the freeze (a document signed long ago) is confirmed with its reason.
      motifDate: dateSignature < jourDeParis(new Date()) ? "Document signé sur papier à cette date, enregistré après coup." : null,
    });
  }
}

/** Each step by its agent, from the version read; « valider » after approving everything; the
 *  signature of every party (by scan) for SIGNER_DERNIERE_PARTIE. */
export async function mener(
  ref: RefDocument,
  etapes: readonly (readonly [AgentLike, Evenement])[],
  options: { dateSignature?: string } = {},
) {
  let resultat: { statut: string; version: number } | undefined;
  for (const [agent, evenement] of etapes) {
    if (evenement === "SIGNER_DERNIERE_PARTIE") {
      resultat = await signerToutParScan(ref, options.dateSignature ?? jourDeParis(new Date()));
      continue;
    }
    const { version } = await getRevue(agent, ref);
    const avertissementsAcquittes = evenement === "VALIDER" ? await approuverTout(agent, ref) : [];
    resultat = await transitionDocument(agent, {
      ...ref,
      evenement,
      version,
      avertissementsAcquittes,
    });
  }
  return resultat!;
}
