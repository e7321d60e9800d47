// The parts of a convention or an avenant of this genre (décret 2004-1085 and the ministries'
// templates), found by the words that open them — whatever the ministry, year or layout: a title,
// « Entre » and the parties separated by « Et », the visas (« Vu … »), a preamble, the formula
// (« Il a été convenu ce qui suit »), numbered articles, « Fait à … », signature blocks, annexes.
import { plier, type Ligne } from "./lignes";
import { DENOMME } from "./parties";

export type Plage = [number, number]; // first and last line, inclusive

export type ArticleRepere = { numero: string; titre: string; entete: number; corps: Plage | null };
export type AnnexeRepere = { numero: string; titre: string; entete: number; corps: Plage | null };

export type Structure = {
  titre: Plage | null;
  parties: Plage[];
  visas: number[];
  titrePreambule: number | null;
  preambule: Plage | null;
  formule: number | null;
  articles: ArticleRepere[];
  cloture: Plage | null;
  annexes: AnnexeRepere[];
};

const ENTRE = /^entre\b(?:\s+les\s+soussign[ée]s)?\s*[:,]?\s*$/i;
const ENTRE_EN_LIGNE = /^entre\s+(?=\S)/i;
const ET = /^(?:et|d'autre part,?\s*et)\s*[:,]?\s*$/i;
const VU = /^vu\b/i;
const PREAMBULE =
  /^(?:pr[ée]ambule|contexte|expos[ée] (?:des motifs|pr[ée]alable)|consid[ée]rant(?:s| ce qui suit)?|il est (?:tout d'abord )?expos[ée] ce qui suit|rappel du contexte)\s*:?\s*$/i;
const FORMULE =
  /^(?:il (?:a été|est) (?:convenu|arr[êe]t[ée]|d[ée]cid[ée]|conclu) (?:et arr[êe]t[ée] )?ce qui suit|les parties (?:sont convenues|conviennent|ont convenu)|ceci (?:ayant été )?expos[ée],? il (?:a été|est) convenu)/i;
const ARTICLE = /^(?:article|art\.)\s*(premier|1\s*er|\d+(?:[.-]\d+)?|[IVXL]+)(?:er)?(?![\p{L}\d])\s*[-–—:.)]?\s*(.*)$/iu;
const FAIT = /^(?:fait|sign[ée])\s+(?:à|a)\s|^fait le\b|^fait en\s+\S+\s+exemplaires?/i;
const ANNEXE = /^annexe(?:\s+n°)?\s*(\d+|[IVX]+|unique)?\s*(?:[-–—:.]\s*(.*))?$/iu;
const EN_TETE = /^(?:r[ée]publique fran[cç]aise|libert[ée].{0,3}[ée]galit[ée].{0,3}fraternit[ée]|nor\s*:|page \d+|\d+\s*\/\s*\d+)$/i;

const ROMAINS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
function romain(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAINS[s[i]!]!;
    const suivant = ROMAINS[s[i + 1]!] ?? 0;
    total += v < suivant ? -v : v;
  }
  return total;
}

/** « premier », « 1er », « 3 », « IV » → « 1 », « 1 », « 3 », « 4 »; « 2.1 » stays. */
export function numeroArticle(brut: string): string {
  const t = brut.replace(/\s+/g, "").toLowerCase();
  if (t === "premier" || t === "1er") return "1";
  if (/^[ivxl]+$/.test(t)) return String(romain(t.toUpperCase()));
  return t.replace("-", ".");
}

export function estEnTete(texte: string): boolean {
  return EN_TETE.test(texte.trim());
}

function enteteArticle(l: Ligne, attendu: number | null): { numero: string; titre: string } | null {
  const m = ARTICLE.exec(l.texte.trim());
  if (!m) return null;
  const numero = numeroArticle(m[1]!);
  const titre = m[2]!.trim().replace(/^[-–—:.]\s*/, "");
  // « Article 4 du décret … » opening a paragraph is text, not a heading: a heading's title is short,
  // and its number follows the previous one.
  if (/^(du|de la|des|de l'|d'|l'|le|la)\b/i.test(titre)) return null;
  if (titre.length > 160) return null;
  const n = Number(numero.split(".")[0]);
  if (attendu !== null && Number.isFinite(n) && n !== attendu && n !== attendu - 1 && !numero.includes(".")) return null;
  return { numero, titre };
}

/** « Entre A, représenté par …, d'une part, et B, représentée par …, d'autre part » on one line:
 *  cut into the lines the genre usually has (A / Et / B), each keeping the original's boxes. */
export function separerPartiesEnLigne(lignes: readonly Ligne[]): Ligne[] {
  return lignes.flatMap((l) => {
    const m = /^(entre\s+.+?d['’]une part)\s*[,;]?\s+et\s+(.+)$/i.exec(l.texte.trim());
    if (!m || l.cellules) return [l];
    return [
      { ...l, texte: m[1]! },
      { ...l, texte: "Et" },
      { ...l, texte: m[2]! },
    ];
  });
}

/** The parts of a document, as ranges of its lines. */
export function decouper(lignes: readonly Ligne[]): Structure {
  const s: Structure = {
    titre: null,
    parties: [],
    visas: [],
    titrePreambule: null,
    preambule: null,
    formule: null,
    articles: [],
    cloture: null,
    annexes: [],
  };
  const textes = lignes.map((l) => l.texte.trim());
  const n = textes.length;

  // Articles first: they anchor everything else.
  const entetes: { i: number; numero: string; titre: string }[] = [];
  let attendu: number | null = null;
  for (let i = 0; i < n; i++) {
    const e = enteteArticle(lignes[i]!, attendu);
    if (!e) continue;
    if (e.numero.includes(".")) continue; // sub-articles stay in their article's body
    let titre = e.titre;
    // « Article 3 » alone, its title on the next line
    if (!titre && i + 1 < n && textes[i + 1]!.length < 120 && !ARTICLE.test(textes[i + 1]!) && !/[.;]$/.test(textes[i + 1]!)) {
      titre = textes[i + 1]!;
      entetes.push({ i, numero: e.numero, titre });
      i++;
      entetes[entetes.length - 1]!.i = i; // the body starts after the title line
      attendu = Number(e.numero) + 1;
      continue;
    }
    entetes.push({ i, numero: e.numero, titre });
    attendu = Number(e.numero) + 1;
  }
  const premierArticle = entetes.length ? entetes[0]!.i - (entetes[0]!.titre && !ARTICLE.exec(textes[entetes[0]!.i]!)?.[2] ? 1 : 0) : n;

  // The close: the first « Fait à » after the last article heading; annexes after it.
  const apresArticles = entetes.length ? entetes[entetes.length - 1]!.i + 1 : 0;
  let fait = -1;
  for (let i = apresArticles; i < n; i++)
    if (FAIT.test(textes[i]!)) {
      fait = i;
      break;
    }
  const annexes: { i: number; numero: string; titre: string }[] = [];
  for (let i = fait >= 0 ? fait + 1 : apresArticles; i < n; i++) {
    const m = ANNEXE.exec(textes[i]!);
    if (m && textes[i]!.length < 200)
      annexes.push({ i, numero: m[1] ? numeroArticle(m[1]) : String(annexes.length + 1), titre: (m[2] ?? "").trim() });
  }
  const finCorps = fait >= 0 ? fait : annexes.length ? annexes[0]!.i : n;

  entetes.forEach((e, k) => {
    const fin =
      k + 1 < entetes.length ? (ARTICLE.exec(textes[entetes[k + 1]!.i]!)?.[2] ? entetes[k + 1]!.i : entetes[k + 1]!.i - 1) : finCorps;
    s.articles.push({ numero: e.numero, titre: e.titre, entete: e.i, corps: e.i + 1 <= fin - 1 ? [e.i + 1, fin - 1] : null });
  });
  if (fait >= 0) s.cloture = [fait, (annexes.length ? annexes[0]!.i : n) - 1];
  annexes.forEach((a, k) => {
    const fin = k + 1 < annexes.length ? annexes[k + 1]!.i - 1 : n - 1;
    s.annexes.push({ numero: a.numero, titre: a.titre, entete: a.i, corps: a.i + 1 <= fin ? [a.i + 1, fin] : null });
  });

  // Before the articles: title, parties, visas, preamble, formula.
  let i = 0;
  while (i < premierArticle && (estEnTete(textes[i]!) || !textes[i])) i++;
  const debutTitre = i;
  let entre = -1;
  for (let k = i; k < premierArticle; k++)
    if (ENTRE.test(textes[k]!) || ENTRE_EN_LIGNE.test(textes[k]!)) {
      entre = k;
      break;
    }
  const premierVu = textes.findIndex((t, k) => k >= i && k < premierArticle && VU.test(t));
  const premierPreambule = textes.findIndex((t, k) => k >= i && k < premierArticle && (PREAMBULE.test(t) || FORMULE.test(t)));
  const finEntete = [entre, premierVu, premierPreambule].filter((k) => k >= 0);
  const finTitre = finEntete.length ? Math.min(...finEntete) - 1 : Math.min(premierArticle - 1, debutTitre + 2);
  if (finTitre >= debutTitre) s.titre = [debutTitre, finTitre];

  if (entre >= 0) {
    const finParties = [premierVu, premierPreambule, premierArticle].filter((k) => k > entre);
    const fin = Math.min(...finParties) - 1;
    const debut = ENTRE.test(textes[entre]!) ? entre + 1 : entre;
    let courant = debut;
    for (let k = debut; k <= fin; k++) {
      if (ET.test(textes[k]!)) {
        if (k - 1 >= courant) s.parties.push([courant, k - 1]);
        courant = k + 1;
      } else if (k < fin && nouvellePartie(textes[k]!, textes[k + 1]!)) {
        // the « et » between them lost (a scan's two letters, read as a speck): « Ci-après dénommé(e) … »
        // ends a party, and the next names another
        s.parties.push([courant, k]);
        courant = k + 1;
      }
    }
    if (fin >= courant) s.parties.push([courant, fin]);
  }

  for (let k = Math.max(i, entre); k < premierArticle; k++) {
    if (k < 0) continue;
    const t = textes[k]!;
    if (VU.test(t) && s.formule === null) s.visas.push(k);
    else if (PREAMBULE.test(t) && s.titrePreambule === null) s.titrePreambule = k;
    else if (FORMULE.test(t)) s.formule = k;
  }
  // The preamble: between its heading (or the last visa, or the parties) and the formula or Article 1.
  const apres = Math.max(
    s.titrePreambule ?? -1,
    s.visas.length ? s.visas[s.visas.length - 1]! : -1,
    s.parties.length ? s.parties[s.parties.length - 1]![1] : -1,
    s.titre?.[1] ?? -1,
  );
  const avant = s.formule ?? premierArticle;
  if (avant - 1 >= apres + 1 && (s.titrePreambule !== null || s.visas.length || s.parties.length)) {
    const debutP = apres + 1;
    // nothing but what sits between the visas belongs to them; a lone line is not a preamble when no heading announces it
    if (s.titrePreambule !== null || avant - 1 - debutP >= 0) s.preambule = [debutP, avant - 1];
  }
  return s;
}

/** A party's closing « Ci-après dénommé(e) « … » » line, followed by the name of another
 *  (« La Direction interministérielle du numérique (DINUM) »), not by the rest of the same party. */
function nouvellePartie(ligne: string, suivante: string): boolean {
  if (!/^ci-?apr[èe]s/i.test(ligne.trim()) || !DENOMME.test(ligne)) return false;
  const t = suivante.trim();
  return /^(?:L[ea]s?\s+|L['’])\p{Lu}/u.test(t) && !/^(?:L[ea]s?\s+|L['’])(?:Représenté|Adresse|Siège)/iu.test(t);
}

export const motifs = { ARTICLE, ANNEXE, FAIT, VU, ET, FORMULE, PREAMBULE };
export { plier };
