// The tables of the genre: the schedule (years × AE/CP, or transposed), the imputation codes
// (« Référence Chorus »: programme, centre financier, domaine fonctionnel, activité…), the Chorus
// set-up (« Paramétrage de l'adhérence »), and annex tables. A row is its cells (tabs, column
// positions, or two spaces or more between values).
import { CHAMPS_IMPUTATION, CHAMPS_PARAMETRAGE, TITRE_PARAMETRAGE } from "../libelles";
import { plier, type Ligne } from "./lignes";
import { enEuros, type LigneEcheancierLue } from "./resultat";
import { lireChiffres } from "./valeurs";

export function cellulesDe(l: Ligne): { texte: string; x?: number }[] {
  if (l.cellules?.length) return l.cellules.map((c) => ({ texte: c.texte.trim(), ...(c.x !== undefined ? { x: c.x } : {}) }));
  if (l.mots && l.mots.length > 1) return l.mots.map((c) => ({ texte: c.texte.trim(), ...(c.x !== undefined ? { x: c.x } : {}) }));
  if (/ {2,}/.test(l.texte)) return l.texte.split(/ {2,}/).map((t) => ({ texte: t.trim() }));
  return [{ texte: l.texte.trim() }];
}

/** Finer cells for a table of figures: a PDF row's words where the columns are close. */
function cellulesFines(l: Ligne): { texte: string; x?: number }[] {
  if (l.mots && l.mots.length > (l.cellules?.length ?? 1))
    return l.mots.map((c) => ({ texte: c.texte.trim(), ...(c.x !== undefined ? { x: c.x } : {}) }));
  return cellulesDe(l);
}

const ANNEE = /^(?:19|20)\d{2}$/;
/** A row's year, with a stray sign an OCR may read after it (« 2020 - »). */
const anneeDe = (t: string) => /^((?:19|20)\d{2})\s*[-–—.,;:|]?$/.exec(t.trim())?.[1] ?? null;
// (a header cell may end with its label: « Montant AE », or a scan's stray letters before it)
const estAE = (t: string) => /^(?:ae|autorisations? d'engagements?)\b|\bae\W*$/.test(plier(t).trim());
const estCP = (t: string) => /^(?:cp|credits? de paiements?)\b|\bcp\W*$/.test(plier(t).trim());
const estTotal = (t: string) => /^total/i.test(t.trim());
const montantOuVide = (t: string): bigint | null => (t.trim() === "" || /^[-–—]$/.test(t.trim()) ? 0n : lireChiffres(t));

export type EcheancierTrouve = {
  lignes: LigneEcheancierLue[];
  plage: [number, number];
  certain: boolean;
  total?: { ae: bigint | null; cp: bigint | null };
};
type LigneCents = { annee: number; ae: bigint; cp: bigint };

const versEuros = (l: LigneCents): LigneEcheancierLue => ({ annee: l.annee, ae: enEuros(l.ae), cp: enEuros(l.cp) });

/** The schedule table among lines [debut, fin], if any: its rows, the lines it covers. */
/** A positioned row's cells without the empty ones (a column another row fills, or what was left
 *  of a scan's rule): its values are placed by their position. */
function cellulesPleines(l: Ligne): { texte: string; x?: number }[] {
  const cells = cellulesFines(l);
  return cells.every((c) => c.x !== undefined) ? cells.filter((c) => c.texte) : cells;
}
const ETIQUETTE_ANNEE = /^(?:annees?|exercices?|periodes?)\b/;

export function trouverEcheancier(lignes: readonly Ligne[], debut: number, fin: number): EcheancierTrouve | null {
  for (let i = debut; i <= fin; i++) {
    const entete = cellulesPleines(lignes[i]!);
    const colAE = entete.findIndex((c) => estAE(c.texte));
    const colCP = entete.findIndex((c) => estCP(c.texte));
    // a header of a few cells — more when it starts with the years' label (a scan may add stray ones)
    if (colAE >= 0 && colCP >= 0 && (entete.length <= 5 || ETIQUETTE_ANNEE.test(plier(entete[0]!.texte)))) {
      const rows: LigneCents[] = [];
      let certain = true;
      let total: EcheancierTrouve["total"];
      let k = i + 1;
      const pleines = (cs: { texte: string }[]) =>
        cs
          .map((c) => plier(c.texte))
          .filter(Boolean)
          .join("|");
      const enteteRepete = pleines(entete);
      for (; k <= fin; k++) {
        const cells = cellulesPleines(lignes[k]!);
        const premier = cells[0]?.texte ?? "";
        // the header repeated where the table goes on over a page
        if (pleines(cells) === enteteRepete) continue;
        if (estTotal(premier)) {
          const [ae, cp] = colonnes(cells, entete, colAE, colCP);
          total = { ae, cp };
          continue;
        }
        const annee = anneeDe(premier);
        // a scan's rule read as a few letters between two rows: passed over
        const suivante = lignes[k + 1] ? cellulesPleines(lignes[k + 1]!)[0]?.texte : undefined;
        if (
          !annee &&
          lignes[k]!.confiance !== undefined &&
          !/\d/.test(lignes[k]!.texte) &&
          lignes[k]!.texte.length <= 12 &&
          suivante &&
          anneeDe(suivante)
        )
          continue;
        if (!annee) break;
        const [ae, cp, sur] = colonnes(cells, entete, colAE, colCP);
        if (ae === null && cp === null) break;
        if (!sur) certain = false;
        rows.push({ annee: Number(annee), ae: ae ?? 0n, cp: cp ?? 0n });
      }
      if (rows.length) {
        // a scan's misread figure, mended by the printed total (never a document's own error: only OCR lines)
        const scanne = lignes.slice(i, k).some((l) => l.confiance !== undefined);
        const repare = scanne && total ? reparerParLeTotal(rows, total) : false;
        return { lignes: rows.map(versEuros), plage: [i, k - 1], certain: certain && !repare, total };
      }
    }
    // Transposed: years across, a row for AE and one for CP.
    const annees = entete.filter((c) => ANNEE.test(c.texte));
    if (annees.length >= 1 && i + 2 <= fin) {
      const ligneAE = cellulesFines(lignes[i + 1]!);
      const ligneCP = cellulesFines(lignes[i + 2]!);
      if (estAE(ligneAE[0]?.texte ?? "") && estCP(ligneCP[0]?.texte ?? "")) {
        // a row's cells start with its label: the header may or may not leave an empty cell above it
        const decalage = ANNEE.test(entete[0]!.texte) ? 1 : 0;
        const rows = annees.map((a) => {
          const col = entete.indexOf(a) + decalage;
          return {
            annee: Number(a.texte),
            ae: montantOuVide(ligneAE[col]?.texte ?? "") ?? 0n,
            cp: montantOuVide(ligneCP[col]?.texte ?? "") ?? 0n,
          };
        });
        return { lignes: rows.map(versEuros), plage: [i, i + 2], certain: true };
      }
    }
  }
  return null;
}

/**
 * One cell of a scanned schedule that an OCR misread — a figure lost (« € » alone) or a digit doubled or
 * dropped (« 1777000 » for « 177000 ») — put right by the total printed under it, when exactly one
 * cell of the column can be and the figure it gets is one digit away from what was read (or was not
 * read at all). The schedule is then marked uncertain: the review asks for it to be checked.
 */
function reparerParLeTotal(rows: LigneCents[], total: { ae: bigint | null; cp: bigint | null }): boolean {
  let repare = false;
  for (const col of ["ae", "cp"] as const) {
    const attendu = total[col];
    if (attendu === null) continue;
    const somme = rows.reduce((t, r) => t + r[col], 0n);
    if (somme === attendu) continue;
    const candidats = rows.filter((r) => {
      const juste = attendu - (somme - r[col]);
      return juste > 0n && (r[col] === 0n || unChiffreDiffere(String(r[col]), String(juste)));
    });
    if (candidats.length !== 1) continue;
    const r = candidats[0]!;
    r[col] = attendu - (somme - r[col]);
    repare = true;
  }
  return repare;
}

/** One digit inserted, dropped or changed. */
function unChiffreDiffere(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) return [...a].filter((c, i) => c !== b[i]).length === 1;
  const [court, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - court.length !== 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === court) return true;
  return false;
}

/** A row's AE and CP: by the header's column positions when known, else by cell order; whether
 *  the reading is sure (every cell in its place). */
function colonnes(
  cells: { texte: string; x?: number }[],
  entete: { texte: string; x?: number }[],
  colAE: number,
  colCP: number,
): [bigint | null, bigint | null, boolean] {
  const xAE = entete[colAE]!.x;
  const xCP = entete[colCP]!.x;
  if (xAE !== undefined && xCP !== undefined && cells.every((c) => c.x !== undefined)) {
    let ae: bigint | null = 0n;
    let cp: bigint | null = 0n;
    for (const c of cells.slice(1)) {
      const v = lireChiffres(c.texte);
      if (v === null) continue;
      if (Math.abs(c.x! - xAE) <= Math.abs(c.x! - xCP)) ae = v;
      else cp = v;
    }
    return [ae, cp, true];
  }
  if (cells.length === entete.length) return [montantOuVide(cells[colAE]!.texte), montantOuVide(cells[colCP]!.texte), true];
  const valeurs = cells
    .slice(1)
    .map((c) => lireChiffres(c.texte))
    .filter((v): v is bigint => v !== null);
  if (valeurs.length === 2) return [valeurs[0]!, valeurs[1]!, true];
  if (valeurs.length === 1) return [colAE < colCP ? valeurs[0]! : 0n, colAE < colCP ? 0n : valeurs[0]!, false];
  return [null, null, false];
}

// Labels of the codes, as printed, with the usual variants (folded): longest first.
const ETIQUETTES_IMPUTATION: [string, string][] = (
  [
    ...CHAMPS_IMPUTATION.map((c): [string, string] => [plier(c.libelle), c.cle]),
    ["comptable assignataire", "comptableAssignataire"],
    ["programme budgetaire", "programme"],
    ["code programme", "programme"],
    ["numero de programme", "programme"],
    ["programme", "programme"],
    ["budget operationnel de programme", "bop"],
    ["bop", "bop"],
    ["unite operationnelle", "centreFinancier"],
    ["uo", "centreFinancier"],
    ["centre de cout", "centreDeCouts"],
    ["code activite", "activite"],
    ["ministere", "ministere"],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);
const ETIQUETTES_PARAMETRAGE: [string, string][] = (
  [
    ...CHAMPS_PARAMETRAGE.map((c): [string, string] => [plier(c.libelle), c.cle]),
    ["service prescripteur", "servicePrescripteur"],
    ["organisation d'achat", "organisationAchat"],
    ["groupe d'acheteurs", "groupeAcheteurs"],
    ["centre de cout", "centreDeCouts"],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** `apresEtiquette`: what the label's cell holds after the label matched (folded); `deuxCellules`: a
 *  label and a value. */
type CodeLu = { cle: string; valeur: string; ligne: number; imprime: string; apresEtiquette: string; deuxCellules: boolean };

/** The codes of a row — usually one; two when a scan's row grouping ran two rows of the table into
 *  one (« Centre financier Activité | 0224-DGCA-SNUM 022401SI0295 »: two labels, two codes). */
function lireCodes(l: Ligne, etiquettes: [string, string][], index: number): CodeLu[] | null {
  const c = lireCode(l, etiquettes, index);
  if (!c) return null;
  const valeurs = c.valeur.split(/\s+/);
  const seconde = c.deuxCellules && valeurs.length === 2 ? etiquettes.find(([e]) => c.apresEtiquette === e) : undefined;
  if (!seconde || seconde[1] === c.cle) return [c];
  return [
    { ...c, valeur: valeurs[0]! },
    { ...c, cle: seconde[1], valeur: valeurs[1]! },
  ];
}

function lireCode(l: Ligne, etiquettes: [string, string][], index: number): CodeLu | null {
  // (a label in bold or italics is still the label)
  const cells = cellulesDe(l)
    .map((c) => ({ ...c, texte: c.texte.replace(/\*+/g, "").trim() }))
    .filter((c) => c.texte);
  const texte = cells.map((c) => c.texte).join(" ");
  const plie = plier(cells[0]?.texte ?? "");
  for (const [etiquette, cle] of etiquettes) {
    if (!plie.startsWith(etiquette)) continue;
    const reste =
      cells.length > 1
        ? cells
            .slice(1)
            .map((c) => c.texte)
            .join(" ")
        : (cells[0]?.texte ?? "").slice(etiquette.length);
    let valeur = reste
      .replace(/^[\s:–—-]+/, "")
      .replace(/^(?:\(.*?\)\s*)/, "")
      .trim();
    // signs only (« Centre financier. »): its code was lost on a scan — the row stays the table's,
    // without a value (the text may still say it: `uoDuTexte`)
    if (!/[\p{L}\d]/u.test(valeur)) valeur = "";
    if ((!valeur && plie.replace(/[^a-z ]/g, "").trim() !== etiquette) || valeur.length > 80) return null;
    const imprime =
      cells.length > 1
        ? `${cells[0]!.texte} | ${cells
            .slice(1)
            .map((c) => c.texte)
            .join(" ")}`
        : texte;
    return { cle, valeur, ligne: index, imprime, apresEtiquette: plie.slice(etiquette.length).trim(), deuxCellules: cells.length === 2 };
  }
  return null;
}

export type CodesTrouves = {
  nom: "imputation" | "parametrage";
  intitule: string | null;
  codes: Record<string, string>;
  lignesImprimees: string[];
  plage: [number, number];
};

/** Runs of code rows among lines [debut, fin]: the Chorus set-up after its title, imputation otherwise. */
export function trouverCodes(lignes: readonly Ligne[], debut: number, fin: number): CodesTrouves[] {
  const trouves: CodesTrouves[] = [];
  for (let i = debut; i <= fin; i++) {
    const t = plier(lignes[i]!.texte).trim();
    const parametrage = t.startsWith(plier(TITRE_PARAMETRAGE));
    const intituleImputation = /^(?:reference|references|imputation|elements? d'imputation)s? chorus\b|^references? d'imputation\s*$/.test(
      t,
    );
    const titre = parametrage || intituleImputation;
    const etiquettes = parametrage ? ETIQUETTES_PARAMETRAGE : ETIQUETTES_IMPUTATION;
    const codes: CodeLu[] = [];
    let k = titre ? i + 1 : i;
    for (; k <= fin; k++) {
      const lus = lireCodes(lignes[k]!, etiquettes, k);
      if (!lus || lus.some((c) => codes.some((x) => x.cle === c.cle))) break;
      codes.push(...lus);
    }
    // (a label without its code closes a run, never opens one)
    while (codes.length && !codes[0]!.valeur) codes.shift();
    if (codes.filter((c) => c.valeur).length >= (titre ? 1 : 2)) {
      const valeurs: Record<string, string> = {};
      for (const c of codes) if (c.valeur) Object.assign(valeurs, separerProgramme(c.cle, c.valeur));
      trouves.push({
        nom: parametrage ? "parametrage" : "imputation",
        intitule: intituleImputation ? lignes[i]!.texte.replace(/\t/g, " ").trim() : null,
        codes: valeurs,
        lignesImprimees: codes.map((c) => c.imprime),
        plage: [i, k - 1],
      });
      i = k - 1;
    }
  }
  return trouves;
}

/** « P 214 _ BOP SAAM » → programme 214 and BOP SAAM; « 0214 » → 214; an activity code as Chorus
 *  writes it (`codeActivite`). */
function separerProgramme(cle: string, valeur: string): Record<string, string> {
  if (cle === "activite") return { activite: codeActivite(valeur) };
  if (cle !== "programme") return { [cle]: valeur };
  const m = /^(?:P(?:rogramme)?\s*)?0*(\d{2,3})\b(?:\s*[-_–—/|]\s*BOP\s*(.+))?/i.exec(valeur);
  if (!m) return { programme: valeur };
  return { programme: m[1]!, ...(m[2] ? { bop: m[2].trim() } : {}) };
}

/** A Chorus activity code — programme and action in six digits, two letters, four digits
 *  (« 012901SI0186 ») —: where its two letters were read as a letter and a digit (« S1 », « 5I », a
 *  scan's usual confusions), the digit is the letter it resembles. A code of another shape is kept as
 *  read. */
export function codeActivite(code: string): string {
  const m = /^(\d{6})([A-Z0-9]{2})(\d{4})$/.exec(code);
  if (!m || !/[A-Z]/.test(m[2]!) || !/\d/.test(m[2]!)) return code;
  const lettre: Record<string, string> = { "0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G" };
  const milieu = [...m[2]!].map((c) => lettre[c] ?? c).join("");
  return /^[A-Z]{2}$/.test(milieu) ? `${m[1]}${milieu}${m[3]}` : code;
}

/** A centre financier written in the text (« UO 0214-CEN2-INFO »): its code and programme. */
export function uoDuTexte(texte: string): { centreFinancier: string; programme: string } | null {
  const m = /\b(0?\d{3,4})-([A-Z0-9]{2,6})-([A-Z0-9]{2,6})\b/.exec(texte);
  if (!m) return null;
  return { centreFinancier: m[0], programme: String(Number(m[1])) };
}

/** An annex table: its first row names the columns; bullets inside a cell become list lines. */
export function lireTableau(lignes: readonly Ligne[], debut: number, fin: number): { colonnes: string[]; lignes: string[][] } | null {
  const rows = lignes.slice(debut, fin + 1).filter((l) => (l.cellules?.length ?? 0) >= 2 || / {3,}/.test(l.texte));
  if (rows.length < 2) return null;
  const largeur = Math.max(...rows.map((r) => cellulesDe(r).length));
  const cell = (t: string) =>
    t
      // a list inside a cell: « ● », « • », « ▪ », or a dash after a colon (« … sans délai : – … », « … traitement. – … »)
      .replace(/([:.])\s+[–-]\s+(?=\p{L})/gu, "$1 ● ")
      .replace(/\n[–•●▪]\s+/g, "\n- ")
      .split(/\s*[●•▪]\s+/)
      .map((s, i) => (i === 0 ? s.trim() : `- ${s.trim()}`))
      .filter(Boolean)
      .join("\n");
  const toutes = rows.map((r) => {
    const c = cellulesDe(r).map((x) => cell(x.texte));
    while (c.length < largeur) c.push("");
    return c;
  });
  // its header repeated at the top of a new page is not a row
  const entete = JSON.stringify(toutes[0]);
  return { colonnes: toutes[0]!, lignes: toutes.slice(1).filter((l) => JSON.stringify(l) !== entete) };
}
