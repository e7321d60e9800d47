// An import as its review screen shows it (lib/server/import/get-import.ts): where its reading
// stands, then what was read, with the file's own facts.
import type { ResultatImport } from "@/lib/domain/import/resultat";
import type { TravailVue } from "./travail";

export type FormatImport = "PDF" | "IMAGE" | "DOCX" | "TEXTE";

export type AnalyseFichier = ResultatImport & {
  fichier: {
    sha256: string;
    octets: number;
    format: FormatImport;
    pages: number;
    pagesLuesParOcr: number[];
    /** Each page's size in the units of its boxes (PDF points, an image's pixels). */
    dimensions?: { largeur: number; hauteur: number }[];
    /** A Word or text file's lines, which its sources' line numbers point into. */
    lignes?: string[];
  };
};

export type ImportVue = {
  travail: TravailVue;
  nom: string | null;
  sha256: string | null;
  analyse: AnalyseFichier | null;
  conventionId: string | null;
};

/** A convention an imported avenant may amend: why it was proposed (« référence …, du …, parties … »). */
export type CandidateVue = { id: string; reference: string; titre: string; statut: string; score: number; raisons: string[] };
