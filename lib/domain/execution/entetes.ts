// The columns of CHORUS extracts, found by their header. SAP cuts headers at 40 characters and
// suffixes a repeated header with « .1 »: a header is matched by its normalised start against the
// aliases below (accents, case, punctuation and « [CODE] » ignored). This table is the documented
// list of what is read; any other column is ignored, and bank details are never read.

export type Colonne =
  | "exercice"
  | "centreFinancier"
  | "domaineFonctionnel"
  | "activite"
  | "centreDeCouts"
  | "fournisseur"
  | "date"
  | "montant"
  | "ae"
  | "cp"
  | "typeMontant"
  | "numeroEj"
  | "posteEj"
  | "numeroDp"
  | "posteDp"
  | "texte";

/** Each column, its French name (for the messages) and the header starts that name it, most precise
 *  first; in this order (AE and CP before « Montant », which would otherwise take « Montant AE »). */
export const ALIAS_COLONNES: readonly { colonne: Colonne; libelle: string; alias: readonly string[]; occurrence?: number }[] = [
  { colonne: "exercice", libelle: "Exercice comptable", alias: ["exercice comptable", "exercice", "annee"] },
  { colonne: "centreFinancier", libelle: "Centre financier", alias: ["centre financier", "uo", "unite operationnelle"] },
  { colonne: "domaineFonctionnel", libelle: "Domaine fonctionnel", alias: ["domaine fonctionnel"] },
  { colonne: "activite", libelle: "Activité", alias: ["activite", "code activite"] },
  { colonne: "centreDeCouts", libelle: "Centre de coûts", alias: ["centre de couts", "centre de cout"] },
  { colonne: "fournisseur", libelle: "Fournisseur", alias: ["fournisseur paye", "nom 1", "fournisseur", "tiers"] },
  {
    colonne: "date",
    libelle: "Date",
    alias: ["date de derniere operation sur la dp", "date comptable", "date de mise a disposition", "date de la piece", "date"],
  },
  { colonne: "ae", libelle: "AE", alias: ["ae", "montant ae", "autorisations d engagement"] },
  { colonne: "cp", libelle: "CP", alias: ["cp", "montant cp", "credits de paiement"] },
  {
    colonne: "montant",
    libelle: "Montant",
    alias: ["montant paye", "montant a controler en dev transaction", "montant engage", "montant"],
  },
  // « Type de montant » is there twice: the second (« Type de montant.1 ») holds the movement code.
  { colonne: "typeMontant", libelle: "Type de montant.1", alias: ["type de montant"], occurrence: 1 },
  {
    colonne: "numeroEj",
    libelle: "N° EJ",
    alias: ["n ej", "no ej", "numero ej", "numero de l ej", "numero de piece de la piece de reference"],
  },
  { colonne: "posteEj", libelle: "N° poste EJ", alias: ["n poste ej", "no poste ej", "numero de poste ej", "numero de poste"] },
  { colonne: "numeroDp", libelle: "N° DP", alias: ["n dp", "no dp", "numero dp", "numero de la dp"] },
  { colonne: "posteDp", libelle: "N° poste DP", alias: ["n poste dp", "no poste dp", "numero de poste dp"] },
  { colonne: "texte", libelle: "Texte", alias: ["texte", "libelle", "objet"] },
];

/** Bank details: personal data, never read nor kept. */
const BANCAIRES = ["iban", "bic", "rib", "coordonnees bancaires", "compte bancaire", "banque", "domiciliation"];

/** « Centre financier [CODE].1 » → { texte: "centre financier", occurrence: 1 }. */
export function normaliserEntete(entete: string): { texte: string; occurrence: number } {
  const m = /\.(\d+)$/.exec(entete.trim());
  const sans = m ? entete.trim().slice(0, -m[0].length) : entete;
  const texte = sans
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\[code\]|\(code\)/g, " ")
    .replace(/[°º]/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return { texte, occurrence: m ? Number(m[1]) : 0 };
}

const correspond = (texte: string, alias: string) =>
  texte === alias || texte.startsWith(`${alias} `) || (alias.length > 30 && alias.startsWith(texte) && texte.length >= 30);

export type LectureEntetes = {
  colonnes: Partial<Record<Colonne, number>>;
  /** Headers read as bank details: dropped. */
  bancaires: string[];
  /** Headers no alias names: ignored. */
  ignorees: string[];
};

/** Which column holds what: the first header matching each column's aliases, in alias order. */
export function lireEntetes(entetes: readonly string[]): LectureEntetes {
  const normalises = entetes.map((e) => normaliserEntete(String(e ?? "")));
  const colonnes: Partial<Record<Colonne, number>> = {};
  const prises = new Set<number>();
  const bancaires: string[] = [];
  normalises.forEach((n, i) => {
    if (BANCAIRES.some((b) => correspond(n.texte, b) || n.texte.includes(b))) {
      bancaires.push(entetes[i]!);
      prises.add(i);
    }
  });
  for (const { colonne, alias, occurrence } of ALIAS_COLONNES) {
    for (const a of alias) {
      const i = normalises.findIndex(
        (n, k) => !prises.has(k) && correspond(n.texte, a) && (occurrence === undefined || n.occurrence === occurrence),
      );
      if (i >= 0) {
        colonnes[colonne] = i;
        prises.add(i);
        break;
      }
    }
  }
  // « Type de montant » alone (no « .1 »): a file saved by hand; the only one is the code.
  if (colonnes.typeMontant === undefined) {
    const i = normalises.findIndex((n, k) => !prises.has(k) && correspond(n.texte, "type de montant"));
    if (i >= 0 && normalises.filter((n) => correspond(n.texte, "type de montant")).length === 1) {
      colonnes.typeMontant = i;
      prises.add(i);
    }
  }
  const ignorees = entetes.filter((e, i) => !prises.has(i) && String(e ?? "").trim() !== "");
  return { colonnes, bancaires, ignorees: ignorees.map(String) };
}
