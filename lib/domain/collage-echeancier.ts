// Pasting a table copied from a spreadsheet into the schedule editor. Each line is read on its
// own: when its first cell is a year (2000–2100), it is Année | AE | CP; otherwise AE | CP for the
// year after the previous line's (the first: `premiereAnnee`). Cells keep their place — an empty
// last cell is an empty CP, never a reason to shift the others —, columns past those are reported,
// header and empty lines are skipped. Nothing is applied here: the editor shows what was
// understood, with the cells it could not read, and asks before replacing the schedule.
import { anneesEnDouble } from "./echeancier";
import { MontantInvalide, parseMontant } from "./money";

export type LigneCollee = { annee: string; ae: string; cp: string };
export type LigneAnalysee = LigneCollee & {
  /** What the cell could not be read as, by column. */
  erreurs: Partial<Record<keyof LigneCollee, string>>;
  /** What was done that the user should know (a missing CP, columns ignored). */
  remarques: string[];
};
export type Collage = { lignes: LigneAnalysee[]; ignorees: number };

const estAnnee = (c: string) => /^\d{4}$/.test(c) && Number(c) >= 2000 && Number(c) <= 2100;

function erreurMontant(texte: string): string | undefined {
  if (!texte.trim()) return undefined; // an empty cell is zero, as in the signed tables
  try {
    return parseMontant(texte) < 0n ? "Un montant ne peut pas être négatif." : undefined;
  } catch (error) {
    return error instanceof MontantInvalide ? error.message : "Montant illisible.";
  }
}

export function analyserCollage(texte: string, premiereAnnee: number): Collage {
  const lignes: LigneAnalysee[] = [];
  let ignorees = 0;
  let suivante = premiereAnnee;
  for (const brute of texte.replace(/\r\n?/g, "\n").split("\n")) {
    const cells = brute.split(/\t|;/).map((c) => c.replace(/^[ \u00a0]+|[ \u00a0]+$/g, ""));
    if (!cells.some((c) => /\d/.test(c))) {
      if (brute.trim()) ignorees += 1; // a header line
      continue;
    }
    const avecAnnee = estAnnee(cells[0]!) && cells.length >= 2;
    const [annee, ae, cp, ...reste] = avecAnnee ? cells : [String(suivante), ...cells];
    const remarques: string[] = [];
    if (cp === undefined) remarques.push("Pas de colonne CP : 0 €.");
    const enTrop = reste.filter((c) => c !== "");
    if (enTrop.length)
      remarques.push(
        `${enTrop.length === 1 ? "Colonne en trop ignorée" : `${enTrop.length} colonnes en trop ignorées`} : ${enTrop.join(" | ")}.`,
      );
    if (!avecAnnee) remarques.push(`Année déduite : ${annee}.`);
    const ligne: LigneAnalysee = { annee: annee!, ae: ae ?? "", cp: cp ?? "", erreurs: {}, remarques };
    for (const col of ["ae", "cp"] as const) {
      const erreur = erreurMontant(ligne[col]);
      if (erreur) ligne.erreurs[col] = erreur;
    }
    lignes.push(ligne);
    suivante = Number(annee) + 1;
  }
  for (const { index, message } of anneesEnDouble(lignes.map((l) => ({ annee: Number(l.annee) })))) lignes[index]!.erreurs.annee = message;
  return { lignes, ignorees };
}

/** The rows as the editor holds them (amounts as typed; the form validates them). */
export function lireCollage(texte: string, premiereAnnee: number): LigneCollee[] {
  return analyserCollage(texte, premiereAnnee).lignes.map(({ annee, ae, cp }) => ({ annee, ae, cp }));
}
