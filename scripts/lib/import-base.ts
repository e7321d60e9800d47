// The app's database for `npm run import`: its referential (organisations with their hierarchy and
// successions, legal texts) and, with --save, where documents are saved.
import type { ContexteImport } from "../../lib/domain/import";
import { organisationsConnues } from "../../lib/domain/import";
import type { AnalyseFichier } from "../../lib/server/import/analyse-fichier";
import { createPrismaClient } from "../../prisma/client";
import { resolveDatabase } from "./database";

export async function ouvrirBase(): Promise<{
  contexte: ContexteImport;
  enregistrer: (a: AnalyseFichier, octets: Uint8Array, nom: string) => Promise<string>;
  fermer: () => Promise<void>;
}> {
  const base = await resolveDatabase({ log: (l) => process.stderr.write(`${l}\n`) });
  const db = createPrismaClient(base.url, { poolSize: 2 });
  const [organisations, textes] = await Promise.all([
    db.organisation.findMany({ select: { id: true, sigle: true, nom: true, parentId: true, successeurId: true } }),
    db.texteJuridique.findMany({ select: { nature: true, numero: true } }),
  ]);
  return {
    contexte: { referentiel: organisationsConnues(organisations), textes },
    enregistrer: async () => {
      throw new Error(
        "L'enregistrement (--save) n'est pas encore disponible : relisez les documents dans l'application (« Importer un document »).",
      );
    },
    fermer: async () => {
      await db.$disconnect();
      await base.server?.stop();
    },
  };
}
