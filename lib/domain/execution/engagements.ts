// What each legal commitment (EJ) of a convention has committed and paid: the one reading of an EJ's
// balance, for the execution page, its alerts, the import of payments and the payments entered by
// hand. A carry-over line (type 350) moves open AE to the next budget year: it is not a new
// commitment, and an EJ's payments are held against what it committed only.
import type { NatureMouvement } from "./extrait";

export type LigneEj = { nature: NatureMouvement; numeroEj: string | null; ae: bigint; cp: bigint; report: boolean };
export type SoldeEj = { engage: bigint; paye: bigint; lignes: number };

/** Each EJ's commitment lines (how many), what they commit (reductions subtract; carry-overs do not
 *  count) and what its payments pay, by `cle` (the EJ number by default; an import keys it by
 *  convention and EJ). */
export function soldesEj<L extends LigneEj>(lignes: Iterable<L>, cle: (l: L) => string | null = (l) => l.numeroEj): Map<string, SoldeEj> {
  const soldes = new Map<string, SoldeEj>();
  for (const l of lignes) {
    const k = l.numeroEj ? cle(l) : null;
    if (k === null || l.nature === "MISE_A_DISPOSITION") continue;
    const s = soldes.get(k) ?? { engage: 0n, paye: 0n, lignes: 0 };
    if (l.nature === "ENGAGEMENT") {
      s.lignes += 1;
      if (!l.report) s.engage += l.ae;
    }
    if (l.nature === "PAIEMENT") s.paye += l.cp;
    soldes.set(k, s);
  }
  return soldes;
}

/** What an EJ may still pay (never below nothing). */
export const resteAPayer = (s: SoldeEj) => (s.engage > s.paye ? s.engage - s.paye : 0n);
