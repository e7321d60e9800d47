// The signature steps of a document as its page shows them (lib/server/signature/etapes.ts).
import type { AutoriteSignature, NiveauSignature } from "@/lib/domain/signature";

export type EtapeSignatureVue = {
  id: string;
  groupe: number;
  partie: string;
  mention: string;
  signataireNom: string | null;
  qualite: string | null;
  autorite: AutoriteSignature;
  autoriteReference: string | null;
  pourLeCompteDe: string | null;
  signee: boolean;
  dateSignature: Date | null;
  lieu: string | null;
  niveau: NiveauSignature | null;
  auTour: boolean;
  signerEnLigne: boolean;
  deposerScan: boolean;
};

export type SignaturesDocument = {
  conventionId: string;
  numero: number | null;
  version: number;
  /** A signature was recorded on a frozen version: there is a « Certificat de signature ». */
  certificat: boolean;
  etapes: EtapeSignatureVue[];
  /** Why the agent cannot sign in the app, when it is their party's turn (ProConnect account). */
  sansMotDePasse: boolean;
};
