// From positioned words (a PDF's text layer, an OCR's word boxes) to the logical lines the rules
// read: words grouped into physical lines by their height on the page, cells where a wide gap
// separates them (tables), running heads and page numbers removed, and the lines of one paragraph
// joined again (a line that reaches the right margin continues on the next).
import { MOIS } from "../dates";
import { joindre, MENTION_DE_BLOC, nettoyerTexte, NUMERO_DE_PAGE, ouvreUnBloc, type Boite, type Ligne } from "./lignes";

export type Mot = {
  texte: string;
  x: number;
  y: number;
  largeur: number;
  hauteur: number;
  confiance?: number;
  gras?: boolean;
  italique?: boolean;
};

/** Bold or italic words inside a line become the app's markup (a line all in bold is a heading:
 *  left plain); neighbouring marks merge (« **a** **b** » → « **a b** »). */
function balises(tries: readonly Mot[]): Mot[] {
  const tousGras = tries.every((m) => m.gras);
  const tousItaliques = tries.every((m) => m.italique);
  return tries.map((m) => {
    let texte = m.texte;
    if (m.italique && !tousItaliques && texte.trim()) texte = `*${texte.trim()}*`;
    if (m.gras && !tousGras && texte.trim()) texte = `**${texte.trim()}**`;
    return { ...m, texte };
  });
}
const SIGNES = /^[\p{P}\p{S}]+$/u;
const EURO = /^€[.,;)]*$/;
const lettres = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, "").length;

/**
 * The words of one line as an OCR read it, without what a scan's specks and a table's rules make
 * it read: a bar (a cell's border), a lone sign read with little confidence or far from the other
 * words, an opening quote stuck to the line's first word with no closing one; a line left with no
 * more than two letters, read with little confidence, is a speck altogether.
 */
export function motsLisibles(ligne: readonly Mot[], hauteurTexte?: number): Mot[] {
  const hauteur = [...ligne.map((m) => m.hauteur)].sort((a, b) => a - b)[Math.floor(ligne.length / 2)] ?? 0;
  const sansBarres = ligne
    .filter((m) => !hauteurTexte || !filetLu(m, hauteurTexte))
    // a cell's border read as a bar or a bracket with no partner
    .map((m) => ({ ...m, texte: m.texte.replace(/^[|¦]+|[|¦]+$/g, "").replace(/^\[(?!.*\])|(?<!\[.*)\]$/, "") }))
    .filter((m) => m.texte.trim() && !/^[|¦!]+$/.test(m.texte));
  const gardes = sansBarres.filter((m, k) => {
    if (!SIGNES.test(m.texte) || EURO.test(m.texte)) return true;
    const voisins = sansBarres.filter((_, j) => j !== k && !SIGNES.test(sansBarres[j]!.texte));
    const ecart = Math.min(...voisins.map((v) => Math.max(v.x - (m.x + m.largeur), m.x - (v.x + v.largeur))), Infinity);
    return ((m.confiance ?? 1) >= 0.7 && ecart <= 2 * hauteur) || tiretEntreDeuxMots(m, voisins, hauteur);
  });
  if (!gardes.length) return [];
  const confiance = gardes.reduce((t, m) => t + (m.confiance ?? 1), 0) / gardes.length;
  if (gardes.reduce((t, m) => t + lettres(m.texte), 0) <= 2 && confiance < 0.85) return [];
  // an opening quote stuck to a word with no closing one after it in the line: a speck (« à “l'hébergement »)
  for (let k = 0; k < gardes.length; k++) {
    const reste = gardes
      .slice(k)
      .map((m) => m.texte)
      .join(" ");
    if (/^[“"]/.test(gardes[k]!.texte) && !/[”"]/.test(reste.slice(1)))
      gardes[k] = { ...gardes[k]!, texte: gardes[k]!.texte.replace(/^[“"]+/, "") };
    else if (k === 0 && /^‘/.test(gardes[0]!.texte) && !/[’]/.test(reste.slice(1)))
      gardes[0] = { ...gardes[0]!, texte: gardes[0]!.texte.slice(1) };
  }
  // a currency sign read apart from its figure stays with it (« 390000 » « € » → « 390000 € »): the
  // gap between them must not part a table's cells
  const joints: Mot[] = [];
  for (const m of gardes.filter((x) => x.texte.trim())) {
    const avant = joints[joints.length - 1];
    if (avant && EURO.test(m.texte) && /\d$/.test(avant.texte))
      joints[joints.length - 1] = { ...avant, texte: `${avant.texte}\u00a0${m.texte}`, largeur: m.x + m.largeur - avant.x };
    else joints.push(m);
  }
  // an amount the OCR cut at its thousands (« (640 » « 000 € ») is one amount again, its groups
  // parted by the thin space the app prints — only words a space apart, never a table's cells
  for (let k = joints.length - 1; k > 0; k--) {
    const [avant, m] = [joints[k - 1]!, joints[k]!];
    if (/^\d{3}(?:\u202f\d{3})*\u00a0€/.test(m.texte) && /^\(?\d{1,3}$/.test(avant.texte) && m.x - (avant.x + avant.largeur) <= hauteur)
      joints.splice(k - 1, 2, { ...avant, texte: `${avant.texte}\u202f${m.texte}`, largeur: m.x + m.largeur - avant.x });
  }
  return joints.map((m, k) => ({ ...m, texte: typographie(motCorrige(m.texte, k === 0, joints[k + 1]?.texte), joints[k + 1]?.texte) }));
}

/**
 * French typography an OCR cannot see: the space before « ; : ! ? » (« convention; » →
 * « convention ; », a plain space as these documents type it) and the thin one between the
 * thousands of an amount in euros (« 840000 € » → « 840 000 € »).
 */
function typographie(mot: string, suivant: string | undefined): string {
  let t = mot.replace(/([\p{L}\d»)])([;:!?]+)$/u, "$1 $2");
  if (/€/.test(t) || /^€/.test(suivant ?? ""))
    t = t.replace(/(^|\()(\d{4,})(?=\D|$)/, (_, avant: string, chiffres: string) => avant + chiffres.replace(/\B(?=(\d{3})+$)/g, "\u202f"));
  // the no-break spaces French typography puts, as the app prints them: before « € », between a day and its month
  t = t.replace(/(\d)\s?€/u, "$1\u00a0€");
  if (/(?:^|\s)(?:1er|[0-3]?\d)$/.test(t) && MOIS.includes((suivant ?? "").toLowerCase().replace(/[,.;:]$/, ""))) t += "\u00a0";
  return t;
}

/**
 * A box as the OCR gives it on a page it straightened first (tesseract turns a slanted scan by
 * `angle` radians about its centre before reading it) put back on the page as it is shown: its
 * corners turned back, then the box around them (any unit, the page's size in the same). Measured on a page turned by 1° and by −2°: the
 * word's centre within 3 pixels of where it is printed, against 15 to 25 pixels without.
 */
export function boiteSurLaPage(
  b: { x0: number; y0: number; x1: number; y1: number },
  angle: number,
  largeur: number,
  hauteur: number,
): { x0: number; y0: number; x1: number; y1: number } {
  if (!angle || !largeur || !hauteur) return b;
  const [cx, cy, cos, sin] = [largeur / 2, hauteur / 2, Math.cos(-angle), Math.sin(-angle)];
  const coins = [
    [b.x0, b.y0],
    [b.x1, b.y0],
    [b.x0, b.y1],
    [b.x1, b.y1],
  ].map(([x, y]) => [cos * (x! - cx) - sin * (y! - cy) + cx, sin * (x! - cx) + cos * (y! - cy) + cy] as const);
  const xs = coins.map((c) => c[0]);
  const ys = coins.map((c) => c[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** The usual height of the page's words as an OCR boxed them: the median of those read with
 *  confidence and at least three letters long (what `motsLisibles` compares shapes to). */
export function hauteurDesMots(mots: readonly Mot[]): number | undefined {
  const sures = mots
    .filter((m) => (m.confiance ?? 1) >= 0.8 && lettres(m.texte) >= 3)
    .map((m) => m.hauteur)
    .sort((a, b) => a - b);
  return sures.length >= 5 ? sures[Math.floor(sures.length / 2)] : undefined;
}

const ETROITS = /^[\p{P}Il1ijtf|¦!]+$/u;
/**
 * A « word » that is a table's rule, a cell's shading or a page's edge read as letters (« CESSER »,
 * « ss », « Ï »): read with little confidence and shaped as no letters are — flat (a horizontal rule),
 * a sliver (a vertical one), or stretched far wider than its letters could be —, or read with
 * almost none. Signs alone (a dash is flat too) are left to the rules on signs.
 */
function filetLu(m: Mot, h: number): boolean {
  const confiance = m.confiance ?? 1;
  // a lone bar-like letter as thin as a rule (« Ï », « I », « l »): French has no such word
  if (/^[IÏÎÌÍlı|]$/.test(m.texte) && m.largeur < 0.25 * h && confiance < 0.9) return true;
  if (SIGNES.test(m.texte) || confiance >= 0.6) return false;
  if (confiance < 0.1) return true;
  const n = Math.max(1, [...m.texte].length);
  if (m.hauteur < 0.45 * h || m.largeur > 2.5 * h * n || (m.largeur < 0.2 * h && !ETROITS.test(m.texte))) return true;
  // letters squeezed thinner than any, and hardly sure
  return confiance < 0.4 && m.largeur < 0.3 * h * n && !ETROITS.test(m.texte);
}

/** A dash between two words (« avenue de Ségur – TSA 30719 »), which an OCR reads with little
 *  confidence: kept by its shape — flat, about a letter or two wide — and its place, close to a word
 *  on each side; a speck is rarely so shaped and so placed. */
function tiretEntreDeuxMots(m: Mot, voisins: readonly Mot[], hauteur: number): boolean {
  if (!/^[-–—]$/.test(m.texte) || m.hauteur > 0.35 * hauteur || m.largeur < 0.3 * hauteur || m.largeur > 1.5 * hauteur) return false;
  const proche = 0.8 * hauteur;
  const avant = voisins.some((v) => v.x + v.largeur <= m.x && m.x - (v.x + v.largeur) <= proche);
  const apres = voisins.some((v) => v.x >= m.x + m.largeur && v.x - (m.x + m.largeur) <= proche);
  return avant && apres;
}

/** Words of the genre's French an OCR misreads the same way: « ta » for « la » (legal French never
 *  says « ta »), « ét » for « et », « lès » for « les », « l »/« 1! » for « Il » opening a line. */
const CORRECTIONS: Record<string, string> = { ta: "la", ét: "et", lès: "les", ià: "là", cing: "cinq" };
function motCorrige(mot: string, premier: boolean, suivant?: string): string {
  if (premier && /^(?:l|ll|1!|1l|Il!|I!)$/.test(mot)) return "Il";
  // « II » opening a line before a word in lower case: no numeral (« Titre II ») stands so
  if (premier && mot === "II" && suivant && /^\p{Ll}{2,}/u.test(suivant)) return "Il";
  // « I » alone before a verb: French has no such word
  if (premier && (mot === "I" || mot === "1") && suivant && /^\p{Ll}{2,}/u.test(suivant)) return "Il";
  // a dash standing alone between words is an en dash (« avenue de Ségur – TSA … »), not a hyphen
  if (!premier && /^[-—]$/.test(mot)) return "–";
  // an apostrophe read where a space was: « Pour'le », « maximum'de » — French elides only a word of
  // one letter (l', d', s'…) or one ending in « qu » (jusqu', lorsqu'), « aujourd'hui » and « prud'homme » aside
  const apostrophe = /^(\p{L}{3,})['’‘](\p{L}{2,}[,.;:]?)$/u.exec(mot);
  if (apostrophe && !/qu$/i.test(apostrophe[1]!) && !/^(?:aujourd|prud)$/i.test(apostrophe[1]!)) return `${apostrophe[1]} ${apostrophe[2]}`;
  // a speck read as a full stop inside a sentence (« fournir. en temps utile »): a word of four letters
  // or more, no abbreviation, before one in lower case
  if (!premier && suivant && /^\p{L}{4,}\.$/u.test(mot) && /^(?:\p{Ll}{2,}|à$)/u.test(suivant)) return mot.slice(0, -1);
  // a colon glued between a word and a figure (« du:7 novembre »): a speck — French puts a space after it
  if (/^\p{L}{2,}:\d/u.test(mot)) return mot.replace(":", " ");
  // « ä » is no French letter: the OCR's « à »; nor is « ü » beside another accent but after a « g »
  // (« ambigüité »): a speck over a « u » (« büdgétaire »)
  let t = mot.replace(/ä/g, "à");
  if (/[éèêàâîôûç]/.test(t)) t = t.replace(/(?<!g)ü/g, "u");
  // « à » glued to a word: French ends no word with it but « déjà », « voilà », « (au-)delà », « holà »,
  // « là », and starts none with it (« momentà » → « moment à », « àla » → « à la »)
  const colle = /^([\p{L}'’-]{2,})à([,.;:]?)$/u.exec(t);
  if (colle && !/(?:^|-)(?:déj|voil|del|hol|l)$/i.test(colle[1]!)) return `${colle[1]} à${colle[2]}`;
  if (/^à\p{L}{2,}/u.test(t) && !t.includes("-")) return `à ${t.slice(1)}`;
  return CORRECTIONS[t] ?? t;
}

// « *a* *b* » → « *a b* »; never « *a* * » (an asterisk standing alone after an italic run stays)
const fusionnerBalises = (t: string) => t.replace(/\*\*(\s*)\*\*/g, "$1").replace(/(?<!\*)\*(\s+)\*(?=[^\s*][^*]*(?<=\S)\*)/g, "$1");
/** `redressement`: the angle (radians) an OCR turned a slanted scan by before reading it; the words'
 *  positions are on the straightened page (its lines level), the highlights go back on the page as shown. */
export type PagePositionnee = { numero: number; largeur: number; hauteur: number; mots: Mot[]; redressement?: number };

/** A line's rectangle on the page as shown (see `boiteSurLaPage`). */
function boiteAffichee(page: PagePositionnee, b: Boite): Boite {
  if (!page.redressement) return b;
  const r = boiteSurLaPage({ x0: b.x, y0: b.y, x1: b.x + b.largeur, y1: b.y + b.hauteur }, page.redressement, page.largeur, page.hauteur);
  return { page: b.page, x: r.x0, y: r.y0, largeur: r.x1 - r.x0, hauteur: r.y1 - r.y0 };
}

type Morceau = { texte: string; x: number; fin: number };
type LignePhysique = {
  page: number;
  y: number;
  hauteur: number;
  x: number;
  fin: number;
  cellules: Morceau[];
  mots: Morceau[];
  confiance?: number;
};

/** Words joined while the gap between them is below `seuil` points. */
function grouper(tries: readonly Mot[], seuil: number, hauteur: number): Morceau[] {
  const groupes: Morceau[] = [];
  let courant: Morceau | null = null;
  for (const m of tries) {
    const ecart = courant ? m.x - courant.fin : Infinity;
    if (!courant || ecart > seuil) {
      courant = { texte: m.texte, x: m.x, fin: m.x + m.largeur };
      groupes.push(courant);
    } else {
      // Two words an OCR read apart are two words, however close (« délégant » « les », not
      // « délégantles »); a PDF's text items may be pieces of one word: apart only past a gap.
      const espace = (m.confiance !== undefined || ecart > hauteur * 0.12) && !/\s$/.test(courant.texte) && !/^\s/.test(m.texte);
      courant.texte += (espace ? " " : "") + m.texte;
      courant.fin = m.x + m.largeur;
    }
  }
  return groupes.map((c) => ({ ...c, texte: fusionnerBalises(nettoyerTexte(c.texte)) })).filter((c) => c.texte);
}

function lignesPhysiques(page: PagePositionnee): LignePhysique[] {
  const mots = page.mots.filter((m) => m.texte.trim() || m.largeur > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groupes: Mot[][] = [];
  for (const m of mots) {
    const g = groupes.find((x) => {
      const ref = x[0]!;
      return Math.abs(ref.y + ref.hauteur / 2 - (m.y + m.hauteur / 2)) < Math.max(2, Math.min(ref.hauteur, m.hauteur) * 0.5);
    });
    if (g) g.push(m);
    else groupes.push([m]);
  }
  return groupes
    .map((g) => {
      const tries = balises(g.filter((m) => m.texte.trim()).sort((a, b) => a.x - b.x));
      if (!tries.length) return null;
      const hauteur = Math.max(...tries.map((m) => m.hauteur));
      // a gap of two character widths or more is a column; a wider gap than a space, a group
      const cellules = grouper(tries, Math.max(hauteur * 1.2, 9), hauteur);
      const mots = grouper(tries, hauteur * 0.4, hauteur);
      const confiances = tries.map((m) => m.confiance).filter((c): c is number => c !== undefined);
      return {
        page: page.numero,
        y: Math.min(...tries.map((m) => m.y)),
        hauteur,
        x: tries[0]!.x,
        fin: Math.max(...tries.map((m) => m.x + m.largeur)),
        cellules,
        mots,
        // a line is as sure as its words on average (one doubtful word does not sink the line)
        ...(confiances.length ? { confiance: confiances.reduce((t, c) => t + c, 0) / confiances.length } : {}),
      };
    })
    .filter((l): l is LignePhysique => Boolean(l && l.cellules.length))
    .sort((a, b) => a.y - b.y);
}

/**
 * Tables whose cells wrap over several lines: a run of lines with two cells or more (and lines
 * holding text only in a later column) is cut into rows where the vertical gap is wider than the
 * line spacing (a row's padding and border), and each row's words are put back in their column —
 * the column whose left edge is nearest on the left.
 */
function regrouperTableaux(lignes: LignePhysique[], interligne: number): LignePhysique[] {
  const sortie: LignePhysique[] = [];
  let i = 0;
  while (i < lignes.length) {
    if (lignes[i]!.cellules.length < 2) {
      sortie.push(lignes[i++]!);
      continue;
    }
    const run = [lignes[i]!];
    const debuts = () => grouperX(run.flatMap((l) => l.cellules.map((c) => c.x)));
    let j = i + 1;
    for (; j < lignes.length; j++) {
      const l = lignes[j]!;
      const prec = run[run.length - 1]!;
      if (l.y - (prec.y + prec.hauteur) > prec.hauteur * 2.5) break;
      const cols = debuts();
      const dansUneColonne = l.cellules.length === 1 && cols.length > 1 && cols.slice(1).some((x) => Math.abs(x - l.x) < 4);
      // a row whose columns are close: its words fall on the run's column edges
      const alignes = l.mots.filter((m) => cols.some((x) => Math.abs(x - m.x) < 4)).length;
      if (l.cellules.length < 2 && !dansUneColonne && !(l.mots.length >= 2 && alignes >= 2)) break;
      run.push(l);
    }
    if (run.length < 2) {
      sortie.push(lignes[i++]!);
      continue;
    }
    // the columns: where cells start, and where words start on half the lines or more (close columns)
    const recurrents = grouperX(run.flatMap((l) => l.mots.map((m) => m.x))).filter(
      (x) => run.filter((l) => l.mots.some((m) => Math.abs(m.x - x) < 4)).length >= Math.max(2, Math.ceil(run.length / 2)),
    );
    const cols = grouperX([...debuts(), ...recurrents]);
    const ecarts = run.slice(1).map((l, k) => l.y - run[k]!.y);
    const pas = Math.min(...ecarts);
    let rangee: LignePhysique[] = [];
    const rangees: LignePhysique[] = [];
    const fermer = () => {
      if (!rangee.length) return;
      const textes = cols.map(() => "");
      for (const l of rangee)
        for (const m of l.mots) {
          const k = cols.reduce((meilleur, x, c) => (x <= m.x + 4 ? c : meilleur), 0);
          textes[k] = textes[k] ? joindre(textes[k]!, m.texte) : m.texte;
        }
      const cellules = cols.map((x, k) => ({ texte: textes[k]!, x, fin: x }));
      const premiere = rangee[0]!;
      const derniere = rangee[rangee.length - 1]!;
      rangees.push({
        ...premiere,
        hauteur: derniere.y + derniere.hauteur - premiere.y,
        fin: Math.max(...rangee.map((l) => l.fin)),
        cellules,
        mots: cellules,
      });
      rangee = [];
    };
    // every row on one line (all gaps alike): nothing to join
    // signature blocks side by side (« Pour la DNE » … « Pour la DINUM » on the run's first line):
    // each line is one of the blocks' lines (title, name, date), never a wrapped cell's
    const blocsDeSignature = run[0]!.cellules.filter((c) => MENTION_DE_BLOC.test(c.texte.trim())).length >= 2;
    const uneLigneParRangee = blocsDeSignature || Math.max(...ecarts) <= pas * 1.3 + 1;
    // a cell's lines are no further apart than the page's text lines: wider is the next row (a
    // row's padding and border), even when the gaps between rows differ a little (a scan's)
    const suivante = (ecart: number) => ecart > pas * 1.3 + 1 || ecart > interligne * 1.25;
    run.forEach((l, k) => {
      if (k > 0 && (uneLigneParRangee || suivante(l.y - run[k - 1]!.y))) fermer();
      rangee.push(l);
    });
    fermer();
    sortie.push(...sansColonnesFantomes(rangees));
    i = j;
  }
  return sortie;
}

/** A « column » that only a few rows fill (a bullet and its indented text inside a cell) belongs
 *  to the column on its left. */
function sansColonnesFantomes(rangees: LignePhysique[]): LignePhysique[] {
  if (rangees.length < 4) return rangees;
  const n = rangees[0]!.cellules.length;
  const garder = Array.from(
    { length: n },
    (_, k) => k === 0 || rangees.filter((r) => r.cellules[k]?.texte).length >= rangees.length * 0.25,
  );
  return rangees.map((r) => {
    const cellules: Morceau[] = [];
    r.cellules.forEach((c, k) => {
      if (garder[k] || !cellules.length) cellules.push({ ...c });
      else if (c.texte) {
        const gauche = cellules[cellules.length - 1]!;
        gauche.texte = gauche.texte ? `${gauche.texte} ${c.texte}` : c.texte;
      }
    });
    return { ...r, cellules, mots: cellules };
  });
}

/** The page's spacing from one line of a paragraph to the next: the first quartile of the gaps
 *  between lines close enough to be one paragraph's (gaps between paragraphs are wider, and a page
 *  of short paragraphs has many); infinite when the page has too few lines to tell. */
function interligne(lignes: readonly LignePhysique[]): number {
  const ecarts = lignes
    .slice(1)
    .map((l, k) => ({ ecart: l.y - lignes[k]!.y, hauteur: lignes[k]!.hauteur }))
    .filter(({ ecart, hauteur }) => ecart > 0 && ecart < hauteur * 2.5)
    .map(({ ecart }) => ecart)
    .sort((a, b) => a - b);
  return ecarts.length >= 5 ? ecarts[Math.floor(ecarts.length / 4)]! : Infinity;
}

/** Left edges within 6 points of each other are one column's. */
function grouperX(xs: number[]): number[] {
  const tries = [...xs].sort((a, b) => a - b);
  const groupes: number[] = [];
  for (const x of tries) if (!groupes.length || x - groupes[groupes.length - 1]! > 6) groupes.push(x);
  return groupes;
}

const FIN_PARAGRAPHE = /[.;:!?»]$/;

/** Logical lines of a positioned document: paragraphs joined, tables as rows of cells. */
export function lignesDesPages(pagesLues: readonly PagePositionnee[]): Ligne[] {
  const pages = corrigerParLeVocabulaire(pagesLues);
  const parPage = pages.map((p) => {
    const physiques = lignesPhysiques(p);
    return { page: p, lignes: regrouperTableaux(physiques, interligne(physiques)) };
  });
  // Running heads and feet: the same text at the same height on most pages, and page numbers.
  const repetees = new Map<string, number>();
  for (const { lignes } of parPage)
    for (const l of new Set(lignes.map((x) => `${Math.round(x.y / 6)}|${x.cellules.map((c) => c.texte).join(" ")}`)))
      repetees.set(l, (repetees.get(l) ?? 0) + 1);
  // (and at a page's very top or bottom, the same text but for its figures and signs — « page 2/3
  // AR-2026-0010 », a scan reading « page.3/3 » on the next —: a running foot with its page number)
  const bord = (l: LignePhysique, page: PagePositionnee, texte: string) =>
    l.y < page.hauteur * 0.08 || l.y > page.hauteur * 0.9
      ? `${l.y < page.hauteur * 0.08 ? "haut" : "bas"}|${texte
          .toLowerCase()
          .replace(/\d+/g, "#")
          .replace(/[^\p{L}#]+/gu, "")}`
      : null;
  for (const { page, lignes } of parPage)
    for (const l of new Set(lignes.map((x) => bord(x, page, x.cellules.map((c) => c.texte).join(" "))).filter((b) => b !== null)))
      repetees.set(l, (repetees.get(l) ?? 0) + 1);
  const seuil = Math.max(3, Math.ceil(pages.length * 0.6));
  const sortie: Ligne[] = [];
  let precedente: { l: LignePhysique; largeurUtile: number; margeDroite: number } | null = null;
  for (const { page, lignes } of parPage) {
    const margeDroite = Math.max(...lignes.map((l) => l.fin), page.largeur * 0.6);
    const margeGauche = Math.min(...lignes.map((l) => l.x));
    for (const l of lignes) {
      const texte = l.cellules.map((c) => c.texte).join(" ");
      if (NUMERO_DE_PAGE.test(texte.trim()) && (l.y < page.hauteur * 0.1 || l.y > page.hauteur * 0.88)) continue;
      const fois = repetees.get(`${Math.round(l.y / 6)}|${texte}`) ?? 0;
      if (pages.length >= 3 && fois >= seuil) continue;
      // two pages: what both print at the very top or bottom (a reference, a ministry's name)
      if (pages.length === 2 && fois === 2 && (l.y < page.hauteur * 0.07 || l.y > page.hauteur * 0.93)) continue;
      const auBord = bord(l, page, texte);
      if (auBord && /#/.test(auBord) && (repetees.get(auBord) ?? 0) >= Math.min(seuil, pages.length)) continue;
      const boite = boiteAffichee(page, { page: page.numero, x: l.x, y: l.y, largeur: l.fin - l.x, hauteur: l.hauteur });
      const derniere = sortie[sortie.length - 1];
      const tableau = l.cellules.length > 1;
      if (derniere && precedente && !tableau && !derniere.cellules && continuite(precedente, l, texte, derniere.texte)) {
        derniere.texte = fusionnerBalises(joindre(derniere.texte, texte));
        derniere.boites.push(boite);
        delete derniere.mots;
        if (l.confiance !== undefined) derniere.confiance = Math.min(derniere.confiance ?? 1, l.confiance);
      } else {
        sortie.push({
          texte: tableau ? l.cellules.map((c) => c.texte).join("\t") : texte,
          boites: [boite],
          ...(tableau ? { cellules: l.cellules.map((c) => ({ texte: c.texte, x: c.x })) } : {}),
          ...(l.mots.length > l.cellules.length ? { mots: l.mots.map((c) => ({ texte: c.texte, x: c.x })) } : {}),
          ...(l.confiance !== undefined ? { confiance: l.confiance } : {}),
        });
      }
      precedente = { l, largeurUtile: margeDroite - margeGauche, margeDroite };
    }
  }
  return sortie;
}

/** Whether a physical line continues the paragraph of the previous one. */
function continuite(
  prec: { l: LignePhysique; margeDroite: number; largeurUtile: number },
  l: LignePhysique,
  texte: string,
  avant: string,
): boolean {
  if (ouvreUnBloc(texte) || prec.l.cellules.length > 1) return false;
  const memePage = prec.l.page === l.page;
  const ecart = memePage ? l.y - (prec.l.y + prec.l.hauteur) : 0;
  if (/[\p{L}]-$/u.test(avant) && /^\p{Ll}/u.test(texte) && ecart < prec.l.hauteur * 3) return true;
  if (memePage && (ecart > prec.l.hauteur * 0.9 || ecart < -prec.l.hauteur)) return false;
  // the previous line stopped well before the right margin: its paragraph ended (or it is a heading)
  const pleine = prec.margeDroite - prec.l.fin < prec.largeurUtile * 0.18;
  if (!pleine) return false;
  return !FIN_PARAGRAPHE.test(avant) || /^\p{Ll}/u.test(texte);
}

const cle = (mot: string) => mot.replace(/^[\p{P}]+|[\p{P}]+$/gu, "");
/** One substitution apart, same length (« détégataire » / « délégataire »), not only a capital. */
function uneLettreDiffere(a: string, b: string): boolean {
  if (a.length !== b.length || a.toLowerCase() === b.toLowerCase()) return false;
  let differences = 0;
  for (let i = 0; i < a.length && differences < 2; i++) if (a[i]!.toLowerCase() !== b[i]!.toLowerCase()) differences++;
  return differences === 1;
}

/**
 * An OCR's misread letter mended by the document itself: a document of this genre repeats its
 * words (« délégataire » thirty times); a word read only once, one letter away from a word of the
 * same length the document holds three times or more, and read with less confidence than those,
 * is that word (« détégataire », « büdgétaire »). Only words an OCR read (they carry a confidence);
 * a word's plural or feminine differs in length, so it is never taken for another.
 */
export function corrigerParLeVocabulaire(pages: readonly PagePositionnee[]): readonly PagePositionnee[] {
  const ocr = pages.flatMap((p) => p.mots).filter((m) => m.confiance !== undefined);
  if (!ocr.length) return pages;
  const frequences = new Map<string, number>();
  for (const m of pages.flatMap((p) => p.mots)) {
    const k = cle(m.texte);
    if (k.length >= 4) frequences.set(k, (frequences.get(k) ?? 0) + 1);
  }
  const frequents = [...frequences].filter(([, n]) => n >= 3).map(([k]) => k);
  const parLongueur = new Map<number, string[]>();
  for (const k of frequents) parLongueur.set(k.length, [...(parLongueur.get(k.length) ?? []), k]);
  const remplacement = new Map<string, string | null>();
  return pages.map((p) => ({
    ...p,
    mots: p.mots.map((m) => {
      const k = cle(m.texte);
      if (m.confiance === undefined || m.confiance >= 0.95 || k.length < 5 || frequences.get(k) !== 1 || !/^[\p{L}'’-]+$/u.test(k))
        return m;
      if (!remplacement.has(k)) {
        const proches = (parLongueur.get(k.length) ?? []).filter((f) => uneLettreDiffere(f, k) && /^[\p{L}'’-]+$/u.test(f));
        remplacement.set(k, proches.length === 1 ? proches[0]! : null);
      }
      const juste = remplacement.get(k);
      return juste ? { ...m, texte: m.texte.replace(k, juste) } : m;
    }),
  }));
}
