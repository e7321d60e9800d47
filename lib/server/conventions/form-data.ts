// What the convention form needs from the database: the referential and the known legal texts.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listReferentiel } from "../referentiel/create-organisation";

export async function loadFormData(db: PrismaClient) {
  const [referentiel, textes] = await Promise.all([listReferentiel(db), db.texteJuridique.findMany({ select: { nature: true, numero: true } })]);
  return { ...referentiel, textes };
}
