// The « Journal » of a convention or an avenant (issue 22): its whole history — drafting, review,
// each step, each signature, the publication on each channel, each copy sent to the controllers, the
// notice, the closure — with dates and the SHA-256 of each file, as a PDF apart from the signed one
// (whose bytes never change again), like the audit trail of e-signature products.
import "server-only";
import { formatInstant, toCalendarDate, formatDateLongue } from "@/lib/domain/dates";
import { LIBELLES_CATEGORIE } from "@/lib/domain/historique";
import { LIBELLES_STATUT } from "@/lib/domain/statut";
import type { PdfConvention } from "@/lib/pdf/data";
import type { AgentLike } from "../policies";
import { on, type InTx } from "../db";
import type { RefDocument } from "../documents/document";
import { getHistorique } from "./get-historique";
import { libelleCanal, lireDocumentAPublier } from "../publication/suivi";

// A SHA-256 in four groups, so that the line can break.
const empreinte = (h: string | null | undefined) => (h ? (h.match(/.{1,16}/g) ?? [h]).join(" ") : "—");

export async function journalDuDocument(agent: AgentLike, ref: RefDocument, { tx }: InTx = {}): Promise<PdfConvention> {
  const historique = await getHistorique(agent, ref, {}, { tx }); // scope: not found otherwise
  const doc = await lireDocumentAPublier(ref, { tx });
  const db = on(tx);
  const [figee, publiees] = await Promise.all([
    db.versionFigee.findFirst({
      where: { documentId: doc.documentId },
      orderBy: { numero: "desc" },
      include: { pdfsSignes: { orderBy: { rang: "desc" }, take: 1, select: { sha256: true, rang: true } } },
    }),
    db.publication.findMany({ where: { documentId: doc.documentId, etat: "PUBLIEE" }, orderBy: { datePublication: "asc" } }),
  ]);
  const reference = historique.libelle.replace(/^(la|l')\s*/, "");
  const lignes = [...historique.lignes].reverse(); // oldest first
  return {
    meta: {
      title: `Journal — ${reference}`,
      subject: `Journal de ${historique.libelle}`,
      author: "Conventions de délégation de gestion",
      fileName: `journal_${doc.reference}${doc.numero ? `_avenant-${doc.numero}` : ""}.pdf`,
    },
    reference: `Journal — ${reference}`,
    signee: true,
    filigrane: null,
    bandeau: "Document informatif : seul le PDF signé fait foi",
    titre: `Journal de ${doc.numero ? "l'avenant" : "la convention"}`,
    parties: [],
    visas: [],
    preambule: {
      titre: "Document",
      texte: [
        `- Document : ${historique.libelle}`,
        `- État : ${LIBELLES_STATUT[doc.statut]}`,
        `- Dernière signature : ${doc.derniereSignature ? formatDateLongue(doc.derniereSignature) : "—"}`,
        `- Publication : ${doc.datePublication ? formatDateLongue(doc.datePublication) : "—"}`,
        ...(figee
          ? [
              `- Version figée pour signature : n° ${figee.numero}, le ${formatInstant(figee.figeeLe)}, SHA-256 ${empreinte(figee.sha256)}`,
              figee.pdfsSignes[0]
                ? `- PDF signé dans l'application (${figee.pdfsSignes[0].rang} signature${figee.pdfsSignes[0].rang > 1 ? "s" : ""}) : SHA-256 ${empreinte(figee.pdfsSignes[0].sha256)}`
                : "- Aucune signature appliquée dans l'application.",
            ]
          : []),
        ...publiees.map(
          (p) =>
            `- Publié (${libelleCanal(p.canal, p.libelle)})${p.datePublication ? ` le ${formatDateLongue(toCalendarDate(p.datePublication))}` : ""}${p.nor ? `, NOR ${p.nor}` : ""}${p.sha256 ? `, SHA-256 ${empreinte(p.sha256)}` : ""}`,
        ),
        `- ${lignes.length} événement${lignes.length > 1 ? "s" : ""} ; journal établi le ${formatInstant(new Date())}`,
      ].join("\n"),
    },
    formuleAccord: null,
    articles: lignes.length
      ? lignes.map((l) => ({
          titre: `${formatInstant(l.quand)} — ${l.quoi}`,
          corps: [
            `- ${LIBELLES_CATEGORIE[l.categorie]}, par ${l.qui ?? "l'application"}`,
            ...(l.commentaire ? [`- Commentaire : ${l.commentaire.replace(/\n+/g, " ")}`] : []),
            ...l.changements.map((c) => `- ${c.replace(/\n+/g, " ")}`),
          ].join("\n"),
          notes: [],
        }))
      : [{ titre: "Événements", corps: "Aucun événement enregistré.", notes: [] }],
    tableaux: {},
    faitA: "",
    signatures: [],
    annexes: [],
  };
}
