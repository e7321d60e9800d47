// What the import matches a document against: the app's referential (organisations with their
// hierarchy and successions, legal texts), read from the database.
import "server-only";
import { organisationsConnues, type ContexteImport } from "@/lib/domain/import";
import { on, type InTx } from "../db";

export async function loadContexteImport({ tx }: InTx = {}): Promise<ContexteImport> {
  const [organisations, textes] = await Promise.all([
    on(tx).organisation.findMany({ select: { id: true, sigle: true, nom: true, parentId: true, successeurId: true } }),
    on(tx).texteJuridique.findMany({ select: { nature: true, numero: true } }),
  ]);
  return { referentiel: organisationsConnues(organisations), textes };
}
