// The finance dashboard's figures: scheduled (consolidated) against made available, committed and
// paid, in integer cents so that the totals add up to the cent; grouped by status, délégant,
// programme, UO or service (summed in SQL: lib/server/execution/get-tableau-de-bord.ts).

export const GROUPEMENTS = ["convention", "statut", "delegant", "programme", "uo", "service"] as const;
export type Groupement = (typeof GROUPEMENTS)[number];
export const LIBELLES_GROUPEMENT: Record<Groupement, string> = {
  convention: "Convention",
  statut: "Statut",
  delegant: "Délégant",
  programme: "Programme",
  uo: "Centre financier (UO)",
  service: "Service rédacteur",
};

export type Montants = {
  aeProgramme: bigint;
  cpProgramme: bigint;
  aeDisponible: bigint;
  cpDisponible: bigint;
  aeEngage: bigint;
  cpPaye: bigint;
};
export const CHAMPS_MONTANTS = ["aeProgramme", "cpProgramme", "aeDisponible", "cpDisponible", "aeEngage", "cpPaye"] as const;

/** The figures of every finance table — the dashboard and its exports, the execution page and its
 *  exports, the compte rendu de gestion —, one label and one order for all: AE then CP, scheduled,
 *  made available, committed or paid, and what was made available and is not yet (`reste`). */
export const COLONNES_FINANCE = [
  { cle: "aeProgramme", libelle: "AE programmées" },
  { cle: "aeDisponible", libelle: "AE mises à disposition" },
  { cle: "aeEngage", libelle: "AE engagées" },
  { cle: "aeNonEngage", libelle: "AE disponibles non engagées", reste: true },
  { cle: "cpProgramme", libelle: "CP programmés" },
  { cle: "cpDisponible", libelle: "CP mis à disposition" },
  { cle: "cpPaye", libelle: "CP payés" },
  { cle: "cpNonPaye", libelle: "CP disponibles non payés", reste: true },
] as const;
export type CleFinance = (typeof COLONNES_FINANCE)[number]["cle"];
/** The columns without what remains (a narrow table: the report's PDF). */
export const COLONNES_MONTANTS = COLONNES_FINANCE.filter((c) => !("reste" in c));

/** A row's figures in the columns' order (`colonnes`: all of them by default). */
export function valeursFinance(m: Montants, colonnes: readonly { cle: CleFinance }[] = COLONNES_FINANCE): bigint[] {
  const v: Record<CleFinance, bigint> = { ...m, aeNonEngage: m.aeDisponible - m.aeEngage, cpNonPaye: m.cpDisponible - m.cpPaye };
  return colonnes.map((c) => v[c.cle]);
}

export const vide = (): Montants => ({ aeProgramme: 0n, cpProgramme: 0n, aeDisponible: 0n, cpDisponible: 0n, aeEngage: 0n, cpPaye: 0n });
export const ajouter = (a: Montants, b: Montants): Montants => {
  const r = { ...a };
  for (const k of CHAMPS_MONTANTS) r[k] += b[k];
  return r;
};
