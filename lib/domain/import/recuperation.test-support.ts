// How much of a known document an import recovers: each field the seed format holds and the text
// prints, compared exactly (spaces and apostrophes made plain). What the text does not print — the
// app's reference, status, short title, and a purpose written by hand — is not counted.
import type { DocumentLu } from "./resultat";
import type { ConventionSeed } from "@/prisma/seed/types";

export type Comparaison = { champ: string; famille: string; attendu: unknown; lu: unknown; ok: boolean };

const norm = (v: unknown): unknown => {
  if (typeof v === "string")
    return v
      .replace(/[’ʼ]/g, "'")
      .replace(/[\s\u00a0\u202f]+/g, " ")
      .trim();
  if (Array.isArray(v)) return v.map(norm);
  return v ?? null;
};
const egal = (a: unknown, b: unknown) => JSON.stringify(norm(a)) === JSON.stringify(norm(b));
const euros = (s: string | undefined) => (s === undefined ? null : Number(s));
const plie = (t: string) => t.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’ʼ]/g, "'").replace(/\s+/g, " ").toLowerCase();

export function comparer(seed: ConventionSeed, lu: DocumentLu, texteSource: string): Comparaison[] {
  const out: Comparaison[] = [];
  const c = (champ: string, attendu: unknown, valeur: unknown) =>
    out.push({ champ, famille: champ.replace(/\.\d+/g, "").replace(/\.\w+$/, (m) => m), attendu, lu: valeur, ok: egal(attendu, valeur) });
  c("type", seed.type, lu.type);
  c("titre", seed.titre, lu.titre);
  if (seed.dateConvention) c("dateConvention", seed.dateConvention, lu.dateConvention);
  if (plie(texteSource).includes(plie(seed.objet).replace(/\.$/, ""))) c("objet", seed.objet, lu.objet);
  seed.parties.forEach((p, i) => {
    const l = lu.parties[i];
    c(`parties.${i}.role`, p.role, l?.role);
    c(`parties.${i}.organisation`, p.organisation, l?.organisation);
    c(`parties.${i}.libelle`, p.libelle, l?.libelle);
    if (p.adresse) c(`parties.${i}.adresse`, p.adresse, l?.adresse);
    if (p.representantNom) c(`parties.${i}.representantNom`, p.representantNom, l?.representantNom);
    if (p.qualite) c(`parties.${i}.qualite`, p.qualite, l?.qualite);
    if (p.mentionRole) c(`parties.${i}.mentionRole`, p.mentionRole, l?.mentionRole);
    c(`parties.${i}.denominations`, p.denominations, l?.denominations);
  });
  seed.basesLegales.forEach((b, i) => c(`basesLegales.${i}`, b.texte, lu.basesLegales[i]?.texte));
  if (seed.titrePreambule) c("titrePreambule", seed.titrePreambule, lu.titrePreambule);
  if (seed.preambule) c("preambule", seed.preambule, lu.preambule);
  if (seed.formuleAccord) c("formuleAccord", seed.formuleAccord, lu.formuleAccord);
  seed.articles.forEach((a, i) => {
    const l = lu.articles[i];
    c(`articles.${i}.numero`, a.numero, l?.numero);
    c(`articles.${i}.titre`, a.titre, l?.titre);
    c(`articles.${i}.corps`, a.corps, l?.corps);
    if (a.notes) c(`articles.${i}.notes`, a.notes, l?.notes);
  });
  if (seed.plafondAe) c("plafondAe", euros(seed.plafondAe), lu.plafondAe);
  if (seed.plafondCp) c("plafondCp", euros(seed.plafondCp), lu.plafondCp);
  seed.echeancier.forEach((e, i) => c(`echeancier.${i}`, { annee: e.annee, ae: Number(e.ae), cp: Number(e.cp) }, lu.echeancier[i]));
  for (const [k, v] of Object.entries(seed.imputation ?? {})) if (v) c(`imputation.${k}`, v, lu.imputation[k]);
  for (const [k, v] of Object.entries(seed.parametrage ?? {})) if (v) c(`parametrage.${k}`, v, lu.parametrage[k]);
  seed.cofinancements.forEach((f, i) =>
    c(`cofinancements.${i}`, { financeur: f.financeur, fonds: f.fonds ?? null, montant: Number(f.montant) }, lu.cofinancements[i]),
  );
  c("pointDepart", seed.pointDepart, lu.pointDepart);
  c("regleDuree", seed.regleDuree, lu.regleDuree);
  if (seed.dateFin) c("dateFin", seed.dateFin, lu.dateFin);
  if (seed.preavisMois) c("preavisMois", seed.preavisMois, lu.preavisMois);
  if (seed.lieuSignature) c("lieuSignature", seed.lieuSignature, lu.lieuSignature);
  seed.signatures.forEach((s, i) => {
    const l = lu.signatures[i];
    c(`signatures.${i}.partie`, s.partie, l?.partie);
    c(`signatures.${i}.mention`, s.mention, l?.mention);
    if (s.signataireNom) c(`signatures.${i}.signataireNom`, s.signataireNom, l?.signataireNom);
    if (s.dateSignature) c(`signatures.${i}.dateSignature`, s.dateSignature, l?.dateSignature);
  });
  seed.annexes.forEach((a, i) => {
    const l = lu.annexes[i];
    c(`annexes.${i}.numero`, a.numero, l?.numero);
    c(`annexes.${i}.titre`, a.titre, l?.titre);
    if (a.tableau) {
      c(`annexes.${i}.colonnes`, a.tableau.colonnes, l?.tableau?.colonnes);
      a.tableau.lignes.forEach((r, j) => c(`annexes.${i}.lignes.${j}`, r, l?.tableau?.lignes[j]));
    }
  });
  return out;
}

export const taux = (cs: readonly Comparaison[]) => (cs.length ? cs.filter((x) => x.ok).length / cs.length : 1);

/** The demo referential, as the import knows it. */
export { CONTEXTE_DEMO as CONTEXTE } from "@/prisma/seed/contexte-import";
