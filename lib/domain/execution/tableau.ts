// The finance dashboard's figures: scheduled (consolidated) against made available, committed and
// paid, in integer cents so that the totals add up to the cent; grouped by status, délégant,
// programme, UO or service (summed in SQL: lib/server/execution/tableau-de-bord.ts).

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

export const vide = (): Montants => ({ aeProgramme: 0n, cpProgramme: 0n, aeDisponible: 0n, cpDisponible: 0n, aeEngage: 0n, cpPaye: 0n });
export const ajouter = (a: Montants, b: Montants): Montants => {
  const r = { ...a };
  for (const k of CHAMPS_MONTANTS) r[k] += b[k];
  return r;
};
