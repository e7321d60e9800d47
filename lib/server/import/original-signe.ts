// What saving an imported convention and an imported avenant share: the values read checked by the
// form's own schema, the signature date a signed record needs, the original file attached to the
// record (as its signed copy when signed), and the signature blocks marked signed on the dates read.
import "server-only";
import type { z } from "zod";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { fromCalendarDate } from "@/lib/domain/dates";
import { enCents, signatureDatee, type DocumentLu, type SignatureLue } from "@/lib/domain/import";
import { montantToInput } from "@/lib/domain/money";
import type { Tx } from "../db";
import type { AgentLike } from "../policies";
import type { AnalyseFichier } from "./analyse-fichier";

export type ModeEnregistrement = "BROUILLON" | "SIGNE";

const TYPES_MIME = {
  PDF: "application/pdf",
  DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  IMAGE: "image/*",
  TEXTE: "text/plain",
} as const;

/** A value read as the form's text field holds it (empty when not read). */
export const enTexte = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
/** An amount read (euros) as the form's amount field holds it. */
export const enMontant = (v: number | null) => (v === null ? "" : montantToInput(enCents(v)));

/** The articles read, as the form holds them (an article without a title gets one). */
export const articlesLus = (d: DocumentLu) => d.articles.map((a) => ({ numero: a.numero, titre: a.titre || "Sans titre", corps: a.corps }));

/** A signature block read, as the form holds it, for the party at this rank in the form; its power
 *  left to state, its place kept when it differs from the document's. */
export function blocLu(s: SignatureLue, partie: number, d: DocumentLu) {
  return {
    partie: String(partie),
    mention: s.mention,
    signataireNom: enTexte(s.signataireNom),
    qualite: enTexte(s.qualite),
    groupe: "",
    autorite: "",
    autoriteReference: "",
    pourLeCompteDe: "",
    lieu: s.lieu && s.lieu !== d.lieuSignature ? s.lieu : "",
  };
}

/** The values read, through the form's schema: its first refusal said in French, each at its field. */
export function valeursValides<S extends z.ZodType>(schema: S, valeurs: z.input<S>): z.output<S> {
  const lu = schema.safeParse(valeurs);
  if (lu.success) return lu.data;
  const premier = lu.error.issues[0]!;
  throw new ErreurMetier(
    "IMPORT_INCOMPLET",
    `${premier.path.join(".")} : ${premier.message}`,
    Object.fromEntries(lu.error.issues.map((i) => [i.path.join("."), i.message])),
  );
}

/** A signed record needs a signature date read from the document. */
export function assertDateDeSignature(d: DocumentLu, mode: ModeEnregistrement, quoi: "convention" | "avenant") {
  if (mode === "SIGNE" && !signatureDatee(d))
    throw new ErreurMetier(
      "DATE_DE_SIGNATURE_ABSENTE",
      `Aucune date de signature n'a été lue dans ${quoi === "avenant" ? "cet avenant" : "ce document"} : indiquez-la avant de l'enregistrer comme ${quoi === "avenant" ? "avenant signé" : "convention signée"}.`,
    );
}

type Cible = { conventionId: string } | { avenantId: string };

/** The original file attached to the record: its signed copy when saved as signed. */
export function joindreOriginal(tx: Tx, cible: Cible, analyse: AnalyseFichier, nom: string, mode: ModeEnregistrement, agent: AgentLike) {
  return tx.fichier.create({
    data: {
      ...cible,
      nature: mode === "SIGNE" ? "ORIGINAL_SIGNE" : "AUTRE",
      nom: nom.slice(0, 200),
      typeMime: TYPES_MIME[analyse.fichier.format],
      taille: analyse.fichier.octets,
      sha256: analyse.fichier.sha256,
      createdById: agent.id,
    },
  });
}

/** The record's signature blocks signed on the dates read (by hand: an archive's paper signature);
 *  its status and signature date: all signed, or some. */
export async function signerCommeLu(
  tx: Tx,
  cible: Cible,
  d: DocumentLu,
  agent: AgentLike,
): Promise<{ statut: "SIGNEE" | "SIGNEE_PARTIELLEMENT"; dateSignature: Date }> {
  const blocs = await tx.signature.findMany({ where: cible, orderBy: { ordre: "asc" }, select: { id: true, ordre: true } });
  for (const b of blocs) {
    const date = d.signatures[b.ordre]?.dateSignature;
    await tx.signature.update({
      where: { id: b.id },
      data: {
        signee: Boolean(date),
        dateSignature: date ? fromCalendarDate(date) : null,
        methode: "MANUSCRITE",
        enregistreeLe: new Date(),
        enregistreeParId: agent.id,
      },
    });
  }
  const dates = d.signatures.map((s) => s.dateSignature).filter((x): x is string => Boolean(x));
  const toutes = d.signatures.length > 0 && dates.length === d.signatures.length;
  return { statut: toutes ? "SIGNEE" : "SIGNEE_PARTIELLEMENT", dateSignature: fromCalendarDate(dates.sort().pop()!) };
}

/** What the user did on the review screen, for the audit log: each correction (read → corrected)
 *  and the flagged fields accepted as read. */
export type RevuePourLAudit = { corrections: Record<string, { lu: string; corrige: string }>; acceptes: string[] };

/** The audit log's account of an import: the file, how it was saved, its findings, the review. */
export function recitImport(analyse: AnalyseFichier, nom: string, mode: ModeEnregistrement, revue?: RevuePourLAudit) {
  return {
    fichier: nom,
    sha256: analyse.fichier.sha256,
    format: analyse.fichier.format,
    mode,
    constats: analyse.constats.map((c) => c.code),
    ...(revue ? { corrections: revue.corrections, acceptes: revue.acceptes } : {}),
  };
}
