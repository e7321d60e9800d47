"use server";
import { z } from "zod";
import { makeAction } from "@/lib/actions/action";
import { verifierPdf } from "@/lib/server/signature/verifier";

const schema = z.preprocess(
  (v) => (v instanceof FormData ? Object.fromEntries(v.entries()) : v),
  z.object({
    fichier: z.instanceof(File, { message: "Choisissez le PDF à vérifier." }).refine((f) => f.size > 0, "Le fichier choisi est vide."),
  }),
);

export const verifierPdfAction = makeAction("convention.lire", schema, async (agent, { fichier }) =>
  verifierPdf(agent, { nom: fichier.name, octets: Buffer.from(await fichier.arrayBuffer()) }),
);
