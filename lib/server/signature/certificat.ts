// The « Certificat de signature » of a document (issue 11), a PDF apart from the signed one (whose
// bytes never change again), like the completion certificates of e-signature products: each
// signatory, party, authority, date and time, method, level, re-authentication, certificate, and
// the document's SHA-256 at each step.
import "server-only";
import { formatDateLongue, formatInstant } from "@/lib/domain/dates";
import { ErreurMetier } from "@/lib/domain/erreurs";
import type { CertificatUtilise } from "./fournisseur";
import { libelleAutorite, LIBELLES_NIVEAU, type Reauthentification } from "@/lib/domain/signature";
import { LIBELLES_STATUT } from "@/lib/domain/statut";
import type { PdfConvention } from "@/lib/pdf/data";
import type { AgentLike } from "../policies";
import { on, type InTx } from "../db";
import { type RefDocument } from "../documents/document";
import { loadDocument } from "../revue/load-document";

// A SHA-256 in four groups, so that the line can break.
const empreinte = (h: string | null | undefined) => (h ? (h.match(/.{1,16}/g) ?? [h]).join(" ") : "—");

type Apres = {
  mode?: string;
  certificat?: CertificatUtilise;
  reauthentification?: Reauthentification;
  scan?: string;
  auTitreDe?: string;
};

export async function certificatDeSignature(agent: AgentLike, ref: RefDocument, { tx }: InTx = {}): Promise<PdfConvention> {
  const doc = await loadDocument(agent, ref, { tx });
  const db = on(tx);
  const figee = await db.versionFigee.findFirst({
    where: { documentId: doc.documentId },
    orderBy: { numero: "desc" },
    include: { pdfsSignes: { orderBy: { rang: "desc" }, take: 1, select: { sha256: true, rang: true } } },
  });
  if (!figee) throw new ErreurMetier("SANS_VERSION_FIGEE", "Ce document n'a pas encore été envoyé à la signature.");
  const [etapes, audit] = await Promise.all([
    db.signature.findMany({
      where: { versionFigeeId: figee.id, signee: true },
      orderBy: { enregistreeLe: "asc" },
      include: { partie: true, enregistreePar: { select: { nom: true, email: true } }, scan: { select: { nom: true, sha256: true } } },
    }),
    db.auditEvent.findMany({ where: { entiteId: doc.documentId, type: { endsWith: "_SIGNATURE" } }, orderBy: { createdAt: "asc" } }),
  ]);
  const parSha = new Map(audit.map((a) => [(a.apres as { sha256?: string }).sha256, a.apres as Apres]));
  const reference = doc.libelle.replace(/^(la|l')\s*/, "");
  return {
    meta: {
      title: `Certificat de signature — ${reference}`,
      subject: `Certificat de signature de ${doc.libelle}`,
      author: "Conventions de délégation de gestion",
      fileName: `certificat-de-signature_${doc.documentId}.pdf`,
    },
    reference: `Certificat de signature — ${reference}`,
    signee: true,
    filigrane: null,
    bandeau: "Document informatif : seul le PDF signé fait foi",
    titre: "Certificat de signature",
    parties: [],
    visas: [],
    preambule: {
      titre: "Document signé",
      texte: [
        `- Document : ${doc.libelle}`,
        `- État : ${LIBELLES_STATUT[doc.statut]}`,
        `- Version figée pour signature : n° ${figee.numero}, le ${formatInstant(figee.figeeLe)}`,
        `- Empreinte SHA-256 de la version figée : ${empreinte(figee.sha256)}`,
        figee.pdfsSignes[0]
          ? `- Empreinte SHA-256 du PDF signé (${figee.pdfsSignes[0].rang} signature${figee.pdfsSignes[0].rang > 1 ? "s" : ""} dans l'application) : ${empreinte(figee.pdfsSignes[0].sha256)}`
          : "- Aucune signature appliquée dans l'application.",
        `- Certificat établi le ${formatInstant(new Date())}`,
      ].join("\n"),
    },
    formuleAccord: null,
    articles: etapes.length
      ? etapes.map((e, i) => {
          const apres = parSha.get(e.sha256Document ?? "") ?? {};
          const lignes = [
            `- Partie : ${e.partie?.libelle ?? e.mention}`,
            `- Bloc de signature : ${[e.pourLeCompteDe, e.mention].filter(Boolean).join(" ")}`,
            `- Signataire : ${e.signataireNom ?? "—"}${e.qualite ? `, ${e.qualite}` : ""}`,
            `- Pouvoir de signer : ${libelleAutorite(e.autorite)}${e.autoriteReference ? ` (${e.autoriteReference})` : ""}`,
            `- Date de signature : ${e.dateSignature ? formatDateLongue(e.dateSignature) : "—"}${e.lieu ? `, à ${e.lieu}` : ""}`,
            ...(e.motifDate ? [`- Date confirmée, antérieure à une étape déjà enregistrée : ${e.motifDate}`] : []),
            ...(apres.auTitreDe ? [`- Signé ${apres.auTitreDe}`] : []),
            `- Enregistrée le ${e.enregistreeLe ? formatInstant(e.enregistreeLe) : "—"} par ${e.enregistreePar?.nom ?? "—"}`,
            `- Méthode : ${e.methode === "ELECTRONIQUE" ? "signature dans l'application (PAdES)" : "signature manuscrite, scan déposé"}`,
            `- Niveau : ${e.niveau ? LIBELLES_NIVEAU[e.niveau] : "—"}`,
            ...(apres.reauthentification
              ? [
                  `- Réauthentification : ${apres.reauthentification.methode}, le ${formatInstant(new Date(apres.reauthentification.le))}` +
                    (apres.reauthentification.methode.startsWith("ProConnect")
                      ? `, niveau (acr) ${apres.reauthentification.acr ? `« ${apres.reauthentification.acr} »` : "non indiqué"}`
                      : ""),
                ]
              : []),
            ...(apres.certificat
              ? [
                  `- Certificat : ${apres.certificat.sujet}`,
                  `- Émis par : ${apres.certificat.emetteur}, n° de série ${apres.certificat.numeroSerie}`,
                  `- Empreinte SHA-256 du certificat : ${empreinte(apres.certificat.empreinteSha256)}`,
                  `- Format : PAdES ${apres.certificat.pades ?? "B-B"}${
                    apres.certificat.horodatage
                      ? `, heure attestée par l'autorité d'horodatage ${apres.certificat.horodatage}`
                      : ", heure déclarée par le serveur (sans horodatage)"
                  }`,
                ]
              : []),
            ...(e.scan ? [`- Scan : ${e.scan.nom}`] : []),
            `- Empreinte SHA-256 ${e.scan ? "du scan" : "du document après cette signature"} : ${empreinte(e.sha256Document)}`,
          ];
          return { titre: `Signature ${i + 1}`, corps: lignes.join("\n"), notes: [] };
        })
      : [{ titre: "Signatures", corps: "Aucune partie n'a encore signé cette version.", notes: [] }],
    tableaux: {},
    faitA: "",
    signatures: [],
    annexes: [],
  };
}
