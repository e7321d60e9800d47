// Files the app receives: one limit for each kind, said on its form, checked by the browser before
// sending and by the server before reading the body (docs: issue 18, item 10). Pure.
import { ErreurMetier } from "./erreurs";

const MO = 1024 * 1024;

export const ENVOIS = {
  /** The scan of a paper-signed PDF. */
  scan: { octets: 20 * MO, formats: "PDF", conseil: "Numérisez-le en noir et blanc à 200 ou 300 dpi, ou compressez le PDF." },
  /** A PDF to verify. */
  verification: { octets: 20 * MO, formats: "PDF", conseil: "" },
  /** A CHORUS extract. */
  extrait: { octets: 30 * MO, formats: "xlsx ou CSV", conseil: "Découpez l'extrait (par exercice ou par mois)." },
  /** A convention or an avenant already held, to import (lib/server/import). */
  document: {
    octets: 25 * MO,
    formats: "PDF, image (PNG, JPEG, TIFF), Word (.docx) ou texte",
    conseil: "Numérisez-le à 200 dpi en noir et blanc, ou découpez-le.",
  },
} as const;
export type NatureEnvoi = keyof typeof ENVOIS;

/** What a multipart form adds around the file (boundaries, the other fields): tolerated on top of the limit. */
export const MARGE_FORMULAIRE = 256 * 1024;

/** « 15,2 Mo », « 820 Ko ». */
export function tailleLisible(octets: number): string {
  if (octets < MO) return `${Math.max(1, Math.round(octets / 1024))} Ko`;
  return `${(octets / MO).toFixed(1).replace(".", ",").replace(",0", "")} Mo`;
}

/** What the form says of the limit: « PDF, 20 Mo au plus. » */
export const consigneEnvoi = (nature: NatureEnvoi) => `${ENVOIS[nature].formats}, ${tailleLisible(ENVOIS[nature].octets)} au plus.`;

/** The refusal of a file too large, in French: how large it is, the limit, what to do. */
export function messageTropGros(nature: NatureEnvoi, octets: number): string {
  const { octets: max, conseil } = ENVOIS[nature];
  return `Le fichier fait ${tailleLisible(octets)} : ${tailleLisible(max)} au plus.${conseil ? ` ${conseil}` : ""}`;
}

/** Refuses a file larger than its limit (`champ`: the form field to show it at). */
export function assertTailleEnvoi(nature: NatureEnvoi, octets: number, champ = "fichier"): void {
  if (octets > ENVOIS[nature].octets) {
    const message = messageTropGros(nature, octets);
    throw new ErreurMetier("FICHIER_TROP_GROS", message, { [champ]: message });
  }
}
