// One party signs a convention or an avenant (issue 11): in the order of its signature steps, on the
// frozen version. On paper: the scan of the signed PDF is kept (SHA-256) with the step. In the app:
// the signatory re-authenticates, and the frozen PDF (with the signatures already applied) gets one
// more PAdES signature in the signatory's own name, an incremental update written as rang N+1 —
// (version, rang) is unique, so two signatures never share a base. One transaction per step,
// guarded by the document's version; the signed bytes are written only when the step commits.
import "server-only";
import bcrypt from "bcryptjs";
import { PDF, TimestampError } from "@libpdf/core";
import {
  apresSignature,
  assertAuTour,
  controlerDateSignature,
  mentionSuccession,
  etapesAuTour,
  verifierReauthProConnect,
  type AuthentificationProConnect,
  type ModeSignature,
  type Reauthentification,
} from "@/lib/domain/signature";
import { formatInstant, fromCalendarDate, jourDeParis, toCalendarDate, type CalendarDate } from "@/lib/domain/dates";
import { AccesRefuse, ConflitVersion, ErreurMetier } from "@/lib/domain/erreurs";
import { assertTailleEnvoi } from "@/lib/domain/envois";
import { LIBELLES_STATUT } from "@/lib/domain/statut";
import { assertCan, type AgentLike } from "../policies";
import { DELAI_ETAPE_MS, inTransaction, on, type InTx, type Tx } from "../db";
import { rafraichirSuivi } from "../execution/suivi";
import { auditDocument, typeAudit, type DocumentRevu, type RefDocument } from "../documents/document";
import { loadDocument } from "../revue/load-document";
import { notifier } from "../notifications/notifier";
import { signatureInterne, type FournisseurSignature } from "./fournisseur";
import { droitsDuDocument, lireBlocs } from "./blocs";
import { getFichier, putFichier } from "../fichiers/fichiers";
import { ensureVersionFigee } from "./version-a-signer";
import { createPdfSigne, getDernierPdfSigne } from "../documents/version-figee";
import { ancreSignature } from "@/lib/pdf/data";

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

async function assertScanValide(scan: { nom: string; octets: Buffer }, pagesAttendues: number) {
  if (scan.octets.length === 0) throw new ErreurMetier("SCAN_VIDE", "Le fichier déposé est vide.", { scan: "Fichier vide." });
  assertTailleEnvoi("scan", scan.octets.length, "scan");
  if (scan.octets.subarray(0, 5).toString("latin1") !== "%PDF-") {
    const message = `« ${scan.nom} » n'est pas un PDF : déposez le scan du document signé, au format PDF.`;
    throw new ErreurMetier("SCAN_PAS_PDF", message, { scan: message });
  }
  let pages: number;
  try {
    pages = (await PDF.load(new Uint8Array(scan.octets))).getPageCount();
  } catch {
    const message = `« ${scan.nom} » est un PDF illisible ou endommagé.`;
    throw new ErreurMetier("SCAN_ILLISIBLE", message, { scan: message });
  }
  if (pages !== pagesAttendues) {
    const message = `Le scan a ${pages} page${pages > 1 ? "s" : ""}, la version envoyée à la signature en a ${pagesAttendues} : est-ce bien ce document, complet ?`;
    throw new ErreurMetier("SCAN_PAGES", message, { scan: message });
  }
}

/** The bytes to sign over, as frozen: a version altered where it is kept is never signed. */
async function lireIntact(empreinte: string, tx: Tx | undefined) {
  try {
    return await getFichier(empreinte, { tx });
  } catch (error) {
    console.error("Version figée illisible :", error);
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
    console.error("Signature non appliquée :", error);
    const cause = error instanceof TimestampError ? "l'autorité d'horodatage n'a pas répondu" : "le service de signature a échoué";
    throw new ErreurMetier(
      "SIGNATURE_ECHEC",
      `La signature n'a pas pu être appliquée (${cause}). Rien n'a été enregistré : réessayez dans quelques minutes.`,
    );
  }
}

export async function signerDocument(
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
  const etapes = await lireBlocs(doc, outer);
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
  const pdfFige = await lireIntact(figee.sha256, outer);

  let signe: { rang: number; pdf: Uint8Array; certificat: unknown } | null = null;
  let reauthentification: Reauthentification | null = null;
  let signataireNom: string | null = null;
  if (demande.mode === "APPLICATION") {
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
    signataireNom = compte.nom;
    const base = await getDernierPdfSigne(figee.id, { tx: outer });
    const rang = (base?.rang ?? 0) + 1;
    const resultat = await appliquer(fournisseur, new Uint8Array(base ? await lireIntact(base.sha256, outer) : pdfFige), {
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
    signe = { rang, pdf: resultat.pdf, certificat: resultat.certificat };
  } else {
    if (!demande.scan) throw new ErreurMetier("SCAN_MANQUANT", "Déposez le scan du document signé.", { scan: "Déposez le scan." });
    await assertScanValide(demande.scan, (await PDF.load(new Uint8Array(pdfFige))).getPageCount());
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

  return inTransaction(
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
      await prevenirSuivants(tx, agent, doc, etape.id);
      await rafraichirSuivi([doc.conventionId], { tx, sauf: agent.id }); // (signed: the schedule and the signature date count)
      return { statut, version: demande.version + 1, dateSignature };
    },
    { timeoutMs: DELAI_ETAPE_MS },
  );
}

/** The parties whose turn it is (after `signeeId`, just signed), and their signatories. */
export async function auTourDeSigner(tx: Tx, doc: DocumentRevu, signeeId?: string) {
  const etapes = (await lireBlocs(doc, tx)).map((e) => ({ ...e, signee: e.signee || e.id === signeeId }));
  const suivantes = etapesAuTour(etapes);
  if (suivantes.length === 0) return { parties: [], signataires: [] };
  const droits = await droitsDuDocument(doc, tx);
  const signataires = await tx.user.findMany({
    where: { role: "SIGNATAIRE", actif: true },
    select: { id: true, role: true, organisationId: true },
  });
  return {
    parties: suivantes.map((e) => e.partie?.libelle ?? e.mention),
    // Those who may sign it in the app: the party's signatories, or its successor's.
    signataires: signataires.filter((s) => suivantes.some((e) => droits.pour(s, e.partie?.organisationId).signer)).map((s) => s.id),
  };
}

/** Whoever is next: the signatories of the parties whose turn it now is. */
async function prevenirSuivants(tx: Tx, agent: AgentLike, doc: DocumentRevu, signeeId: string) {
  const { parties, signataires } = await auTourDeSigner(tx, doc, signeeId);
  if (parties.length === 0) return;
  await notifier(tx, {
    type: "A_VOUS_DE_SIGNER",
    destinataires: signataires,
    titre: `À vous de signer : ${doc.libelle} (${parties.join(", ")})`,
    lien: `${doc.chemin}#signatures`,
    conventionId: doc.conventionId,
    sauf: agent.id,
  });
}
