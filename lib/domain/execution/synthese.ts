// Schedule against actual, per convention and year: what was scheduled (the consolidated schedule,
// after avenants), made available, committed, paid, what remains and what was carried over.
// Integer cents throughout: the totals add up to the cent.
import type { NatureMouvement } from "./extrait";

export type MouvementCompte = { nature: NatureMouvement; annee: number; ae: bigint; cp: bigint; report: boolean };

export type LigneSynthese = {
  annee: number;
  aeProgramme: bigint;
  cpProgramme: bigint;
  aeDisponible: bigint;
  cpDisponible: bigint;
  aeEngage: bigint;
  cpPaye: bigint;
  /** AE made available and not committed; CP made available and not paid. */
  aeRestant: bigint;
  cpRestant: bigint;
  /** Commitments carried over into this year (type 350): open, not new consumption. */
  aeReporte: bigint;
};

/** A year with nothing scheduled nor executed. */
export const ligneVide = (annee: number): LigneSynthese => ({
  annee,
  aeProgramme: 0n,
  cpProgramme: 0n,
  aeDisponible: 0n,
  cpDisponible: 0n,
  aeEngage: 0n,
  cpPaye: 0n,
  aeRestant: 0n,
  cpRestant: 0n,
  aeReporte: 0n,
});

export function syntheseExecution(
  echeancier: readonly { annee: number; ae: bigint; cp: bigint }[],
  mouvements: readonly MouvementCompte[],
): { annees: LigneSynthese[]; total: LigneSynthese } {
  const parAnnee = new Map<number, LigneSynthese>();
  const ligne = (annee: number) => parAnnee.get(annee) ?? parAnnee.set(annee, ligneVide(annee)).get(annee)!;
  for (const e of echeancier) {
    const l = ligne(e.annee);
    l.aeProgramme += e.ae;
    l.cpProgramme += e.cp;
  }
  for (const m of mouvements) {
    const l = ligne(m.annee);
    if (m.nature === "MISE_A_DISPOSITION") {
      l.aeDisponible += m.ae;
      l.cpDisponible += m.cp;
    } else if (m.nature === "ENGAGEMENT") {
      if (m.report) l.aeReporte += m.ae;
      else l.aeEngage += m.ae;
    } else l.cpPaye += m.cp;
  }
  const annees = [...parAnnee.values()].sort((a, b) => a.annee - b.annee);
  for (const l of annees) {
    l.aeRestant = l.aeDisponible - l.aeEngage;
    l.cpRestant = l.cpDisponible - l.cpPaye;
  }
  const total = annees.reduce((t, l) => {
    for (const k of Object.keys(t) as (keyof LigneSynthese)[]) if (k !== "annee") (t[k] as bigint) += l[k] as bigint;
    return t;
  }, ligneVide(0));
  return { annees, total };
}

/** A share for a progress bar: 0 to 100 (more than 100 is said by the alerts, not drawn). */
export const part = (valeur: bigint, sur: bigint): number =>
  sur <= 0n ? 0 : Math.max(0, Math.min(100, Number((valeur * 1000n) / sur) / 10));
