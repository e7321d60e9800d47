// The review of an import, field by field: which fields the screen shows and how each is corrected
// (its kind of value, its French parse errors), which flagged fields are still to check, and the
// findings of the corrected result. The review screen, its server actions and the save read these
// rules; nothing else decides what a correction means.
import { isCalendarDate, formatDateLongue } from "../dates";
import { formatMontant, MontantInvalide, parseMontant } from "../money";
import { LIBELLES_ROLE_PARTIE, LIBELLES_TYPE_CONVENTION } from "../libelles";
import type { Constat } from "../controles/types";
import { constatsDuDocument, type ContexteImport, type ConventionVisee } from "./extraire";
import { libelleChamp } from "./libelles-champs";
import { enCents, enEuros, SEUIL_CONFIANCE, type DocumentLu, type ResultatImport } from "./resultat";

export type NatureChamp = "texte" | "long" | "date" | "euros" | "entier" | "role" | "type" | "organisation";

export type ChampRevue = {
  /** Where the value lives in the document (« parties.0.libelle », « basesLegales.2.texte »). */
  chemin: string;
  /** The key of its confidence and source (« articles.3 » for an article's title and body). */
  cle: string;
  libelle: string;
  nature: NatureChamp;
  /** The value as its input holds it (« 2024-03-01 », « 120 000,00 », a sigle…). */
  valeur: string;
  /** The value as the screen shows it. */
  affiche: string;
  /** Whether it may be left empty. */
  facultatif: boolean;
};

/** The user's review: corrected values by path, and the flagged fields accepted as read. */
export type Revue = { corrections: Record<string, string>; acceptes: string[] };

const euros = (v: number | null) => (v === null ? "" : formatMontant(enCents(v), { symbol: false, alwaysCents: true }));
const date = (v: string | null) => (v && isCalendarDate(v) ? formatDateLongue(v) : (v ?? ""));

function champ(
  chemin: string,
  libelle: string,
  nature: NatureChamp,
  brute: string | number | null | undefined,
  options: { cle?: string; facultatif?: boolean; affiche?: string } = {},
): ChampRevue {
  const valeur = brute === null || brute === undefined ? "" : nature === "euros" ? euros(brute as number) : String(brute).trim();
  const affiche =
    options.affiche ??
    (valeur === ""
      ? "—"
      : nature === "euros"
        ? formatMontant(enCents(brute as number))
        : nature === "date"
          ? date(valeur)
          : nature === "role"
            ? (LIBELLES_ROLE_PARTIE[valeur as keyof typeof LIBELLES_ROLE_PARTIE] ?? valeur)
            : nature === "type"
              ? (LIBELLES_TYPE_CONVENTION[valeur as keyof typeof LIBELLES_TYPE_CONVENTION] ?? valeur)
              : valeur);
  return { chemin, cle: options.cle ?? chemin, libelle, nature, valeur, affiche, facultatif: options.facultatif ?? true };
}

/** The fields the review screen lists, in the document's order. */
export function champsDeRevue(d: DocumentLu): ChampRevue[] {
  const champs: ChampRevue[] = [];
  if (d.avenant) champs.push(champ("avenant.numero", "Numéro de l'avenant", "entier", d.avenant.numero));
  champs.push(
    champ("type", "Type", "type", d.type, { facultatif: false }),
    champ("titre", "Titre", "texte", d.titre, { facultatif: false }),
    champ("dateConvention", "Date", "date", d.dateConvention),
    champ("objet", "Objet", "long", d.objet),
  );
  d.parties.forEach((p, i) => {
    const n = `Partie ${i + 1}`;
    champs.push(
      champ(`parties.${i}.role`, `${n} — rôle`, "role", p.role, { facultatif: false }),
      champ(`parties.${i}.libelle`, `${n} — désignation`, "texte", p.libelle, { facultatif: false }),
      champ(`parties.${i}.organisation`, `${n} — organisation du référentiel`, "organisation", p.organisation, {
        affiche: p.organisation ?? `inconnue${p.sigleLu ? ` (sigle lu : ${p.sigleLu})` : ""}`,
      }),
      champ(`parties.${i}.adresse`, `${n} — adresse`, "texte", p.adresse),
      champ(`parties.${i}.representantNom`, `${n} — représentant`, "texte", p.representantNom),
      champ(`parties.${i}.qualite`, `${n} — qualité du représentant`, "texte", p.qualite),
    );
  });
  d.basesLegales.forEach((b, i) =>
    champs.push(champ(`basesLegales.${i}.texte`, `Visa ${i + 1}`, "long", b.texte, { cle: `basesLegales.${i}` })),
  );
  d.articles.forEach((a, i) =>
    champs.push(
      champ(`articles.${i}.titre`, `Article ${a.numero} — titre`, "texte", a.titre, { cle: `articles.${i}` }),
      champ(`articles.${i}.corps`, `Article ${a.numero} — texte`, "long", a.corps, {
        cle: `articles.${i}`,
        affiche: a.corps.length > 160 ? `${a.corps.slice(0, 157).trimEnd()}…` : a.corps || "—",
      }),
    ),
  );
  champs.push(champ("plafondAe", "Plafond AE (€)", "euros", d.plafondAe), champ("plafondCp", "Plafond CP (€)", "euros", d.plafondCp));
  d.echeancier.forEach((l, i) =>
    champs.push(
      champ(`echeancier.${i}.ae`, `Échéancier ${l.annee} — AE (€)`, "euros", l.ae, { cle: "echeancier", facultatif: false }),
      champ(`echeancier.${i}.cp`, `Échéancier ${l.annee} — CP (€)`, "euros", l.cp, { cle: "echeancier", facultatif: false }),
    ),
  );
  const codes = Object.keys(d.imputation);
  for (const k of codes.includes("centreFinancier") ? codes : ["centreFinancier", ...codes])
    champs.push(champ(`imputation.${k}`, libelleChamp(`imputation.${k}`), "texte", d.imputation[k]));
  champs.push(
    champ(
      "dateFin",
      d.regleDuree === "JUSQU_AU_REGLEMENT" ? "Fin (par défaut, jusqu'au règlement total)" : "Date de fin",
      "date",
      d.dateFin,
    ),
    ...(d.pointDepart === "DATE_EFFET" ? [champ("dateEffet", "Date d'effet", "date", d.dateEffet)] : []),
    champ("preavisMois", "Préavis (mois)", "entier", d.preavisMois),
    champ("lieuSignature", "Lieu de signature", "texte", d.lieuSignature),
  );
  d.signatures.forEach((s, i) =>
    champs.push(
      champ(`signatures.${i}.signataireNom`, `Signature ${i + 1} — signataire`, "texte", s.signataireNom, { cle: `signatures.${i}` }),
      champ(`signatures.${i}.qualite`, `Signature ${i + 1} — qualité`, "texte", s.qualite, { cle: `signatures.${i}` }),
      champ(`signatures.${i}.dateSignature`, `Signature ${i + 1} — date`, "date", s.dateSignature, {
        cle: `signatures.${i}.dateSignature`,
      }),
    ),
  );
  return champs;
}

/** A value typed for a field, to what the document holds; a French error when it cannot be. */
export function lireValeur(c: Pick<ChampRevue, "nature" | "facultatif">, saisie: string): { valeur: unknown } | { erreur: string } {
  const v = saisie.trim();
  if (v === "") return c.facultatif ? { valeur: null } : { erreur: "Ce champ ne peut pas être vide." };
  switch (c.nature) {
    case "date": {
      const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
      const iso = fr ? `${fr[3]}-${fr[2]!.padStart(2, "0")}-${fr[1]!.padStart(2, "0")}` : v;
      return isCalendarDate(iso) ? { valeur: iso } : { erreur: "Date invalide : écrivez-la jj/mm/aaaa." };
    }
    case "euros":
      try {
        return { valeur: enEuros(parseMontant(v)) };
      } catch (e) {
        if (e instanceof MontantInvalide) return { erreur: e.message };
        throw e;
      }
    case "entier":
      return /^\d{1,4}$/.test(v) ? { valeur: Number(v) } : { erreur: "Écrivez un nombre entier." };
    case "role":
      return v in LIBELLES_ROLE_PARTIE ? { valeur: v } : { erreur: "Choisissez un rôle." };
    case "type":
      return v in LIBELLES_TYPE_CONVENTION ? { valeur: v } : { erreur: "Choisissez un type." };
    default:
      return { valeur: v };
  }
}

function poser(cible: Record<string, unknown>, chemin: string, valeur: unknown) {
  const segments = chemin.split(".");
  let o: Record<string, unknown> = cible;
  for (const s of segments.slice(0, -1)) o = o[s] as Record<string, unknown>;
  const dernier = segments.at(-1)!;
  if (valeur === null && segments[0] === "imputation") delete o[dernier];
  else o[dernier] = valeur;
}

/** The document with the review's corrections; an error per field that cannot be read (the field
 *  keeps its value read). A path the screen does not list is refused. */
export function appliquerRevue(
  d: DocumentLu,
  corrections: Record<string, string>,
): { document: DocumentLu; erreurs: Record<string, string> } {
  const champs = new Map(champsDeRevue(d).map((c) => [c.chemin, c]));
  const document = structuredClone(d);
  const erreurs: Record<string, string> = {};
  for (const [chemin, saisie] of Object.entries(corrections)) {
    const c = champs.get(chemin);
    if (!c) {
      erreurs[chemin] = "Ce champ ne peut pas être corrigé ici.";
      continue;
    }
    const lu = lireValeur(c, saisie);
    if ("erreur" in lu) erreurs[chemin] = lu.erreur;
    else poser(document as unknown as Record<string, unknown>, chemin, lu.valeur);
  }
  return { document, erreurs };
}

/** The flagged fields (confidence under the threshold) neither accepted nor corrected yet. */
export function restantsAVerifier(r: Pick<ResultatImport, "confiance" | "document">, revue: Revue): string[] {
  const cles = new Map(champsDeRevue(r.document).map((c) => [c.chemin, c.cle]));
  const revues = new Set([...revue.acceptes, ...Object.keys(revue.corrections).map((c) => cles.get(c) ?? c)]);
  return Object.entries(r.confiance)
    .filter(([cle, c]) => c < SEUIL_CONFIANCE && !revues.has(cle))
    .map(([cle]) => cle);
}

const cleConstat = (c: Constat) => `${c.code}|${c.champ}|${c.message}`;

/** The findings of the reviewed result: those of the reading itself (a guessed role, a printed total
 *  that does not add up, an unreadable page…) unless their field was reviewed, and the app's checks
 *  run again on the corrected document. */
export function constatsApresRevue(
  r: Pick<ResultatImport, "document" | "constats" | "confiance">,
  corrige: DocumentLu,
  contexte: ContexteImport,
  revue: Revue,
  /** An avenant's convention, once chosen: its text is checked against it. */
  visee?: ConventionVisee,
): Constat[] {
  const duDocument = new Set(constatsDuDocument(r.document, contexte).map(cleConstat));
  const cles = new Map(champsDeRevue(r.document).map((c) => [c.chemin, c.cle]));
  const revus = new Set([...revue.acceptes, ...Object.keys(revue.corrections).flatMap((c) => [c, cles.get(c) ?? c])]);
  const deLecture = r.constats.filter((c) => !duDocument.has(cleConstat(c)) && !revus.has(c.champ));
  return [...deLecture, ...constatsDuDocument(corrige, contexte, visee)];
}
