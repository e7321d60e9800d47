// The signature steps of a document as its page shows them: in order, who signed when and how,
// whose turn it is, and what the agent reading may do (sign in the app, or deposit a scan).
import "server-only";
import { etapesAuTour } from "@/lib/domain/signature";
import type { ReauthProConnectVue, SignaturesDocument } from "@/lib/views/signature";
import { memeBranche } from "@/lib/domain/hierarchie";
import type { Statut } from "@/lib/domain/statut";
import { can, type AgentLike } from "../policies";
import { on, type InTx } from "../db";
import { lireBlocs } from "./blocs";

export async function lireSignatures(
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
  const [lignes, organisations, compte] = await Promise.all([
    lireBlocs(doc, tx),
    db.organisation.findMany({ select: { id: true, parentId: true } }),
    db.user.findUnique({ where: { id: agent.id }, select: { passwordHash: true } }),
  ]);
  const signable = doc.statut === "PRETE_A_SIGNER" || doc.statut === "SIGNEE_PARTIELLEMENT";
  const auTour = new Set(signable ? etapesAuTour(lignes).map((e) => e.id) : []);
  const signataire = can(agent, "convention.signer");
  const etapes = lignes.map((l) => {
    const deLaPartie = Boolean(
      agent.organisationId && l.partie && memeBranche(organisations, agent.organisationId, l.partie.organisationId),
    );
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
      signerEnLigne: aSonTour && signataire && deLaPartie && (Boolean(compte?.passwordHash) || proConnect !== null),
      deposerScan: aSonTour && signataire && (deLaPartie || can(agent, "convention.toutes_lire")),
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
