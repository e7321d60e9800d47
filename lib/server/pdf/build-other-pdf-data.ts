// PDFs built from a convention's data: one of its avenants, and its consolidated version.
import "server-only";
import type { AvenantDetail, Consolidation } from "@/lib/views/avenant";
import type { PdfConvention } from "@/lib/pdf/data";
import { formatDateCourte, toCalendarDate } from "@/lib/domain/dates";
import { titreAvenantParDefaut } from "@/lib/domain/avenant-redaction";
import { estSigneeParTous } from "@/lib/domain/statut";
import {
  buildConventionPdfData,
  etatImprime,
  partiesPdf,
  pdfFileName,
  signaturesPdf,
  tableauxPdf,
  titreArticle,
} from "./build-convention-pdf-data";

export function buildAvenantPdfData(data: AvenantDetail): PdfConvention {
  const { convention: c, avenant, articles, lignes, texte } = data;
  const base = buildConventionPdfData(c);
  const signee = estSigneeParTous(avenant.statut);
  const blocs = signaturesPdf(
    texte.signatures,
    texte.parties.map((p) => p.libelle),
    { lieu: c.lieuSignature, dateSignature: avenant.dateSignature },
  );
  return {
    ...base,
    meta: {
      ...base.meta,
      title: `Avenant n° ${avenant.numero} — ${c.intitule}`,
      subject: `Avenant n° ${avenant.numero} à la convention ${c.reference}${signee ? "" : " (projet)"}`,
      fileName: pdfFileName(c, `_avenant-${avenant.numero}`),
    },
    reference: `${c.reference} — avenant n° ${avenant.numero}`,
    signee,
    ...etatImprime(avenant.statut, texte.signatures),
    // The title as typed, else the usual one.
    titre:
      avenant.titre?.trim() ||
      titreAvenantParDefaut(avenant.numero, { titre: c.titre, date: c.dateConvention ? toCalendarDate(c.dateConvention) : null }),
    parties: partiesPdf(texte.parties),
    visas: texte.basesLegales.map((b) => `Vu ${b.texte} ;`),
    introduction: avenant.introduction,
    preambule: avenant.contexte ? { titre: "Contexte", texte: avenant.contexte } : null,
    // Printed only when the text has it.
    formuleAccord: avenant.formuleAccord,
    articles: articles.map((a) => ({ titre: titreArticle(a.numero, a.titre), corps: a.corps, notes: [] })),
    tableaux: { ...tableauxPdf(c, lignes), ...(lignes.length ? {} : { echeancier: undefined }) },
    ...blocs,
    signatures: blocs.signatures.map((s) => ({
      ...s,
      // An avenant saved before it had its own blocks, signed: the avenant's date.
      date: s.date ?? (texte.repris && signee && avenant.dateSignature ? `Signé le ${formatDateCourte(avenant.dateSignature)}` : null),
    })),
    annexes: [],
  };
}

export function buildConsolidatedPdfData(data: Consolidation): PdfConvention {
  const c = data.convention;
  const base = buildConventionPdfData(c);
  const appliques = data.chronologie
    .map((e) => `n° ${e.numero}${e.dateSignature ? ` (signé le ${formatDateCourte(e.dateSignature)})` : " (en projet)"}`)
    .join(", ");
  return {
    ...base,
    meta: {
      ...base.meta,
      title: `Version consolidée — ${c.intitule}`,
      subject: `Version consolidée de la convention ${c.reference} (document informatif)`,
      fileName: pdfFileName(c, "_consolidee"),
    },
    reference: `${c.reference} — version consolidée`,
    signee: true, // no PROJET mark: the notice below says what this document is
    informatif: `Version consolidée, document informatif — avenants appliqués : ${appliques || "aucun"}. Seuls les documents signés font foi.`,
    titre: `${base.titre} — version consolidée`,
    parties: partiesPdf(data.partiesActuelles),
    // The footnotes of an article stay with it, unless an avenant replaced its text.
    articles: data.etat.articles.map((a) => {
      const initial = c.articles.find((x) => x.numero === a.numero);
      return { titre: titreArticle(a.numero, a.titre), corps: a.corps, notes: initial && initial.corps === a.corps ? initial.notes : [] };
    }),
    tableaux: tableauxPdf(c, data.etat.echeancier),
    faitA: base.faitA,
  };
}
