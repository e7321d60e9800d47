// The yearly AE/CP schedule (échéancier): totals and running totals, in cents.
import { sum } from "./money";

export type LigneEcheancier = { annee: number; ae: bigint; cp: bigint };
export type LigneCumulee = LigneEcheancier & { cumulAe: bigint; cumulCp: bigint };

export function trierEcheancier<T extends { annee: number }>(lignes: readonly T[]): T[] {
  return [...lignes].sort((a, b) => a.annee - b.annee);
}

export function totauxEcheancier(lignes: readonly LigneEcheancier[]): { ae: bigint; cp: bigint } {
  return { ae: sum(lignes.map((l) => l.ae)), cp: sum(lignes.map((l) => l.cp)) };
}

export function echeancierCumule(lignes: readonly LigneEcheancier[]): LigneCumulee[] {
  let cumulAe = 0n;
  let cumulCp = 0n;
  return trierEcheancier(lignes).map((ligne) => {
    cumulAe += ligne.ae;
    cumulCp += ligne.cp;
    return { ...ligne, cumulAe, cumulCp };
  });
}

/** A year has one row in a schedule: the rows that repeat a year already seen, in order. */
export function anneesEnDouble(lignes: readonly { annee: number }[]): { index: number; annee: number; message: string }[] {
  const vues = new Set<number>();
  const doublons: { index: number; annee: number; message: string }[] = [];
  lignes.forEach(({ annee }, index) => {
    if (vues.has(annee)) doublons.push({ index, annee, message: `L'année ${annee} figure deux fois dans l'échéancier.` });
    vues.add(annee);
  });
  return doublons;
}

type Cumul = { cumulAe: bigint | null; cumulCp: bigint | null };

/** Running totals of a schedule being typed (the form's editor), one per row in the order typed
 *  but summed in year order, exactly as echeancierCumule() and the checks do: a row typed out of
 *  order never shows a running total the checks would not. `null` where an amount cannot be read,
 *  and for every later year; `null` too for a row whose year cannot be read. */
export function cumulsSaisis(lignes: readonly { annee: number | null; ae: bigint | null; cp: bigint | null }[]): {
  lignes: Cumul[];
  total: { ae: bigint | null; cp: bigint | null };
} {
  const result: Cumul[] = lignes.map(() => ({ cumulAe: null, cumulCp: null }));
  const add = (a: bigint | null, b: bigint | null) => (a === null || b === null ? null : a + b);
  const ordre = trierEcheancier(lignes.flatMap((l, index) => (l.annee === null ? [] : [{ annee: l.annee, index }])));
  let cumulAe: bigint | null = 0n;
  let cumulCp: bigint | null = 0n;
  for (const { index } of ordre) {
    cumulAe = add(cumulAe, lignes[index]!.ae);
    cumulCp = add(cumulCp, lignes[index]!.cp);
    result[index] = { cumulAe, cumulCp };
  }
  const total = lignes.reduce<{ ae: bigint | null; cp: bigint | null }>((t, l) => ({ ae: add(t.ae, l.ae), cp: add(t.cp, l.cp) }), {
    ae: 0n,
    cp: 0n,
  });
  return { lignes: result, total };
}
