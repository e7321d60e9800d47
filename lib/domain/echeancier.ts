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
