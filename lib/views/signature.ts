// The signature steps of a document as its page shows them (lib/server/signature/read-signatures.ts).
import type { AutoriteSignature, NiveauSignature } from "@/lib/domain/signature";

export type EtapeSignatureVue = {
  id: string;
  groupe: number;
  partie: string;
  mention: string;
  signataireNom: string | null;
  qualite: string | null;
  autorite: AutoriteSignature | null;
  autoriteReference: string | null;
  pourLeCompteDe: string | null;
  signee: boolean;
  dateSignature: Date | null;
  lieu: string | null;
  niveau: NiveauSignature | null;
  auTour: boolean;
  signerEnLigne: boolean;
  deposerScan: boolean;
  /** « pour DINSIC, au titre de DINUM qui lui a succédé »: the agent would sign as the party's successor. */
  auTitreDe: string | null;
};

export type SignaturesDocument = {
  conventionId: string;
  numero: number | null;
  version: number;
  /** A signature was recorded on a frozen version: there is a « Certificat de signature ». */
  certificat: boolean;
  etapes: EtapeSignatureVue[];
  /** How the agent can confirm it is them: their password (their account has one), and/or ProConnect. */
  reauth: { motDePasse: boolean; proConnect: ReauthProConnectVue | null };
};

/** ProConnect at signing: the authorisation parameters of the step-up (prompt=login, claims), when the
 *  session's ProConnect login was, and whether it is recent and strong enough to sign now. */
export type ReauthProConnectVue = {
  parametres: Record<string, string>;
  authentifieLe: string | null;
  valide: boolean;
  motif: string | null;
};
