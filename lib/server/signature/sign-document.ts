// One party signs a convention or an avenant (issue 11): in the order of its signature steps, on the
// frozen version. On paper: the scan of the signed PDF is kept (SHA-256) with the step. In the app:
// the signatory re-authenticates, and the frozen PDF (with the signatures already applied) gets one
// more PAdES signature in the signatory's own name, an incremental update written as rang N+1 —
// (version, rang) is unique, so two signatures never share a base. One transaction per step,
// guarded by the document's version; the signed bytes (and the scan) are kept in the file store
// before it, and recorded only when it commits. Checks of the scan: check-scan.ts; the signature in
// the app: apply-signature.ts; who is told next: next-signatories.ts.
import "server-only";
import { PDF } from "@libpdf/core";
import {
  apresSignature,
  assertAuTour,
  controlerDateSignature,
  mentionSuccession,
  type AuthentificationProConnect,
  type ModeSignature,
} from "@/lib/domain/signature";
import { fromCalendarDate, jourDeParis, toCalendarDate, type CalendarDate } from "@/lib/domain/dates";
import { AccesRefuse, ConflitVersion, ErreurMetier } from "@/lib/domain/erreurs";
import { LIBELLES_STATUT } from "@/lib/domain/statut";
import { assertCan, type AgentLike } from "../policies";
import { DELAI_ETAPE_MS, inTransaction, type InTx } from "../db";
import { refreshSuivi } from "../execution/refresh-suivi";
import { auditDocument, typeAudit, type RefDocument } from "../documents/document";
import { createPdfSigne } from "../documents/version-figee";
import { loadDocument } from "../revue/load-document";
import { putFichier } from "../fichiers/fichiers";
import { signatureInterne, type FournisseurSignature } from "./fournisseur";
import { droitsDuDocument, readBlocs } from "./blocs";
import { ensureVersionFigee } from "./version-a-signer";
import { checkScan } from "./check-scan";
import { environnement } from "../environnement";
import { metriques } from "../metriques";
import { applySignature, readIntact, type SignatureAppliquee } from "./apply-signature";
import { notifyNextSignatories } from "./next-signatories";

export type DemandeSignature = RefDocument & {
  signatureId: string;
  version: number;
  mode: ModeSignature;
  dateSignature: CalendarDate;
  lieu?: string | null;
  /** In the app: the signatory's password, checked again now… */
  motDePasse?: string;
  /** …or, without a password, their ProConnect login as the session says it (auth_time, acr), with
   *  the acr levels this deployment requires. */
  proConnect?: { authentification: AuthentificationProConnect | null; acrExiges: readonly string[] };
  /** On paper: the scan of the signed PDF… */
  scan?: { nom: string; octets: Buffer };
  /** …and why its date precedes a signature already recorded or the freeze, when it does. */
  motifDate?: string | null;
};

export async function signDocument(
  agent: AgentLike,
  saisie: DemandeSignature,
  { tx: outer, fournisseur = signatureInterne }: InTx & { fournisseur?: FournisseurSignature } = {},
) {
  // Signed in the app: today (in Paris), whatever was sent; on paper: the date written on it.
  const aujourdhui = jourDeParis(new Date());
  const demande = saisie.mode === "APPLICATION" ? { ...saisie, dateSignature: aujourdhui } : saisie;
  const doc = await loadDocument(agent, demande, { tx: outer });
  assertCan(agent, "convention.signer");
  if (doc.statut !== "PRETE_A_SIGNER" && doc.statut !== "SIGNEE_PARTIELLEMENT")
    throw new ErreurMetier("NON_SIGNABLE", `Ce document ne se signe pas : il est « ${LIBELLES_STATUT[doc.statut]} ».`);
  if (doc.version !== demande.version) throw new ConflitVersion();
  const etapes = await readBlocs(doc, outer);
  if (etapes.length === 0)
    throw new ErreurMetier("SANS_BLOC", "Ce document n'a aucun bloc de signature : renvoyez-le en rédaction pour les ajouter.");
  assertAuTour(etapes, demande.signatureId);
  const etape = etapes.find((e) => e.id === demande.signatureId)!;
  const droits = await droitsDuDocument(doc, outer);
  const droit = droits.pour(agent, etape.partie?.organisationId);
  const partie = etape.partie?.libelle ?? etape.mention;
  if (demande.mode === "APPLICATION" && !droit.signer)
    throw new AccesRefuse(
      `Seul un signataire de « ${partie} » (ou de l'organisation qui lui a succédé) peut signer pour cette partie dans l'application ; un administrateur peut déposer le scan de sa signature papier.`,
    );
  if (demande.mode === "SCAN" && !droit.deposerScan)
    throw new AccesRefuse(`Seul un agent de « ${partie} » ou un administrateur peut déposer le scan signé de cette partie.`);
  // « pour DINSIC, au titre de DINUM qui lui a succédé »: said in the signature, the history and the certificate.
  const auTitreDe = droit.successeur ? mentionSuccession(droits.organisation(etape.partie?.organisationId), droit.successeur) : null;

  // The frozen version (made now for a document imported already signed by some parties).
  const figee = await ensureVersionFigee(agent, doc, { tx: outer });
  const pdfFige = await readIntact(figee.sha256, outer);

  let appliquee: SignatureAppliquee | null = null;
  if (demande.mode === "APPLICATION" && !environnement().signatureDansLApp)
    throw new ErreurMetier(
      "SIGNATURE_DESACTIVEE",
      "La signature dans l'application n'est pas ouverte sur ce service : signez le PDF sur papier ou avec votre outil, puis déposez-en le scan.",
    );
  if (demande.mode === "APPLICATION") {
    appliquee = await applySignature(agent, demande, { doc, figee, pdfFige, etape, partie, auTitreDe, fournisseur, outer });
  } else {
    if (!demande.scan) throw new ErreurMetier("SCAN_MANQUANT", "Déposez le scan du document signé.", { scan: "Déposez le scan." });
    await checkScan(demande.scan, (await PDF.load(new Uint8Array(pdfFige))).getPageCount());
  }

  // The date, once the document itself is known to be the right one.
  controlerDateSignature({
    date: demande.dateSignature,
    aujourdhui,
    figeeLe: jourDeParis(figee.figeeLe),
    precedentes: etapes.flatMap((e) =>
      e.signee && e.dateSignature ? [{ partie: e.partie?.libelle ?? e.mention, date: toCalendarDate(e.dateSignature) }] : [],
    ),
    motif: demande.motifDate,
  });

  // The signed bytes in the file store, before the transaction that points at them.
  const scan = demande.mode === "SCAN" && demande.scan ? { nom: demande.scan.nom, ...(await putFichier(demande.scan.octets)) } : null;
  const signe = appliquee?.signe ?? null;
  const reauthentification = appliquee?.reauthentification ?? null;
  const signataireNom = appliquee?.signataireNom ?? null;
  const pdfSigne = signe ? await putFichier(signe.pdf) : null;

  const { statut, dateSignature } = apresSignature(
    etapes.map((e) => ({
      id: e.id,
      groupe: e.groupe,
      ordre: e.ordre,
      signee: e.signee,
      dateSignature: e.dateSignature ? toCalendarDate(e.dateSignature) : null,
    })),
    etape.id,
    demande.dateSignature,
  );

  const fait = await inTransaction(
    outer,
    async (tx) => {
      const where = { id: doc.documentId, version: demande.version };
      const data = { statut, version: { increment: 1 }, ...(dateSignature ? { dateSignature: fromCalendarDate(dateSignature) } : {}) };
      const { count } =
        doc.type === "avenant" ? await tx.avenant.updateMany({ where, data }) : await tx.convention.updateMany({ where, data });
      if (count === 0) throw new ConflitVersion();
      let fichierId: string | null = null;
      if (scan) {
        const fichier = await tx.fichier.create({
          data: {
            ...(doc.type === "avenant" ? { avenantId: doc.avenantId } : { conventionId: doc.conventionId }),
            nature: "ORIGINAL_SIGNE",
            nom: scan.nom,
            typeMime: "application/pdf",
            taille: scan.taille,
            sha256: scan.sha256,
            createdById: agent.id,
          },
          select: { id: true },
        });
        fichierId = fichier.id;
      }
      const maintenant = new Date();
      const { count: recueillie } = await tx.signature.updateMany({
        where: { id: etape.id, signee: false },
        data: {
          signee: true,
          dateSignature: fromCalendarDate(demande.dateSignature),
          lieu: demande.lieu?.trim() || null,
          motifDate: demande.motifDate?.trim() || null,
          methode: scan ? "MANUSCRITE" : "ELECTRONIQUE",
          niveau: scan ? "SCAN" : fournisseur.niveau,
          versionFigeeId: figee.id,
          scanId: fichierId,
          sha256Document: (scan ?? pdfSigne)!.sha256,
          reauthentification: reauthentification ?? undefined,
          enregistreeLe: maintenant,
          enregistreeParId: agent.id,
          ...(etape.signataireNom || !signataireNom ? {} : { signataireNom }),
        },
      });
      if (recueillie === 0) throw new ErreurMetier("DEJA_SIGNEE", "Cette partie vient d'être signée par quelqu'un d'autre.");
      if (signe && pdfSigne) {
        try {
          await createPdfSigne(tx, { versionFigeeId: figee.id, rang: signe.rang, signatureId: etape.id, pdf: pdfSigne });
        } catch (error) {
          if ((error as { code?: string }).code === "P2002")
            throw new ErreurMetier(
              "SIGNATURE_CONCURRENTE",
              "Une autre signature vient d'être appliquée à ce document : rechargez la page et signez à nouveau.",
            );
          throw error;
        }
      }
      await auditDocument(
        tx,
        agent,
        doc,
        typeAudit(doc, "SIGNATURE"),
        {
          statut,
          partie,
          bloc: etape.mention,
          mode: demande.mode,
          niveau: scan ? "SCAN" : fournisseur.niveau,
          dateSignature: demande.dateSignature,
          ...(demande.motifDate?.trim() ? { motifDate: demande.motifDate.trim() } : {}),
          ...(auTitreDe ? { auTitreDe } : {}),
          lieu: demande.lieu ?? null,
          versionFigee: figee.numero,
          sha256: (scan ?? pdfSigne)!.sha256,
          ...(signe ? { rang: signe.rang, certificat: signe.certificat, reauthentification } : { scan: scan!.nom }),
          ...(dateSignature ? { dateSignatureDocument: dateSignature } : {}),
        },
        { statut: doc.statut },
      );
      await notifyNextSignatories(tx, agent, doc, etape.id);
      await refreshSuivi([doc.conventionId], { tx, sauf: agent.id }); // (signed: the schedule and the signature date count)
      return { statut, version: demande.version + 1, dateSignature };
    },
    { timeoutMs: DELAI_ETAPE_MS },
  );
  metriques().signatures.inc({ mode: demande.mode === "APPLICATION" ? "application" : "scan" });
  return fait;
}
