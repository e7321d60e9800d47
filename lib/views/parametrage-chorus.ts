// The Chorus set-up checklist, as the execution page shows it.
import type { CalendarDate } from "@/lib/domain/dates";
import type { EtapeChorus, EtatEtapeChorus } from "@/lib/domain/parametrage-chorus";

export type ParametrageChorusVue = {
  conventionId: string;
  etapes: {
    cle: EtapeChorus;
    libelle: string;
    etat: EtatEtapeChorus;
    date: CalendarDate | null;
    par: string | null;
    commentaire: string | null;
    version: number | null;
  }[];
  premiereMiseADisposition: CalendarDate | null;
  complet: boolean;
  dateComplet: CalendarDate | null;
  restantes: number;
  modifiable: boolean;
};
