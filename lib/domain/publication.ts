// Publication of a signed document (décret n° 2004-1085, art. 2: a delegation is enforceable once
// published): the channels its text names, what each needs to be « publiée », when the document is
// published, and the name and words under which DINUM puts it on data.gouv.fr. Pure: the tracker
// (lib/server/publication), the data.gouv.fr job, the open-data index and the import read it.
import { plier } from "./import/lignes";
import { formatDateLongue, type CalendarDate } from "./dates";
import { formatMontant } from "./money";

export const CANAUX = ["BULLETIN_OFFICIEL", "JOURNAL_OFFICIEL", "GOUVERNEMENT_FR", "DATA_GOUV_FR", "AUTRE"] as const;
export type Canal = (typeof CANAUX)[number];

export const LIBELLES_CANAL: Record<Canal, string> = {
  BULLETIN_OFFICIEL: "Bulletin officiel",
  JOURNAL_OFFICIEL: "Journal officiel",
  GOUVERNEMENT_FR: "gouvernement.fr",
  DATA_GOUV_FR: "data.gouv.fr",
  AUTRE: "Autre canal",
};

export const ETATS_PUBLICATION = ["A_FAIRE", "EN_COURS", "PUBLIEE", "EN_ERREUR"] as const;
export type EtatPublication = (typeof ETATS_PUBLICATION)[number];

export const LIBELLES_ETAT_PUBLICATION: Record<EtatPublication, string> = {
  A_FAIRE: "À faire",
  EN_COURS: "En cours",
  PUBLIEE: "Publiée",
  EN_ERREUR: "En erreur",
};

/** The channels a publication clause names (« publiée au bulletin officiel …, sur le site
 *  gouvernement.fr … et par le délégataire sur la plateforme data.gouv.fr »), in the order they are named by habit (BO, gouvernement.fr, data.gouv.fr, JO). */
export function canauxDuTexte(texte: string): Exclude<Canal, "AUTRE">[] {
  const plie = plier(texte);
  const canaux: Exclude<Canal, "AUTRE">[] = [];
  if (/bulletin officiel|\bb\.?o\.?\b/.test(plie)) canaux.push("BULLETIN_OFFICIEL");
  if (/gouvernement\.fr/.test(plie)) canaux.push("GOUVERNEMENT_FR");
  if (/data\.gouv\.fr/.test(plie)) canaux.push("DATA_GOUV_FR");
  if (/journal officiel/.test(plie)) canaux.push("JOURNAL_OFFICIEL");
  return canaux;
}

type ArticleLu = { numero?: string | number | null; titre?: string | null; corps: string };

/** The article that says where the document is published: titled « Publication », else the first
 *  whose text names a channel next to « publié(e) ». */
export function articleDePublication<A extends ArticleLu>(articles: readonly A[]): A | null {
  const titre = articles.find((a) => /publication/i.test(plier(a.titre ?? "")) && canauxDuTexte(a.corps).length);
  if (titre) return titre;
  return articles.find((a) => /publi/i.test(a.corps) && canauxDuTexte(a.corps).length) ?? null;
}

/** The channels proposed for a signed document: those its publication article names; when its
 *  text names none, the délégant's bulletin officiel (the décret requires a publication) and DINUM's
 *  data.gouv.fr dataset. */
export function canauxProposes(articles: readonly ArticleLu[]): { canaux: Exclude<Canal, "AUTRE">[]; article: ArticleLu | null } {
  const article = articleDePublication(articles);
  return article ? { canaux: canauxDuTexte(article.corps), article } : { canaux: ["BULLETIN_OFFICIEL", "DATA_GOUV_FR"], article: null };
}

/** A NOR as typed (« men e 2412345 a », « MENE2412345A »), written the official way, or null when
 *  it is not one: 4 letters (ministry and service), 2 digits (year), 5 digits, 1 letter (kind of text). */
export function norOfficiel(saisie: string): string | null {
  const nor = saisie.replace(/[\s.\-_/]/g, "").toUpperCase();
  return /^[A-Z]{4}\d{7}[A-Z]$/.test(nor) ? nor : null;
}

export type SaisiePublication = {
  canal: Canal;
  libelle?: string | null;
  nor?: string | null;
  numero?: string | null;
  date?: CalendarDate | null;
  url?: string | null;
};

/** What each channel needs before it is « publiée », said at the field (empty when nothing is missing).
 *  `derniereSignature`: a publication cannot come before it; `aujourdhui`: nor after today. */
export function manquesPublication(
  s: SaisiePublication,
  { derniereSignature, aujourdhui }: { derniereSignature: CalendarDate | null; aujourdhui: CalendarDate },
): Record<string, string> {
  const manques: Record<string, string> = {};
  if (s.canal === "BULLETIN_OFFICIEL" || s.canal === "JOURNAL_OFFICIEL") {
    if (!s.nor?.trim()) manques.nor = "Indiquez le NOR du texte publié.";
    else if (!norOfficiel(s.nor))
      manques.nor = "Ce NOR n'a pas la forme officielle : 4 lettres, 2 chiffres de l'année, 5 chiffres et 1 lettre (ex. MENE2412345A).";
  }
  if ((s.canal === "GOUVERNEMENT_FR" || s.canal === "DATA_GOUV_FR" || s.canal === "AUTRE") && !s.url?.trim())
    manques.url = "Indiquez l'adresse de la publication.";
  if (s.canal === "AUTRE" && !s.libelle?.trim()) manques.libelle = "Nommez ce canal de publication.";
  if (s.url?.trim() && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s.url.trim()))
    manques.url = "L'adresse doit commencer par https:// (ou http://) et désigner une page.";
  if (!s.date) manques.date = "Indiquez la date de publication.";
  else if (derniereSignature && s.date < derniereSignature)
    manques.date = `La publication ne peut précéder la dernière signature (${formatDateLongue(derniereSignature)}).`;
  else if (s.date > aujourdhui) manques.date = "Une date de publication à venir ne s'enregistre pas : revenez le jour de la publication.";
  return manques;
}

type CanalSuivi = { requis: boolean; etat: EtatPublication; datePublication: CalendarDate | null };

/** The document is published when every required channel is (at least one required); its date of
 *  publication is the last of theirs — the day it became enforceable everywhere it must be. */
export function publicationDuDocument(canaux: readonly CanalSuivi[]): { publiee: boolean; date: CalendarDate | null; restants: number } {
  const requis = canaux.filter((c) => c.requis);
  const restants = requis.filter((c) => c.etat !== "PUBLIEE").length;
  if (!requis.length || restants) return { publiee: false, date: null, restants: requis.length ? restants : 1 };
  const dates = requis.map((c) => c.datePublication).filter((d): d is CalendarDate => !!d);
  return { publiee: true, date: dates.sort().at(-1) ?? null, restants: 0 };
}

// ── data.gouv.fr ────────────────────────────────────────────────────────────────────────────────

/** « DNE », « Direction du numérique » → « dne », « direction-du-numerique »: for file names. */
export function slug(texte: string): string {
  return plier(texte)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

type Organisation = { sigle: string | null; nom: string };

/** An organisation as a published text names it: « Direction interministérielle du numérique (DINUM) ». */
export const nomPublie = (o: Organisation) => (o.sigle ? `${o.nom} (${o.sigle})` : o.nom);
/** …and as a file name or a title shortens it: « DINUM ». */
export const siglePublie = (o: Organisation) => o.sigle ?? o.nom;

export type DocumentPublie = {
  reference: string;
  numeroAvenant: number | null;
  titre: string;
  objet: string;
  delegants: Organisation[];
  delegataires: Organisation[];
  derniereSignature: CalendarDate | null;
  dateFin: CalendarDate | null;
  duree: string | null;
  totalAe: bigint | null;
  totalCp: bigint | null;
  programme: string | null;
};

/** The file's name on the platform, the same for the same document whoever uploads it and when:
 *  convention-delegation-gestion-<reference>-<délégant>-<délégataire>[-avenant-<n>].pdf */
export function nomFichierPublie(d: Pick<DocumentPublie, "reference" | "numeroAvenant" | "delegants" | "delegataires">): string {
  const sigles = (os: Organisation[]) => slug(os.map(siglePublie).join("-"));
  const parts = ["convention-delegation-gestion", slug(d.reference), sigles(d.delegants), sigles(d.delegataires)];
  if (d.numeroAvenant) parts.push(`avenant-${d.numeroAvenant}`);
  return `${parts.filter(Boolean).join("-")}.pdf`;
}

/** The resource's title and description on data.gouv.fr, from the document alone (no personal data
 *  beyond what the published text carries: no signatory is named). */
export function metadonneesPublication(d: DocumentPublie): { title: string; description: string } {
  const quoi = d.numeroAvenant ? `Avenant n° ${d.numeroAvenant} à la convention de délégation de gestion` : d.titre;
  const title = `${quoi} ${d.reference} — ${[...d.delegants, ...d.delegataires].map(siglePublie).join(" / ")}`;
  const lignes = [
    `${quoi} ${d.reference}.`,
    `Délégant : ${d.delegants.map(nomPublie).join(", ") || "—"}. Délégataire : ${d.delegataires.map(nomPublie).join(", ") || "—"}.`,
    d.objet ? `Objet : ${d.objet.replace(/\s+/g, " ").trim()}` : null,
    d.derniereSignature ? `Signée le ${formatDateLongue(d.derniereSignature)} (date de la dernière signature).` : null,
    d.duree ?? (d.dateFin ? `Fin : ${formatDateLongue(d.dateFin)}.` : null),
    d.totalAe !== null || d.totalCp !== null
      ? `Montants : ${d.totalAe !== null ? `${formatMontant(d.totalAe)} en autorisations d'engagement` : ""}${
          d.totalAe !== null && d.totalCp !== null ? ", " : ""
        }${d.totalCp !== null ? `${formatMontant(d.totalCp)} en crédits de paiement` : ""}.`
      : null,
    d.programme ? `Programme : ${d.programme}.` : null,
    "Publiée en application de l'article 2 du décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion dans les services de l'État.",
  ];
  return { title: title.slice(0, 250), description: lignes.filter(Boolean).join("\n\n") };
}

/** What the platform said, in French for the tracker: 401 is a key expired or revoked (not retried). */
export function messageDataGouv(statut: number | null, detail: string | null): { message: string; reessayer: boolean } {
  const precision = detail ? ` (réponse de la plateforme : ${detail.slice(0, 300)})` : "";
  if (statut === null) return { message: `data.gouv.fr ne répond pas${precision}.`, reessayer: true };
  if (statut === 401)
    return {
      message: `La clé d'API data.gouv.fr a expiré ou a été révoquée : un administrateur doit en créer une nouvelle (DATAGOUV_API_KEY)${precision}.`,
      reessayer: false,
    };
  if (statut === 403)
    return { message: `La clé d'API data.gouv.fr n'a pas le droit de modifier ce jeu de données${precision}.`, reessayer: false };
  if (statut === 404)
    return { message: `Le jeu de données data.gouv.fr configuré (DATAGOUV_DATASET) est introuvable${precision}.`, reessayer: false };
  if (statut === 413) return { message: `Le fichier est trop volumineux pour data.gouv.fr${precision}.`, reessayer: false };
  if (statut === 400) return { message: `data.gouv.fr a refusé l'envoi${precision}.`, reessayer: false };
  return { message: `data.gouv.fr a répondu par une erreur ${statut}${precision}.`, reessayer: true };
}
