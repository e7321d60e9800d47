// Applying one signature to a PDF, behind one interface: today the internal CA's certificate in the
// signatory's own name (PAdES B-B with @libpdf/core, an incremental update: the earlier signatures
// stay valid); a qualified provider (a QTSP's API) is another implementation of the same interface.
import "server-only";
import { HttpTimestampAuthority, P12Signer, PDF } from "@libpdf/core";
import type { NiveauSignature } from "@/lib/domain/signature";
import { on, type InTx } from "../db";
import { desceller, emettreCertificat, sceller } from "./autorite";
import { apposerMention } from "./zone-visible";
import { environnement } from "../environnement";

export type Signataire = { userId: string; nom: string; email: string; organisation: string | null };
export type CertificatUtilise = {
  sujet: string;
  emetteur: string;
  numeroSerie: string;
  empreinteSha256: string;
  /** PAdES level: B-T when a timestamp authority (RFC 3161, `SIGNATURE_TSA_URL`) dated the signature. */
  pades?: "B-B" | "B-T";
  horodatage?: string | null;
};

export interface FournisseurSignature {
  readonly niveau: NiveauSignature;
  /** The PDF with one more signature, in the signatory's name, appended to `pdf` (whose bytes stay unchanged). */
  signer(
    pdf: Uint8Array,
    demande: {
      signataire: Signataire;
      raison: string;
      lieu: string | null;
      champ: string;
      /** What the signature shows in the party's block (its room, by anchor), when the PDF has one. */
      mention?: { ancre: string; lignes: string[] };
    },
  ): Promise<{ pdf: Uint8Array; certificat: CertificatUtilise }>;
}

/** The signatory's certificate, issued by the internal CA on their first signature. */
async function certificatDe(signataire: Signataire, { tx }: InTx = {}) {
  const db = on(tx);
  const existant = await db.certificatSignataire.findUnique({ where: { userId: signataire.userId } });
  if (existant && existant.valideJusquau > new Date()) return existant;
  const emis = emettreCertificat(signataire);
  const donnees = {
    p12: new Uint8Array(emis.p12),
    motDePasseScelle: sceller(emis.motDePasse),
    sujet: emis.sujet,
    emetteur: emis.emetteur,
    numeroSerie: emis.numeroSerie,
    empreinteSha256: emis.empreinteSha256,
    valideJusquau: emis.valideJusquau,
  };
  return db.certificatSignataire.upsert({
    where: { userId: signataire.userId },
    create: { userId: signataire.userId, ...donnees },
    update: donnees,
  });
}

export const signatureInterne: FournisseurSignature = {
  niveau: "AVANCEE",
  async signer(pdf, { signataire, raison, lieu, champ, mention }) {
    const certificat = await certificatDe(signataire);
    const signer = await P12Signer.create(new Uint8Array(certificat.p12), desceller(certificat.motDePasseScelle));
    let document = await PDF.load(pdf);
    // The visible mention is drawn in an update of its own, its font reduced to the glyphs it uses
    // (signing saves without subsetting: the whole DejaVu Sans, ~420 Ko, came with each signature);
    // the signature that follows covers it.
    if (mention && apposerMention(document, mention.ancre, mention.lignes))
      document = await PDF.load(await document.save({ incremental: true, subsetFonts: true }));
    // B-T when a timestamp authority is configured: the time of the signature is then proven, not claimed.
    const tsa = environnement().SIGNATURE_TSA_URL ?? null;
    const { bytes } = await document.sign({
      signer,
      reason: raison,
      location: lieu ?? undefined,
      fieldName: champ,
      ...(tsa
        ? { level: "B-T" as const, timestampAuthority: new HttpTimestampAuthority(tsa, { timeout: 15_000 }) }
        : { level: "B-B" as const }),
    });
    return {
      pdf: bytes,
      certificat: {
        sujet: certificat.sujet,
        emetteur: certificat.emetteur,
        numeroSerie: certificat.numeroSerie,
        empreinteSha256: certificat.empreinteSha256,
        pades: tsa ? "B-T" : "B-B",
        horodatage: tsa ? new URL(tsa).host : null,
      },
    };
  },
};
