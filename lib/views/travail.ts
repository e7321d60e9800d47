// Long work a user waits for (a document's validation, soon OCR and uploads), as its page shows it
// and polls it: where it stands, in French.
import type { Statut } from "@/lib/domain/statut";

export type EtatTravail = "EN_ATTENTE" | "EN_COURS" | "FAIT" | "ECHEC";

export type TravailVue = {
  id: string;
  etat: EtatTravail;
  /** The step it is at (« Mise en page du PDF… »), or what it did. */
  etape: string | null;
  /** Why it failed, said to the user. */
  erreur: string | null;
};

/** What a step pressed on a document's page gives: the step taken, or the work queued (« valider »). */
export type ResultatEtape = { statut: Statut; version: number } | { travail: TravailVue };

export const travailActif = (t: TravailVue | null | undefined) => t?.etat === "EN_ATTENTE" || t?.etat === "EN_COURS";
