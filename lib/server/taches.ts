// The registry of background jobs, read by the worker (scripts/worker.ts): every job of the app,
// and when the periodic ones run (server time). A new job is a `*.job.ts` file beside the use cases
// it serves, listed here.
import "server-only";
import { planifier, taskList } from "./jobs/job";
import { courrielJob } from "./notifications/courriel.job";
import { suiviExecutionJob } from "./execution/suivi.job";
import { cumulSuiviJob } from "./execution/cumul.job";
import { purgeFichiersJob } from "./fichiers/purge.job";
import { validationJob } from "./cycle/validation.job";
import { analyseImportJob } from "./import/analyse.job";
import { invitationJob } from "./comptes/invitation.job";
import { demandeAccesJob } from "./comptes/demande-acces.job";
import { televersementJob } from "./publication/televersement.job";
import { indexDonneesOuvertesJob } from "./publication/index-donnees-ouvertes.job";
import { vieJob } from "./vie/vie.job";
import { courrielTransmissionJob } from "./transmissions/courriel-transmission.job";

export const JOBS = [
  courrielJob,
  suiviExecutionJob,
  cumulSuiviJob,
  purgeFichiersJob,
  validationJob,
  analyseImportJob,
  invitationJob,
  demandeAccesJob,
  televersementJob,
  indexDonneesOuvertesJob,
  vieJob,
  courrielTransmissionJob,
] as const;

export const TACHES = taskList(JOBS);

export const CRONTAB = [
  planifier(suiviExecutionJob, "30 2 * * *"),
  // The finance dashboard's rollup: the differences of the last minutes folded in.
  planifier(cumulSuiviJob, "*/5 * * * *", { rattrapage: false }),
  planifier(purgeFichiersJob, "0 3 * * *"),
  // Just after midnight, Paris time being the server's: a convention ends the day after its last day.
  planifier(vieJob, "10 0 * * *"),
].join("\n");

/** Run when the worker starts: the figures missed while it was stopped, or never computed. */
export const AU_DEMARRAGE = [{ job: suiviExecutionJob, charge: {} }] as const;
