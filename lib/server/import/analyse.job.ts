// Reading an uploaded document, run by the worker: its bytes from the file store, its text (OCR page
// by page for scans, each page said on the progress record), the structured result kept on the
// record for the review screen. A file the reader refuses ends the work with its French message.
import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { defineJob } from "../jobs/job";
import { avancerTravail, echouerTravail, getTravailEtat, terminerTravail } from "../jobs/travail";
import { getFichier } from "../fichiers/fichiers";
import { analyserFichier } from "./analyse-fichier";
import { loadContexteImport } from "./contexte";
import { metriques } from "../metriques";

export const analyseImportJob = defineJob({
  nom: "import-analyse",
  charge: z.object({ travailId: z.string().min(1), sha256: z.string().length(64), nom: z.string().min(1) }),
  tentatives: 2,
  async executer(c, { job }) {
    const travail = await getTravailEtat(c.travailId);
    if (!travail || travail.etat === "FAIT" || travail.etat === "ECHEC") return;
    try {
      await avancerTravail(c.travailId, "Lecture du document…");
      const analyse = await analyserFichier(await getFichier(c.sha256), await loadContexteImport(), {
        progres: (fait, total, page) =>
          avancerTravail(c.travailId, `Lecture des images : page ${page} (${fait + 1 > total ? total : fait + 1} sur ${total})…`).then(
            () => {},
          ),
      });
      const resultat = JSON.parse(JSON.stringify({ nom: c.nom, sha256: c.sha256, analyse })) as Prisma.InputJsonValue;
      await terminerTravail(c.travailId, resultat, "Document lu.");
      metriques().imports.inc({ resultat: "lu" });
    } catch (e) {
      metriques().imports.inc({ resultat: e instanceof ErreurMetier ? "refuse" : "echec" });
      if (e instanceof ErreurMetier) return void (await echouerTravail(c.travailId, e.message));
      if (job.attempts >= job.max_attempts)
        await echouerTravail(
          c.travailId,
          "La lecture du document a échoué à cause d'un problème technique. Réessayez ; si le problème persiste, contactez l'administrateur.",
        );
      throw e;
    }
  },
});
