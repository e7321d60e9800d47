// What the import of a CHORUS extract shows before writing anything (lib/server/execution/preview-import.ts).
import type { ErreurLigne, NatureMouvement } from "@/lib/domain/execution/extrait";

export type ApercuImport = {
  sha256: string;
  nom: string;
  format: "xlsx" | "csv";
  nature: NatureMouvement | null;
  lignesLues: number;
  erreurs: ErreurLigne[];
  /** Per convention: the lines it gets, how many are new, and their totals. */
  conventions: { id: string; reference: string; intitule: string; lignes: number; nouvelles: number; ae: string; cp: string }[];
  /** Lines of UOs no convention delegates (not ours): counted, not imported. */
  autresUo: { centreFinancier: string; lignes: number }[];
  dejaPresentes: number;
  colonnesBancaires: string[];
  colonnesIgnorees: string[];
  /** This very file was imported before: when and by whom. */
  dejaImporte: { le: string; par: string } | null;
};
