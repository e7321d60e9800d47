// A party as the genre introduces it: its name (often with its sigle in parentheses), an address,
// « Représenté(e) par NAME, TITLE[, role word, d'une part] », « Ci-après dénommé(e) « … » (ou « … ») ».
// The organisation is the referential's most specific one the block names (a direction rather than
// its ministry: the one whose head signs), predecessors included (DINSIC, MENJS).
import { roleDuMot, roleLePlusProche } from "../controles/parties";
import { plier, type Ligne } from "./lignes";
import type { PartieLue, RolePartie, TypeConvention } from "./resultat";

/** An organisation of the referential, known by its sigle (its name when it has none); parent and
 *  successor by the same key. */
export type OrganisationConnue = { sigle: string; nom: string; parent?: string | null; successeur?: string | null };

/** The referential's rows as the import knows them: keyed by sigle, or by name when there is none. */
export function organisationsConnues(
  rows: readonly { id: string; sigle: string | null; nom: string; parentId: string | null; successeurId: string | null }[],
): OrganisationConnue[] {
  const cle = new Map(rows.map((o) => [o.id, o.sigle?.trim() || o.nom]));
  return rows.map((o) => ({
    sigle: cle.get(o.id)!,
    nom: o.nom,
    parent: o.parentId ? (cle.get(o.parentId) ?? null) : null,
    successeur: o.successeurId ? (cle.get(o.successeurId) ?? null) : null,
  }));
}

const REPRESENTE = /^(?:(.*?),?\s+)?repr[ée]sent[ée]e?s?\s+(?:par\s+)?(.*)$/i;
export const DENOMME = /ci-?apr[èe]s\s+(?:d[ée]nomm[ée]e?s?|d[ée]sign[ée]e?s?|appel[ée]e?s?)\s*,?\s*(.*)$/i;
const ADRESSE = /^(?:adresse|si[èe]ge)\s*:?\s*(.*)$/i;
const CODE_POSTAL = /\b\d{2}\s?\d{3}\b.*\b(?:cedex|[A-ZÉ][A-Za-zÉéèêë' -]+)\b|\bBP\s*\d+|\bTSA\s*\d+/;
const CIVILITE = /^(?:M\.|Mme|Mlle|Monsieur|Madame|Me)\s+/;

function guillemets(texte: string): string[] {
  const trouves = [...texte.matchAll(/[«"“]\s*([^»"”]+?)\s*[»"”]/g)].map((m) => m[1]!.trim());
  return trouves.length ? trouves : texte.trim() ? [texte.replace(/[,;.]+$/, "").trim()] : [];
}

const finNettoyee = (t: string) => t.replace(/[\s,;.]+$/, "").trim();
// A footnote call glued to the end: « … (DNE)30 », « … numérique2 ».
const sansAppelDeNote = (t: string) => t.replace(/(\))\d{1,3}$/, "$1").replace(/([a-zé])[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, "$1");

/** « NAME, TITLE, délégant, d'une part ; » → name, title (as written) and the role's words. */
export function lireRepresentant(texte: string): { nom: string | null; qualite: string | null; mention: string | null } {
  let reste = finNettoyee(texte);
  const virgule = reste.indexOf(",");
  const nom = sansAppelDeNote((virgule >= 0 ? reste.slice(0, virgule) : reste).replace(CIVILITE, "")).trim();
  reste = virgule >= 0 ? reste.slice(virgule + 1).trim() : "";
  const mention: string[] = [];
  const part = /(?:^|,\s*)(d'(?:une|autre) part)$/i.exec(reste);
  if (part) {
    mention.unshift(part[1]!);
    reste = reste.slice(0, part.index).trim();
  }
  const dernier = /(?:^|,\s*)([^,]{3,40})$/.exec(reste);
  if (dernier && dernier[1]!.trim().split(/\s+/).length <= 3 && roleDuMot(dernier[1]!.trim().split(/\s+/).pop()!) !== null) {
    mention.unshift(dernier[1]!.trim());
    reste = reste.slice(0, dernier.index).trim();
  }
  const qualite = reste ? sansAppelDeNote(reste) : null;
  return { nom: nom || null, qualite, mention: mention.length ? mention.join(", ") : null };
}

const echapper = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const profondeur = (o: OrganisationConnue, par: Map<string, OrganisationConnue>): number => {
  let d = 0;
  let p = o.parent ? par.get(o.parent) : undefined;
  while (p && d < 10) {
    d++;
    p = p.parent ? par.get(p.parent) : undefined;
  }
  return d;
};

/** The referential's organisations a text names, by sigle (a whole word, as written) or by name. */
export function organisationsNommees(texte: string, referentiel: readonly OrganisationConnue[]): OrganisationConnue[] {
  const plie = plier(texte);
  return referentiel.filter(
    (o) =>
      new RegExp(`(?<![\\p{L}\\d])${echapper(o.sigle)}(?![\\p{L}\\d])`, "u").test(texte) ||
      (o.nom.length > 12 && plie.includes(plier(o.nom).replace(/^(le|la|les|l') /, ""))),
  );
}

/** The most specific organisation among those named (a child over its parent); the name first when tied. */
export function organisationDeLaPartie(
  textes: { libelle: string; autres: string },
  referentiel: readonly OrganisationConnue[],
): OrganisationConnue | null {
  const par = new Map(referentiel.map((o) => [o.sigle, o]));
  // The sigle the name gives in parentheses says which one it is (« … du numérique et du système
  // d'information … (DINSIC) » also contains the DINUM's name).
  const entreParentheses = /\(([^)]{2,15})\)/.exec(textes.libelle)?.[1]?.trim();
  const nommees = organisationsNommees(textes.libelle, referentiel);
  const dansLibelle = nommees.some((o) => o.sigle === entreParentheses) ? nommees.filter((o) => o.sigle === entreParentheses) : nommees;
  const ailleurs = organisationsNommees(textes.autres, referentiel);
  const candidats = [...dansLibelle, ...ailleurs.filter((o) => !dansLibelle.includes(o))];
  if (!candidats.length) return null;
  // Only children of what the name says (or of its successor) may replace it: a sigle elsewhere in the
  // block that belongs to another ministry is a mention, not the party.
  const racines = new Set(dansLibelle.flatMap((o) => [o.sigle, o.successeur ?? ""]));
  const admissibles = dansLibelle.length
    ? candidats.filter((o) => dansLibelle.includes(o) || (o.parent && racines.has(o.parent)))
    : candidats;
  return [...admissibles].sort((a, b) => profondeur(b, par) - profondeur(a, par))[0] ?? null;
}

export type PartieBrute = Omit<PartieLue, "role"> & {
  role: RolePartie | null;
  lignes: { libelle: number; representant: number | null; denominations: number | null; adresse: number | null };
};

/** One party block (its lines between « Entre » / « Et » and the next). */
export function lirePartie(
  lignes: readonly Ligne[],
  [debut, fin]: [number, number],
  referentiel: readonly OrganisationConnue[],
): PartieBrute {
  const textes = lignes.slice(debut, fin + 1).map((l) => l.texte.trim());
  let libelle = textes[0] ?? "";
  let adresse: string | null = null;
  let representant: ReturnType<typeof lireRepresentant> = { nom: null, qualite: null, mention: null };
  const denominations: string[] = [];
  const repere: PartieBrute["lignes"] = { libelle: debut, representant: null, denominations: null, adresse: null };
  let mentionSeule: string | null = null;

  textes.forEach((ligne, k) => {
    // « …, représenté par X, titre, ci-après dénommé « le délégant » » on one line: the name first.
    const dansLaLigne = DENOMME.exec(ligne);
    const t = dansLaLigne && dansLaLigne.index > 0 ? ligne.slice(0, dansLaLigne.index).replace(/[\s,;]+$/, "") : ligne;
    if (dansLaLigne && dansLaLigne.index > 0) {
      denominations.push(...guillemets(dansLaLigne[1]!));
      repere.denominations = debut + k;
    }
    const r = REPRESENTE.exec(t);
    const d = t === ligne ? DENOMME.exec(t) : null;
    const a = ADRESSE.exec(t);
    if (r) {
      if (k === 0 && r[1]) libelle = r[1];
      representant = lireRepresentant(r[2]!);
      repere.representant = debut + k;
    } else if (d) {
      denominations.push(...guillemets(d[1]!));
      repere.denominations = debut + k;
    } else if (a && k > 0) {
      adresse = finNettoyee(a[1]!);
      repere.adresse = debut + k;
    } else if (k > 0 && !adresse && CODE_POSTAL.test(t) && t.length < 160) {
      adresse = finNettoyee(t);
      repere.adresse = debut + k;
    } else if (k > 0 && /^(?:en (?:sa )?qualit[ée] de|ci-dessous|agissant en)/i.test(t)) {
      mentionSeule = finNettoyee(t);
    } else if (k > 0 && t.split(/\s+/).length <= 5 && roleDuMot(t.replace(/[,;.]/g, " ").trim().split(/\s+/)[0] ?? "") !== null) {
      mentionSeule = finNettoyee(t);
    }
  });
  libelle = finNettoyee(libelle.replace(/^entre\s+/i, "")).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const mention = representant.mention ?? mentionSeule;
  const sigleLu = /\(([A-Z][A-Z0-9&'-]{1,14})\)/.exec(libelle)?.[1] ?? null;
  const organisation = organisationDeLaPartie({ libelle, autres: [representant.qualite ?? "", ...denominations].join(" ; ") }, referentiel);
  const mots = [mention ?? "", ...denominations].flatMap((m) => m.split(/[\s,;«»]+/)).filter(Boolean);
  const role = mots.map((m) => roleLePlusProche(m)).find((r) => r !== null) ?? null;
  return {
    role,
    libelle,
    organisation: organisation?.sigle ?? null,
    sigleLu,
    adresse,
    representantNom: representant.nom,
    qualite: representant.qualite,
    mentionRole: mention,
    denominations,
    lignes: repere,
  };
}

/** Roles the words did not give follow the order of the genre: the délégant first, then the
 *  délégataire (partners, in a partnership). */
export function completerRoles(parties: PartieBrute[], type: TypeConvention): { parties: PartieLue[]; parOrdre: boolean[] } {
  const parOrdre = parties.map((p) => p.role === null);
  const roles = parties.map((p, i): RolePartie => {
    if (p.role) return p.role;
    if (type === "CONVENTION_PARTENARIAT") return "PARTENAIRE";
    const dejaDelegataire = parties.some((q) => q.role === "DELEGATAIRE");
    return i === parties.length - 1 && !dejaDelegataire ? "DELEGATAIRE" : "DELEGANT";
  });
  return {
    parties: parties.map((p, i) => {
      const { lignes, ...partie } = p;
      void lignes;
      return { ...partie, role: roles[i]! };
    }),
    parOrdre,
  };
}
