// The open-data index (CSV) kept as one resource of the data.gouv.fr dataset, replaced in place after
// each publication (one job queued at a time: a burst of publications uploads it once).
import "server-only";
import { z } from "zod";
import { messageDataGouv } from "@/lib/domain/publication";
import { feuilleDonneesOuvertes } from "@/lib/views/donnees-ouvertes";
import { db } from "../db";
import { defineJob } from "../jobs/job";
import { fichierTableur } from "../export/tableur";
import { sha256 } from "../fichiers/fichiers";
import { configDataGouv, decrire, ErreurDataGouv, televerser } from "./datagouv";
import { listDonneesOuvertes } from "./list-donnees-ouvertes";

export const NOM_INDEX = "conventions-delegation-gestion-index.csv";
const CLE = "index";

export const indexDonneesOuvertesJob = defineJob({
  nom: "publication-index-donnees-ouvertes",
  charge: z.object({}),
  tentatives: 5,
  async executer(_charge, { logger }) {
    const config = configDataGouv();
    if (!config) return;
    const octets = await fichierTableur("csv", [feuilleDonneesOuvertes(await listDonneesOuvertes())]);
    const empreinte = sha256(octets);
    const connue = await db.ressourceDataGouv.findUnique({ where: { cle: CLE } });
    const meme = connue?.datasetId === config.dataset;
    if (meme && connue.sha256 === empreinte) return;
    try {
      const ressource = await televerser(config, { nom: NOM_INDEX, octets, type: "text/csv" }, meme ? connue.resourceId : null);
      const decrite = await decrire(config, ressource.id, {
        title: "Index des conventions de délégation de gestion publiées",
        description:
          "Une ligne par convention ou avenant publié : référence, parties, objet, programme, dates de signature, de publication, d'entrée en vigueur et de fin, plafonds AE et CP, références de publication, adresse et empreinte SHA-256 du PDF signé. Colonnes documentées sur la page « Données ouvertes » de l'application. Séparateur « ; », UTF-8.",
      });
      const data = { datasetId: config.dataset, resourceId: ressource.id, url: decrite.url ?? ressource.url, sha256: empreinte };
      await db.ressourceDataGouv.upsert({ where: { cle: CLE }, create: { cle: CLE, ...data }, update: data });
    } catch (e) {
      if (e instanceof ErreurDataGouv && !messageDataGouv(e.statut, e.detail).reessayer) {
        logger.error(`Index des données ouvertes non téléversé : ${messageDataGouv(e.statut, e.detail).message}`);
        return;
      }
      throw e;
    }
  },
});
