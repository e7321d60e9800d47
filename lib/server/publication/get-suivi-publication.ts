// The publication tracker of a document signed by every party, as its page shows it: the channels
// recorded, else those its publication article names (nothing is written by reading).
import "server-only";
import { estSigneeParTous } from "@/lib/domain/statut";
import { LIBELLES_CANAL, publicationDuDocument } from "@/lib/domain/publication";
import { toCalendarDate } from "@/lib/domain/dates";
import type { SuiviPublicationVue } from "@/lib/views/publication";
import type { RefDocument } from "../documents/document";
import { can, type AgentLike } from "../policies";
import { configDataGouv } from "./datagouv";
import { assertDansLePerimetre, libelleCanal, lignesDuDocument, lireDocumentAPublier, proposition } from "./suivi";

export async function getSuiviPublication(agent: AgentLike, ref: RefDocument): Promise<SuiviPublicationVue | null> {
  await assertDansLePerimetre(agent, ref);
  const doc = await lireDocumentAPublier(ref);
  if (!estSigneeParTous(doc.statut)) return null;
  const [lignes, propose] = await Promise.all([lignesDuDocument(doc.documentId), proposition(doc)]);
  const canaux: SuiviPublicationVue["canaux"] = lignes.length
    ? lignes.map((l) => ({
        canal: l.canal,
        libelle: libelleCanal(l.canal, l.libelle),
        nomAutre: l.libelle,
        requis: l.requis,
        etat: l.etat,
        nor: l.nor,
        numero: l.numero,
        datePublication: l.datePublication ? toCalendarDate(l.datePublication) : null,
        url: l.url,
        message: l.message,
        tentatives: l.tentatives,
        propose: (propose.canaux as string[]).includes(l.canal),
        version: l.version,
        majLe: l.updatedAt,
        majPar: l.majPar?.nom ?? null,
      }))
    : propose.canaux.map((canal) => ({
        canal,
        libelle: LIBELLES_CANAL[canal],
        nomAutre: "",
        requis: true,
        etat: "A_FAIRE" as const,
        nor: null,
        numero: null,
        datePublication: null,
        url: null,
        message: null,
        tentatives: 0,
        propose: true,
        version: null,
        majLe: null,
        majPar: null,
      }));
  const etat = publicationDuDocument(canaux);
  const article = propose.article
    ? `Article ${propose.article.numero ?? ""}${propose.article.titre ? ` — ${propose.article.titre}` : ""}`.trim()
    : null;
  return {
    conventionId: doc.conventionId,
    numero: doc.numero,
    statut: doc.statut,
    derniereSignature: doc.derniereSignature,
    article,
    canaux,
    publiee: doc.statut !== "SIGNEE" || etat.publiee,
    datePublication: doc.datePublication,
    televersementAutomatique: configDataGouv() !== null,
    peutPublier: can(agent, "convention.publier"),
  };
}
