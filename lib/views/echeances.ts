// The « Échéances » view: every deadline of the conventions an agent sees, as the page shows them and
// as their CSV/XLSX writes them (one definition for both).
import { LIBELLES_RAPPEL, type TypeRappel } from "@/lib/domain/echeances";
import type { CalendarDate } from "@/lib/domain/dates";
import type { Feuille } from "./tableur";

export type LigneEcheance = {
  conventionId: string;
  reference: string;
  intitule: string;
  delegants: string;
  service: string | null;
  type: TypeRappel;
  date: CalendarDate;
  jours: number;
  message: string;
};

export type FiltresEcheances = { delegant: string | null; service: string | null; type: TypeRappel | null };

export function feuilleEcheances(lignes: readonly LigneEcheance[]): Feuille {
  return {
    titre: "Échéances des conventions",
    colonnes: [
      { entete: "Date", type: "date" },
      { entete: "Dans (jours)", type: "nombre" },
      { entete: "Échéance", largeur: 36 },
      { entete: "Référence", largeur: 24 },
      { entete: "Intitulé", largeur: 40 },
      { entete: "Délégant", largeur: 16 },
      { entete: "Service", largeur: 16 },
      { entete: "Ce qu'il faut faire", largeur: 60 },
    ],
    lignes: lignes.map((l) => [l.date, l.jours, LIBELLES_RAPPEL[l.type], l.reference, l.intitule, l.delegants, l.service, l.message]),
    vide: "Aucune échéance pour ces critères.",
  };
}
