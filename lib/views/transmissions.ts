// The copies of a signed document sent to its controllers, as its page shows them.
import type { CalendarDate } from "@/lib/domain/dates";
import type { EtatTransmission, MethodeTransmission } from "@/lib/domain/transmissions";

export type TransmissionVue = {
  id: string | null; // null while only proposed
  destinataire: string;
  adresse: string | null;
  methode: MethodeTransmission | null;
  etat: EtatTransmission;
  dateEnvoi: CalendarDate | null;
  dateAccuse: CalendarDate | null;
  referenceAccuse: string | null;
  message: string | null;
  relance: boolean; // sent more than 15 days ago, no acknowledgement
  version: number | null;
};

export type TransmissionsVue = {
  conventionId: string;
  numero: number | null;
  lignes: TransmissionVue[];
  courrielPossible: boolean;
  peutTransmettre: boolean;
};
