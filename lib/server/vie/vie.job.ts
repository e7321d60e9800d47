// Each night (and at the worker's start, for the nights it missed): today's date applied to every
// convention signed by all parties and not yet ended — statuts « en vigueur » and « terminée », the
// computed dates, the reminders due (once each). One transaction per convention: one that fails does
// not hold back the others, and the job is retried.
import "server-only";
import { z } from "zod";
import { jourDeParis } from "@/lib/domain/dates";
import { db } from "../db";
import { defineJob } from "../jobs/job";
import { appliquerVie } from "./vie";

export async function appliquerVieATous(aujourdhui = jourDeParis(new Date())) {
  const conventions = await db.convention.findMany({
    where: {
      OR: [
        { statut: { in: ["SIGNEE", "PUBLIEE", "EN_VIGUEUR"] } },
        { statut: "TERMINEE", dateFinEffective: { gte: new Date(`${aujourdhui.slice(0, 4)}-01-01`) } },
      ],
    },
    select: { id: true },
  });
  const changes: string[] = [];
  let echecs = 0;
  for (const { id } of conventions) {
    try {
      changes.push(...(await db.$transaction((tx) => appliquerVie(tx, id, aujourdhui))));
    } catch {
      echecs++;
    }
  }
  return { conventions: conventions.length, changes, echecs };
}

export const vieJob = defineJob({
  nom: "vie-apres-signature",
  charge: z.object({ aujourdhui: z.string().optional() }),
  tentatives: 5,
  async executer({ aujourdhui }, { logger }) {
    const r = await appliquerVieATous(aujourdhui);
    if (r.changes.length) logger.info(`Échéances du jour : ${r.changes.join(" ; ")}.`);
    if (r.echecs) throw new Error(`${r.echecs} convention(s) sur ${r.conventions} n'ont pas pu être mises à jour.`);
  },
});
