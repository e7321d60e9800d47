// The bytes no row points at any more (a use case that failed after putting its file, a draft's
// attachment removed with it), put more than a day ago: removed each night.
import "server-only";
import { z } from "zod";
import { defineJob } from "../jobs/job";
import { purgeFichiers } from "./fichiers";

export const purgeFichiersJob = defineJob({
  nom: "purgeFichiers",
  charge: z.object({}),
  tentatives: 3,
  async executer(_charge, { logger }) {
    const { retires } = await purgeFichiers();
    if (retires) logger.info(`${retires} fichier(s) sans usage retiré(s) du magasin de fichiers.`);
  },
});
