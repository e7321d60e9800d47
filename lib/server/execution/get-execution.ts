// The execution of one convention: its consolidated schedule (after signed avenants) against what
// CHORUS says was made available, committed and paid, year by year; the commitments with what was
// paid on each; the files imported.
import "server-only";
import { soldesEj } from "@/lib/domain/execution/engagements";
import { toCalendarDate } from "@/lib/domain/dates";
import { syntheseExecution } from "@/lib/domain/execution/synthese";
import { alertesExecution } from "@/lib/domain/execution/alertes";
import { estSigneeParTous } from "@/lib/domain/statut";
import { can, type AgentLike } from "../policies";
import { on, type InTx } from "../db";
import { getConsolidation } from "../avenants/get-consolidation";

export async function getExecution(agent: AgentLike, conventionId: string, { tx }: InTx = {}) {
  const { convention, etat } = await getConsolidation(agent, conventionId, { tx }); // Introuvable outside the scope
  const db = on(tx);
  const [mouvements, imports] = await Promise.all([
    db.mouvementExecution.findMany({
      where: { conventionId },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      include: { import: { select: { nomFichier: true } }, saisiPar: { select: { nom: true } } },
    }),
    db.importExecution.findMany({
      where: { mouvements: { some: { conventionId } } },
      orderBy: { createdAt: "desc" },
      include: { importePar: { select: { nom: true } } },
    }),
  ]);
  const synthese = syntheseExecution(etat.echeancier, mouvements);
  // Each EJ as it stands (lib/domain/execution/engagements.ts), with its supplier and first date.
  const parEj = new Map<string, { numero: string; fournisseur: string | null; premiereDate: string }>();
  for (const m of mouvements) {
    if (!m.numeroEj || m.nature === "MISE_A_DISPOSITION") continue;
    const e = parEj.get(m.numeroEj) ?? { numero: m.numeroEj, fournisseur: null, premiereDate: toCalendarDate(m.date) };
    e.fournisseur ??= m.fournisseur;
    parEj.set(m.numeroEj, e);
  }
  const soldes = soldesEj(mouvements);
  const engagements = [...parEj.values()].map((e) => ({ ...e, engage: soldes.get(e.numero)!.engage, paye: soldes.get(e.numero)!.paye }));
  // Alerts follow a convention signed by every party: before, nothing is owed nor executed.
  const signee = estSigneeParTous(convention.statut);
  const alertes = !signee
    ? []
    : alertesExecution(
        {
          // Signed on: the last signature, else the date the convention bears (documents imported signed).
          dateSignature:
            (convention.dateSignature ?? convention.dateConvention)
              ? toCalendarDate((convention.dateSignature ?? convention.dateConvention)!)
              : null,
          dateFin: etat.dateFin,
          plafondAe: etat.plafondAe,
          articles: etat.articles,
          synthese,
          engagements,
        },
        toCalendarDate(new Date()),
      );
  return {
    alertes,
    convention: { id: convention.id, reference: convention.reference, intitule: convention.intitule, statut: convention.statut },
    /** The convention as read for its consolidation (its parties, its imputation): not read twice. */
    document: convention,
    plafondAe: etat.plafondAe,
    plafondCp: etat.plafondCp,
    dateFin: etat.dateFin,
    synthese,
    misesADisposition: mouvements.filter((m) => m.nature === "MISE_A_DISPOSITION"),
    engagements,
    /** Each line of the commitments (initial, changes, reductions, carry-overs). */
    lignesEngagements: mouvements.filter((m) => m.nature === "ENGAGEMENT"),
    paiements: mouvements.filter((m) => m.nature === "PAIEMENT"),
    imports: imports.map((i) => ({
      id: i.id,
      nom: i.nomFichier,
      sha256: i.sha256,
      le: i.createdAt,
      par: i.importePar.nom,
      nature: i.nature,
      importees: i.lignesImportees,
      dejaPresentes: i.lignesDejaPresentes,
    })),
    peutImporter: can(agent, "execution.importer"),
    /** Execution lines go only to a convention signed by every party. */
    signee,
  };
}
export type Execution = Awaited<ReturnType<typeof getExecution>>;
