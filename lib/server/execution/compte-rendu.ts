// The end-of-convention report (« compte rendu de gestion »): what the délégataire owes the délégant
// at the end — spending per year against the schedule, the commitments and the payments — as a PDF
// with the conventions' look, and as CSV, ready to send.
import "server-only";
import { formatDateCourte, formatDateLongue } from "@/lib/domain/dates";
import { formatMontant } from "@/lib/domain/money";
import type { PdfConvention } from "@/lib/pdf/data";
import type { AgentLike } from "../policies";
import type { InTx } from "../db";
import { getExecution } from "./get-execution";
import { pourLaPartie } from "../pdf/build-convention-pdf-data";
import { COLONNES_FINANCE, COLONNES_MONTANTS, valeursFinance } from "@/lib/domain/execution/tableau";
import { texteCsv, type Cellule } from "../export/tableur";

const m = (c: bigint) => formatMontant(c, { alwaysCents: true });

async function lire(agent: AgentLike, conventionId: string, tx?: InTx["tx"]) {
  const execution = await getExecution(agent, conventionId, { tx });
  const convention = execution.document;
  const delegataire = convention.parties.find((p) => p.role === "DELEGATAIRE") ?? convention.parties.at(-1);
  const delegants = convention.parties.filter((p) => p.role !== "DELEGATAIRE");
  return { convention, execution, delegataire, delegants };
}

export async function compteRenduPdf(agent: AgentLike, conventionId: string, { tx }: InTx = {}): Promise<PdfConvention> {
  const { convention: c, execution: e, delegataire, delegants } = await lire(agent, conventionId, tx);
  const t = e.synthese.total;
  return {
    meta: {
      title: `Compte rendu de gestion — ${c.reference}`,
      subject: `Compte rendu de gestion de la convention ${c.reference} (${c.intitule})`,
      author: "Conventions de délégation de gestion",
      fileName: `compte-rendu-de-gestion_${c.reference}.pdf`,
    },
    reference: `${c.reference} — compte rendu de gestion`,
    ministere: delegataire?.organisation.nom ?? null,
    signee: true,
    filigrane: null,
    bandeau: `Établi le ${formatDateCourte(new Date())} d'après les extraits CHORUS importés`,
    titre: "Compte rendu de gestion",
    parties: [],
    visas: [],
    preambule: {
      titre: "Convention",
      texte: [
        `- Convention : ${c.titre} ${c.reference}${c.dateSignature ? `, signée le ${formatDateLongue(c.dateSignature)}` : ""} — ${c.intitule}`,
        `- Délégant${delegants.length > 1 ? "s" : ""} : ${delegants.map((p) => p.libelle).join(" ; ") || "—"}`,
        `- Délégataire : ${delegataire?.libelle ?? "—"}`,
        `- Centre financier (UO) : ${c.imputation?.centreFinancier ?? "—"}${c.imputation?.programme ? `, programme ${c.imputation.programme}` : ""}`,
        `- Période : jusqu'au ${e.dateFin ? formatDateLongue(e.dateFin) : "règlement des opérations"} ; plafonds : AE ${e.plafondAe !== null ? m(e.plafondAe) : "—"}, CP ${e.plafondCp !== null ? m(e.plafondCp) : "—"}`,
      ].join("\n"),
    },
    formuleAccord: null,
    articles: [
      {
        titre: "1. Exécution par année, au regard de l'échéancier",
        corps: `L'échéancier de référence est l'échéancier consolidé, après avenants signés.\n[[echeancier]]`,
        notes: [],
      },
      {
        titre: "2. Engagements juridiques",
        corps: e.engagements.length ? "[[imputation]]" : "Aucun engagement juridique.",
        notes: [],
      },
      {
        titre: "3. Paiements",
        corps: e.paiements.length ? "[[cofinancement]]" : "Aucune demande de paiement.",
        notes: [],
      },
      {
        titre: "4. Crédits non consommés",
        corps: [
          `AE mises à disposition et non engagées : ${m(t.aeRestant)}.`,
          `CP mis à disposition et non payés : ${m(t.cpRestant)}.`,
          `Engagements restant à payer : ${m(e.engagements.reduce((s, x) => s + (x.engage - x.paye), 0n))}.`,
          ...(e.alertes.length ? ["Points d'attention :", ...e.alertes.map((a) => `- ${a.message}`)] : []),
        ].join("\n"),
        notes: [],
      },
    ],
    tableaux: {
      // The finance columns (lib/domain/execution/tableau.ts), without what remains: said below in words.
      echeancier: {
        colonnes: ["Année", ...COLONNES_MONTANTS.map((c) => c.libelle)],
        lignes: e.synthese.annees.map((l) => [String(l.annee), ...valeursFinance(l, COLONNES_MONTANTS).map(m)]),
        total: ["Total", ...valeursFinance(t, COLONNES_MONTANTS).map(m)],
        numeriques: COLONNES_MONTANTS.map((_, i) => i + 1),
      },
      imputation: {
        colonnes: ["N° EJ", "Fournisseur", "Engagé", "Payé", "Reste à payer"],
        lignes: e.engagements.map((x) => [x.numero, x.fournisseur ?? "—", m(x.engage), m(x.paye), m(x.engage - x.paye)]),
        numeriques: [2, 3, 4],
      },
      cofinancement: {
        colonnes: ["N° DP", "Date", "EJ payé", "Montant"],
        lignes: e.paiements.map((p) => [p.numeroDp ?? "—", formatDateCourte(p.date), p.numeroEj ?? "—", m(p.cp)]),
        numeriques: [3],
      },
    },
    faitA: `Fait à Paris, le ${formatDateLongue(new Date())}`,
    signatures: [
      { mention: delegataire ? pourLaPartie(delegataire.libelle) : "Pour le délégataire,", nom: null, qualite: null, date: null },
    ],
    annexes: [],
  };
}

/** The same report as CSV (`;`, UTF-8 with BOM): one section per table. */
export async function compteRenduCsv(agent: AgentLike, conventionId: string, { tx }: InTx = {}): Promise<{ nom: string; csv: string }> {
  const { convention: c, execution: e } = await lire(agent, conventionId, tx);
  const t = e.synthese.total;
  const lignes: Cellule[][] = [
    ["Compte rendu de gestion", c.reference, c.intitule],
    [],
    ["Année", ...COLONNES_FINANCE.map((c) => c.libelle), "AE reportées"],
    ...e.synthese.annees.map((l) => [l.annee, ...valeursFinance(l), l.aeReporte]),
    ["Total", ...valeursFinance(t), t.aeReporte],
    [],
    ["N° EJ", "Fournisseur", "Premier mouvement", "Engagé", "Payé", "Reste à payer"],
    ...e.engagements.map((x) => [x.numero, x.fournisseur ?? "", formatDateCourte(x.premiereDate), x.engage, x.paye, x.engage - x.paye]),
    [],
    ["N° DP", "Date", "EJ payé", "Fournisseur", "Montant"],
    ...e.paiements.map((p) => [p.numeroDp ?? "", formatDateCourte(p.date), p.numeroEj ?? "", p.fournisseur ?? "", p.cp]),
  ];
  return { nom: `compte-rendu-de-gestion_${c.reference}.csv`, csv: texteCsv(lignes) };
}
