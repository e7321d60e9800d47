// The close of the genre: « Fait à PLACE, le DATE [en N exemplaires] », then one block per party —
// « Pour la DINUM, la directrice » / « La Secrétaire générale du MENJ » — with the signatory's name
// and title, sometimes a date of its own. Descriptions of a handwritten signature or a stamp are not text.
import { MENTION_DE_BLOC, plier, type Ligne } from "./lignes";
import type { PartieLue, SignatureLue } from "./resultat";
import { datesLues } from "./valeurs";

const FAIT = /^(?:fait|sign[ée])\s+(?:en\s+\S+\s+(?:exemplaires?|originaux)(?:\s+originaux)?,?\s+)?(?:à|a)\s+([^,]+?)\s*(?:,|\ble\b|$)/i;
const IMAGE =
  /handwritten|signature (?:manuscrite|illisible|num[ée]rique)|^\[?(?:signature|cachet|tampon|sceau)\]?$|^sign[ée]\s*:?$|^lu et approuv[ée]|^\(?signature\)?$|stamp|seal/i;
const MENTION = /^(?:pour\s|le\s|la\s|les\s|l['’]|p\/|p\.o\.|par (?:d[ée]l[ée]gation|empêchement))/i;
const NOM = /^(?:(?:M\.|Mme|Monsieur|Madame)\s+)?\p{Lu}[\p{L}'-]+(?:\s+(?:de |du |le |la |d')?\p{Lu}[\p{L}'-]+){1,3}$/u;

export type Cloture = { lieu: string | null; date: string | null; signatures: SignatureLue[]; lignesSignatures: number[] };

const jetons = (t: string) => new Set(t.split(/[^\p{L}\d]+/u).filter((m) => m.length >= 2 && m === m.toUpperCase() && /\p{Lu}/u.test(m)));

/** The party a block signs for: the one sharing the most sigles and words with its mention. */
function partieDuBloc(mention: string, parties: readonly PartieLue[], dejaPrises: Set<number>): number | null {
  const sigles = jetons(mention);
  const plie = plier(mention);
  let meilleure: { i: number; score: number } | null = null;
  parties.forEach((p, i) => {
    const siens = jetons([p.libelle, p.organisation ?? "", p.sigleLu ?? "", ...p.denominations].join(" "));
    let score = [...sigles].filter((s) => siens.has(s)).length * 2;
    for (const d of p.denominations) if (d.length > 3 && plie.includes(plier(d).replace(/^(le|la|l') ?/, ""))) score += 2;
    if (
      p.qualite &&
      plier(p.qualite).split(" ").slice(0, 2).join(" ").length > 6 &&
      plie.includes(plier(p.qualite).split(" ").slice(0, 2).join(" "))
    )
      score += 1;
    if (score > 0 && !dejaPrises.has(i) && (!meilleure || score > meilleure.score)) meilleure = { i, score };
  });
  return meilleure ? (meilleure as { i: number }).i : null;
}

/** The lines of the signature area as columns: one when the blocks follow each other, several when
 *  two lines or more hold cells side by side. With positions, the columns start where the blocks'
 *  mentions start (« Pour la DNE » | « Pour la DINUM » on one line) — a scan's wide spaces inside a
 *  block cut it into more cells than it has columns — and a cell goes to the column starting
 *  nearest on its left, its line's cells there joined; without a line of mentions, every cell's
 *  left edge is a column's; without positions, a cell goes by its rank. */
function colonnesDeSignature(lignes: readonly Ligne[], debut: number, fin: number): { i: number; texte: string }[][] {
  const zone = lignes.slice(debut, fin + 1).map((l, k) => ({ i: debut + k, l }));
  const pleines = (l: Ligne) => (l.cellules ?? []).filter((c) => c.texte.trim());
  const enColonnes = zone.filter(({ l }) => pleines(l).length >= 2).length >= 2;
  if (!enColonnes) return [zone.map(({ i, l }) => ({ i, texte: l.texte }))];
  const positions = zone.every(({ l }) => !l.cellules || l.cellules.every((c) => c.x !== undefined));
  const mentions = zone.map(({ l }) => pleines(l).filter((c) => MENTION_DE_BLOC.test(c.texte.trim()))).find((cs) => cs.length >= 2);
  const bords = !positions
    ? []
    : mentions
      ? mentions.map((c) => c.x!)
      : [...new Set(zone.flatMap(({ l }) => pleines(l).map((c) => c.x!)))].sort((a, b) => a - b);
  const colonnes: { i: number; texte: string }[][] = [];
  for (const { i, l } of zone) {
    const cs = l.cellules ?? [{ texte: l.texte, x: l.boites[0]?.x }];
    const ici = new Map<number, string>();
    cs.forEach((c, rang) => {
      if (!c.texte.trim()) return;
      const k =
        positions && c.x !== undefined
          ? Math.max(
              0,
              bords.findLastIndex((x) => x <= c.x! + 8),
            )
          : rang;
      ici.set(k, ici.has(k) ? `${ici.get(k)} ${c.texte.trim()}` : c.texte);
    });
    for (const [k, texte] of [...ici].sort((a, b) => a[0] - b[0])) (colonnes[k] ??= []).push({ i, texte });
  }
  return colonnes.filter(Boolean);
}

export function lireCloture(lignes: readonly Ligne[], [debut, fin]: [number, number], parties: readonly PartieLue[]): Cloture {
  const premiere = lignes[debut]!.texte.replace(/\*\*/g, "").trim();
  const fait = FAIT.exec(premiere);
  const dateFait = datesLues(premiere).find((d) => d.jourConnu)?.date ?? null;
  const blocs: { mention: string; lignes: number[]; autres: string[] }[] = [];
  // Blocks side by side (« Pour le délégant » | « Pour le délégataire »): each column read on its own,
  // left to right.
  for (const colonne of colonnesDeSignature(lignes, debut + 1, fin))
    for (const { i, texte } of colonne) {
      const t = texte.replace(/\*\*/g, "").replace(/\t+/g, " ").trim();
      if (!t || IMAGE.test(t) || /^en \w+ exemplaires?/i.test(t)) continue;
      const courant = blocs[blocs.length - 1];
      // « Pour le délégant, » then « Le commissaire général … » then the name: one block. A new block
      // opens at « Pour … », or at « Le/La … » once the current block has its name (or has no « Pour »).
      const ouvre =
        MENTION.test(t) &&
        !/^le\s+\d/i.test(t) &&
        (/^(?:pour|p\/|p\.o\.|par )/i.test(t) || !courant || courant.autres.some((a) => NOM.test(a)) || !/^pour\b/i.test(courant.mention));
      if (ouvre) blocs.push({ mention: t.replace(/\s*,$/, ","), lignes: [i], autres: [] });
      else if (courant) {
        courant.autres.push(t);
        courant.lignes.push(i);
      } else blocs.push({ mention: t, lignes: [i], autres: [] });
    }
  const prises = new Set<number>();
  const signatures: SignatureLue[] = blocs.map((b, k) => {
    const nom = b.autres.find((a) => NOM.test(a) && !datesLues(a).length) ?? null;
    const date = b.autres.map((a) => datesLues(a).find((d) => d.jourConnu)?.date).find(Boolean) ?? dateFait;
    let partie = partieDuBloc(b.mention, parties, prises);
    if (partie === null)
      partie =
        parties.findIndex((_, i) => !prises.has(i)) >= 0 ? parties.findIndex((_, i) => !prises.has(i)) : Math.min(k, parties.length - 1);
    prises.add(partie);
    const p = parties[partie];
    const qualite =
      b.autres.filter((a) => a !== nom && !datesLues(a).length).join(" ") ||
      (p && nom && p.representantNom && plier(p.representantNom) === plier(nom) ? p.qualite : null);
    return {
      partie,
      mention: b.mention,
      signataireNom: nom ? nom.replace(/^(?:M\.|Mme|Monsieur|Madame)\s+/, "") : null,
      qualite: qualite || null,
      dateSignature: date,
      lieu: fait ? fait[1]!.trim() : null,
    };
  });
  return { lieu: fait ? fait[1]!.trim() : null, date: dateFait, signatures, lignesSignatures: blocs.map((b) => b.lignes[0]!) };
}
