// The signature steps of a document as its page shows them: in order, who signed when and how,
// whose turn it is, and what the agent reading may do (sign in the app, or deposit a scan).
import "server-only";
import { etapesAuTour, mentionSuccession } from "@/lib/domain/signature";
import type { ReauthProConnectVue, SignaturesDocument } from "@/lib/views/signature";
import type { Statut } from "@/lib/domain/statut";
import type { AgentLike } from "../policies";
import { on, type InTx } from "../db";
import { droitsDuDocument, readBlocs } from "./blocs";
import { environnement } from "../environnement";

export async function readSignatures(
  agent: AgentLike,
  doc: {
    type: "convention" | "avenant";
    conventionId: string;
    avenantId: string | null;
    numero: number | null;
    statut: Statut;
    version: number;
  },
  { tx, proConnect = null }: InTx & { proConnect?: ReauthProConnectVue | null } = {},
): Promise<SignaturesDocument> {
  const db = on(tx);
  const [lignes, droits, compte] = await Promise.all([
    readBlocs(doc, tx),
    droitsDuDocument(doc, tx),
    db.user.findUnique({ where: { id: agent.id }, select: { passwordHash: true } }),
  ]);
  const signable = doc.statut === "PRETE_A_SIGNER" || doc.statut === "SIGNEE_PARTIELLEMENT";
  const auTour = new Set(signable ? etapesAuTour(lignes).map((e) => e.id) : []);
  const etapes = lignes.map((l) => {
    const d = droits.pour(agent, l.partie?.organisationId);
    const aSonTour = auTour.has(l.id);
    return {
      id: l.id,
      groupe: l.groupe,
      partie: l.partie?.libelle ?? l.mention,
      mention: l.mention,
      signataireNom: l.signataireNom,
      qualite: l.qualite,
      autorite: l.autorite,
      autoriteReference: l.autoriteReference,
      pourLeCompteDe: l.pourLeCompteDe,
      signee: l.signee,
      dateSignature: l.dateSignature,
      lieu: l.lieu,
      niveau: l.niveau,
      auTour: aSonTour,
      // (Not where the service receives scans only: SIGNATURE_DANS_L_APP=non.)
      signerEnLigne: aSonTour && d.signer && environnement().signatureDansLApp && (Boolean(compte?.passwordHash) || proConnect !== null),
      deposerScan: aSonTour && d.deposerScan,
      // The agent would sign for a party its organisation has succeeded: the block says so.
      auTitreDe: aSonTour && d.successeur ? mentionSuccession(droits.organisation(l.partie?.organisationId), d.successeur) : null,
    };
  });
  return {
    conventionId: doc.conventionId,
    numero: doc.numero,
    version: doc.version,
    certificat: lignes.some((l) => l.signee && l.versionFigeeId),
    etapes,
    reauth: { motDePasse: Boolean(compte?.passwordHash), proConnect },
  };
}
