// The finance figures whose alerts depend on the date (a month after signature, the year-end
// cut-offs) computed before today, and those never computed (conventions written by the seed or a
// script): each night, and when the worker starts.
import "server-only";
import { z } from "zod";
import { defineJob } from "../jobs/job";
import { refreshStaleSuivi } from "./refresh-suivi";

export const suiviExecutionJob = defineJob({
  nom: "suiviExecution",
  charge: z.object({ seulementManquants: z.boolean().optional() }),
  tentatives: 5,
  async executer({ seulementManquants }, { logger }) {
    const faits = await refreshStaleSuivi({ seulementManquants });
    if (faits) logger.info(`Suivi financier recalculé pour ${faits} convention(s).`);
  },
});
