// Pasting a table copied from a spreadsheet into the schedule editor. Three columns are read as
// Année | AE | CP; two columns as AE | CP for consecutive years from `premiereAnnee`. Header
// lines and empty lines are skipped. Amounts stay as typed: the form validates them.
export type LigneCollee = { annee: string; ae: string; cp: string };

export function lireCollage(texte: string, premiereAnnee: number): LigneCollee[] {
  const lignes = texte
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.split(/\t|;/).map((c) => c.trim()))
    .filter((cells) => cells.some((c) => /\d/.test(c)));
  let annee = premiereAnnee;
  return lignes.map((cells) => {
    const nonVides = cells.filter((c, i) => c !== "" || i < cells.length - 1);
    if (nonVides.length >= 3) {
      annee = Number(nonVides[0]) + 1;
      return { annee: nonVides[0]!, ae: nonVides[1]!, cp: nonVides[2]! };
    }
    const ligne = { annee: String(annee), ae: nonVides[0] ?? "", cp: nonVides[1] ?? "" };
    annee += 1;
    return ligne;
  });
}
