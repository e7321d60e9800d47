// « Vie de la convention » as its page shows it: its computed dates, what was recorded, its deadlines.
import type { CalendarDate } from "@/lib/domain/dates";
import type { Echeance, Fin, PointDepart, RegleDuree } from "@/lib/domain/echeances";
import type { Statut } from "@/lib/domain/statut";

export type VieVue = {
  conventionId: string;
  version: number;
  statut: Statut;
  pointDepart: PointDepart;
  regleDuree: RegleDuree;
  dateSignature: CalendarDate | null;
  dateNotification: CalendarDate | null;
  datePublication: CalendarDate | null;
  entreeEnVigueur: CalendarDate | null;
  dateFin: CalendarDate | null;
  fin: Fin | null;
  dernierJourPreavis: CalendarDate | null;
  preavisMois: number;
  denonciation: { partie: string; date: CalendarDate; motif: string | null } | null;
  cloture: { date: CalendarDate; motif: string | null } | null;
  echeances: Echeance[];
  parties: { id: string; libelle: string }[];
  droits: { notifier: boolean; denoncer: boolean; clore: boolean };
};
