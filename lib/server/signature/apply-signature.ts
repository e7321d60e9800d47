// A signature in the app: the signatory proves again who they are (their password, or a fresh
// ProConnect login at the level required), then the signing provider adds one more PAdES signature
// over the last signed bytes of the frozen version (or the frozen bytes), in the signatory's name,
// with its visible mention in the party's block — rang N+1, nothing recorded yet.
import "server-only";
import bcrypt from "bcryptjs";
import { TimestampError } from "@libpdf/core";
import { verifierReauthProConnect, type Reauthentification } from "@/lib/domain/signature";
import { formatInstant } from "@/lib/domain/dates";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { ancreSignature } from "@/lib/pdf/data";
import type { AgentLike } from "../policies";
import { on, type Tx } from "../db";
import { getFichier } from "../fichiers/fichiers";
import { getDernierPdfSigne } from "../documents/version-figee";
import type { DocumentRevu } from "../documents/document";
import type { FournisseurSignature } from "./fournisseur";
import { journal } from "../journal";
import type { DemandeSignature } from "./sign-document";

/** The bytes to sign over, as frozen: a version altered where it is kept is never signed. */
export async function readIntact(empreinte: string, tx: Tx | undefined) {
  try {
    return await getFichier(empreinte, { tx });
  } catch (error) {
    journal().error({ err: error, empreinte }, "Version figée illisible");
    throw new ErreurMetier(
      "VERSION_ALTEREE",
      "La version figée ne correspond plus à son empreinte : signature impossible, prévenez un administrateur.",
    );
  }
}

/** The provider's signature; its failure (a timestamp authority down, a provider refusing) is said
 *  in French, and nothing has been recorded: the step is written only after this returns. */
async function appliquer(fournisseur: FournisseurSignature, pdf: Uint8Array, demande: Parameters<FournisseurSignature["signer"]>[1]) {
  try {
    return await fournisseur.signer(pdf, demande);
  } catch (error) {
    journal().error({ err: error }, "Signature non appliquée");
    const cause = error instanceof TimestampError ? "l'autorité d'horodatage n'a pas répondu" : "le service de signature a échoué";
    throw new ErreurMetier(
      "SIGNATURE_ECHEC",
      `La signature n'a pas pu être appliquée (${cause}). Rien n'a été enregistré : réessayez dans quelques minutes.`,
    );
  }
}

export type SignatureAppliquee = {
  signe: { rang: number; pdf: Uint8Array; certificat: unknown };
  reauthentification: Reauthentification;
  signataireNom: string;
};

/** Re-authenticates the signatory and applies their signature; throws in French, recording nothing. */
export async function applySignature(
  agent: AgentLike,
  demande: DemandeSignature,
  contexte: {
    doc: DocumentRevu;
    figee: { id: string };
    pdfFige: Uint8Array;
    etape: { id: string; qualite: string | null };
    partie: string;
    auTitreDe: string | null;
    fournisseur: FournisseurSignature;
    outer: Tx | undefined;
  },
): Promise<SignatureAppliquee> {
  const { doc, figee, pdfFige, etape, partie, auTitreDe, fournisseur, outer } = contexte;
  let reauthentification: Reauthentification;
  const compte = await on(outer).user.findUniqueOrThrow({ where: { id: agent.id }, include: { organisation: true } });
  if (demande.motDePasse || !demande.proConnect) {
    if (!compte.passwordHash)
      throw new ErreurMetier(
        "REAUTH_REQUISE",
        "Votre compte se connecte par ProConnect : réauthentifiez-vous avec ProConnect pour signer.",
      );
    if (!demande.motDePasse || !(await bcrypt.compare(demande.motDePasse, compte.passwordHash))) {
      const message = "Mot de passe incorrect : la signature n'a pas été appliquée.";
      throw new ErreurMetier("REAUTH_ECHEC", message, { motDePasse: message });
    }
    reauthentification = { methode: "mot de passe", le: new Date().toISOString() };
  } else {
    reauthentification = verifierReauthProConnect(demande.proConnect.authentification, new Date(), demande.proConnect.acrExiges);
  }
  const base = await getDernierPdfSigne(figee.id, { tx: outer });
  const rang = (base?.rang ?? 0) + 1;
  const resultat = await appliquer(fournisseur, new Uint8Array(base ? await readIntact(base.sha256, outer) : pdfFige), {
    signataire: { userId: compte.id, nom: compte.nom, email: compte.email, organisation: compte.organisation?.nom ?? null },
    raison: `Signature de ${doc.libelle} pour ${partie}`,
    lieu: demande.lieu ?? null,
    champ: `Signature_${rang}_${etape.id}`,
    mention: {
      ancre: ancreSignature(etape.id),
      lignes: [
        `Signé électroniquement par ${compte.nom}`,
        ...(etape.qualite ? [etape.qualite] : []),
        ...(auTitreDe ? [auTitreDe] : []),
        `le ${formatInstant(new Date())} (heure de Paris)`,
        "Signature électronique avancée (PAdES)",
      ],
    },
  });
  return { signe: { rang, pdf: resultat.pdf, certificat: resultat.certificat }, reauthentification, signataireNom: compte.nom };
}
