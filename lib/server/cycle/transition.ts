// One step of the life cycle of a convention or an avenant (lib/domain/statut.ts): allowed to the
// roles of lib/domain/roles.ts only, whatever the route; « valider » only once every section is
// approved for its current content, every thread resolved, no error left and every warning
// acknowledged; reaching « prête à signer » freezes the version sent to signature (data, PDF bytes,
// SHA-256) — rendered and kept before the transaction, by the job worker when a user asks
// (request-validation.ts). One transaction per step, guarded by the version read: a step pressed
// twice or from a stale page is refused in French and writes nothing.
import "server-only";
import { EVENEMENTS_CONSTATES, EVENEMENTS_DE_SIGNATURE, nextStatut, type Evenement, type Statut } from "@/lib/domain/statut";
import { ACTION_DE } from "@/lib/domain/roles";
import { blocagesValidation, etatsSections } from "@/lib/domain/revue";
import { ConflitVersion, ErreurMetier } from "@/lib/domain/erreurs";
import { assertCan, type AgentLike } from "../policies";
import { DELAI_ETAPE_MS, inTransaction, on, type InTx, type Tx } from "../db";
import { refreshSuivi } from "../execution/refresh-suivi";
import { putFichier, type FichierStocke } from "../fichiers/fichiers";
import { renderPdf } from "../pdf/pdf-pool";
import { auditDocument, typeAudit, type DocumentRevu, type RefDocument } from "../documents/document";
import { loadDocument } from "../revue/load-document";
import { notify, redacteursDe, relecteurs } from "../notifications/notify";
import { getNextSignatories } from "../signature/next-signatories";
import { createVersionFigee } from "../documents/version-figee";

export type DemandeTransition = RefDocument & {
  evenement: Evenement;
  version: number;
  commentaire?: string | null;
  avertissementsAcquittes?: string[];
};

type Resultat = { statut: Statut; version: number };
type Options = InTx & {
  /** Told each step of a long one (the validation's job shows it to the user). */
  surEtape?: (etape: string) => Promise<unknown>;
  /** More writes in the step's transaction (the job's progress record ended with it). */
  aussi?: (tx: Tx, resultat: Resultat) => Promise<unknown>;
};

/** The step itself. « Valider pour signature » renders the frozen PDF: it is run by the worker
 *  (`requestValidation`, validation.job.ts), the others at once (`takeStep`). */
export async function transitionDocument(agent: AgentLike, demande: DemandeTransition, { tx: outer, surEtape, aussi }: Options = {}) {
  const doc = await loadDocument(agent, demande, { tx: outer });
  assertCan(agent, ACTION_DE[demande.evenement]);
  if (EVENEMENTS_DE_SIGNATURE.includes(demande.evenement))
    throw new ErreurMetier(
      "SIGNATURE_PAR_PARTIE",
      "Une signature s'enregistre partie par partie, dans l'ordre, depuis « Signature des parties » (dans l'application ou par le scan signé).",
    );
  const constate = EVENEMENTS_CONSTATES[demande.evenement];
  if (constate) throw new ErreurMetier("ETAPE_CONSTATEE", constate);
  const statut = nextStatut(doc.statut, demande.evenement); // TransitionInterdite: said as is
  if (doc.version !== demande.version) throw new ConflitVersion();
  const acquittes = demande.avertissementsAcquittes ?? [];
  if (demande.evenement === "VALIDER") await assertRevueComplete(doc, acquittes, outer);
  // Rendered and put in the file store before the transaction (a few hundred ms); the frozen version
  // pointing at it is written inside, if the document's version still holds.
  let pdf: FichierStocke | null = null;
  if (statut === "PRETE_A_SIGNER") {
    await surEtape?.("Mise en page du PDF de la version soumise à la signature…");
    const octets = await renderPdf(doc.pdf(statut));
    await surEtape?.("Enregistrement de la version figée…");
    pdf = await putFichier(octets);
  }

  return inTransaction(
    outer,
    async (tx) => {
      const data = { statut, version: { increment: 1 } };
      const where = { id: doc.documentId, version: demande.version };
      const { count } =
        doc.type === "avenant" ? await tx.avenant.updateMany({ where, data }) : await tx.convention.updateMany({ where, data });
      if (count === 0) throw new ConflitVersion();
      // The review is read again inside the transaction: a thread opened meanwhile stops « valider ».
      if (demande.evenement === "VALIDER") await assertRevueComplete(doc, acquittes, tx);
      const filsOuverts =
        demande.evenement === "RENVOYER"
          ? await tx.filRevue.findMany({ where: { documentId: doc.documentId, etat: { not: "RESOLU" } }, select: { sectionLibelle: true } })
          : [];
      // (Every party has a block whose power is stated: « valider » is refused otherwise, see the checks.)
      const figee = pdf ? await createVersionFigee(tx, agent, doc, pdf) : null;
      await auditDocument(
        tx,
        agent,
        doc,
        typeAudit(doc, demande.evenement),
        {
          statut,
          commentaire: demande.commentaire?.trim() || null,
          ...(demande.evenement === "VALIDER" ? { avertissementsAcquittes: acquittes } : {}),
          ...(filsOuverts.length ? { filsOuverts: filsOuverts.map((f) => f.sectionLibelle) } : {}),
          ...(figee ? { versionFigee: figee.numero, sha256: figee.sha256 } : {}),
        },
        { statut: doc.statut },
      );
      await prevenir(tx, agent, doc, demande.evenement, filsOuverts.length);
      await refreshSuivi([doc.conventionId], { tx, sauf: agent.id }); // (an avenant in force changes the consolidated schedule)
      const resultat: Resultat = { statut, version: demande.version + 1 };
      await aussi?.(tx, resultat);
      return resultat;
    },
    { timeoutMs: DELAI_ETAPE_MS },
  );
}

export async function assertRevueComplete(doc: DocumentRevu, acquittes: readonly string[], tx: Tx | undefined) {
  const db = on(tx);
  const [approbations, filsNonResolus] = await Promise.all([
    db.approbationSection.findMany({ where: { documentId: doc.documentId }, select: { section: true, empreinte: true } }),
    db.filRevue.findMany({ where: { documentId: doc.documentId, etat: { not: "RESOLU" } }, select: { sectionLibelle: true } }),
  ]);
  const blocages = blocagesValidation({
    sections: doc.sections,
    etats: etatsSections(doc.sections, approbations),
    filsNonResolus,
    constats: doc.constats,
    avertissementsAcquittes: acquittes,
  });
  if (blocages.length) throw new ErreurMetier("REVUE_INCOMPLETE", `Validation impossible pour l'instant. ${blocages.join(" ")}`);
}

/** Who hears of a step: review requested, changes requested, ready for signature. */
async function prevenir(tx: Tx, agent: AgentLike, doc: DocumentRevu, evenement: Evenement, filsOuverts: number) {
  const commun = { lien: doc.chemin, conventionId: doc.conventionId, sauf: agent.id };
  if (evenement === "SOUMETTRE")
    await notify(tx, {
      ...commun,
      type: "REVUE_DEMANDEE",
      destinataires: await relecteurs(tx),
      titre: `Revue demandée pour ${doc.libelle}`,
    });
  if (evenement === "RENVOYER") {
    const ouvertes = filsOuverts ? ` (${filsOuverts} discussion${filsOuverts > 1 ? "s" : ""} à traiter)` : "";
    await notify(tx, {
      ...commun,
      type: "MODIFICATIONS_DEMANDEES",
      destinataires: await redacteursDe(tx, doc),
      titre: `Modifications demandées sur ${doc.libelle}${ouvertes}`,
    });
  }
  if (evenement === "VALIDER") {
    await notify(tx, {
      ...commun,
      type: "PRETE_A_SIGNER",
      destinataires: await redacteursDe(tx, doc),
      titre: `${majuscule(doc.libelle)} est prête à signer`,
    });
    await notify(tx, {
      ...commun,
      type: "A_VOUS_DE_SIGNER",
      // The first to sign only (by default the délégant's); the next ones when their turn comes.
      destinataires: (await getNextSignatories(tx, doc)).signataires,
      titre: `À vous de signer : ${doc.libelle}`,
    });
  }
}

const majuscule = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
