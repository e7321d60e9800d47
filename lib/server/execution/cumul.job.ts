// The finance dashboard's rollup: the differences the changes of the last minutes added
// (SuiviCumulAjout) folded into its totals (SuiviCumul) — migration suivi_cumul. The dashboard reads
// both, so its figures never wait for this; folding keeps what it sums small.
import "server-only";
import { z } from "zod";
import { defineJob } from "../jobs/job";
import { compacterCumul } from "./refresh-suivi";

export const cumulSuiviJob = defineJob({
  nom: "cumulSuivi",
  charge: z.object({}),
  tentatives: 1, // (the next run, minutes later, does the same)
  async executer() {
    await compacterCumul();
  },
});
