// docs/domaine.md, « Contrôles »: schedule against ceilings, cumulative CP ≤ cumulative AE,
// years within the duration.
import { anneesEnDouble, echeancierCumule, totauxEcheancier } from "../echeancier";
import { formatMontant } from "../money";
import type { Constat, ConventionAControler } from "./types";

export function controlerEcheancier(c: ConventionAControler): Constat[] {
  const constats: Constat[] = [];
  const totaux = totauxEcheancier(c.echeancier);
  const ecart = (a: bigint, b: bigint) => formatMontant(a > b ? a - b : b - a);

  // A remainder stated by an avenant that set no new ceiling is money the schedule need not reach
  // (lib/domain/avenant.ts: the same reading as the remainder's own check).
  for (const [nature, plafond, reliquat, total, champ] of [
    ["AE", c.plafondAe, c.reliquatAe ?? 0n, totaux.ae, "plafondAe"],
    ["CP", c.plafondCp, c.reliquatCp ?? 0n, totaux.cp, "plafondCp"],
  ] as const) {
    if (plafond === null || c.echeancier.length === 0) continue;
    const attendu = plafond - reliquat;
    if (total === attendu) continue;
    const cible = reliquat
      ? `le plafond ${nature} (${formatMontant(plafond)}) diminué du reliquat déclaré (${formatMontant(reliquat)}), soit ${formatMontant(attendu)}`
      : `le plafond ${nature} (${formatMontant(plafond)})`;
    constats.push({
      code: `TOTAL_${nature}_DIFFERENT_DU_PLAFOND`,
      gravite: "erreur",
      champ,
      message: `Le total des ${nature} de l'échéancier (${formatMontant(total)}) ${total > attendu ? "dépasse" : "n'atteint pas"} ${cible} : écart de ${ecart(total, attendu)}.`,
    });
  }

  for (const ligne of echeancierCumule(c.echeancier)) {
    if (ligne.cumulCp > ligne.cumulAe) {
      constats.push({
        code: "CP_CUMULES_SUPERIEURS_AUX_AE",
        gravite: "erreur",
        champ: `echeancier.${ligne.annee}`,
        message: `Fin ${ligne.annee}, les CP cumulés (${formatMontant(ligne.cumulCp)}) dépassent les AE cumulées (${formatMontant(ligne.cumulAe)}) de ${ecart(ligne.cumulCp, ligne.cumulAe)} : on ne peut pas payer plus que ce qui a été engagé.`,
      });
    }
  }

  // Totals that differ by what remainders stated in AE and in CP differ are explained by them.
  const reliquats = (c.reliquatAe ?? 0n) !== (c.reliquatCp ?? 0n);
  const expliquePlafonds =
    reliquats &&
    c.plafondAe !== null &&
    c.plafondCp !== null &&
    totaux.ae === c.plafondAe - (c.reliquatAe ?? 0n) &&
    totaux.cp === c.plafondCp - (c.reliquatCp ?? 0n);
  if (c.echeancier.length > 0 && totaux.cp !== totaux.ae && !c.ecartAeCpMotif?.trim() && !expliquePlafonds) {
    constats.push({
      code: "TOTAL_CP_DIFFERENT_DES_AE",
      gravite: "avertissement",
      champ: "echeancier",
      message: `Le total des CP (${formatMontant(totaux.cp)}) diffère du total des AE (${formatMontant(totaux.ae)}) de ${ecart(totaux.cp, totaux.ae)}, sans que l'écart soit expliqué.`,
    });
  }

  for (const { annee, message } of anneesEnDouble(c.echeancier)) {
    constats.push({ code: "ANNEE_EN_DOUBLE", gravite: "erreur", champ: `echeancier.${annee}`, message });
  }
  for (const ligne of c.echeancier) {
    const debut = c.dateDebut ? Number(c.dateDebut.slice(0, 4)) : undefined;
    const fin = c.dateFin ? Number(c.dateFin.slice(0, 4)) : undefined;
    if ((debut !== undefined && ligne.annee < debut) || (fin !== undefined && ligne.annee > fin)) {
      constats.push({
        code: "ANNEE_HORS_DUREE",
        gravite: "erreur",
        champ: `echeancier.${ligne.annee}`,
        message: `L'année ${ligne.annee} de l'échéancier est en dehors de la durée de la convention (${debut ?? "…"} – ${fin ?? "…"}).`,
      });
    }
  }
  return constats;
}
