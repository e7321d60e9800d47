"use server";
import { makeAction } from "@/lib/actions/action";
import { enregistrerImportSchema, verifierRevueSchema } from "@/lib/schemas/import";
import { saveImportDepuisTravail, verifierRevueImport } from "@/lib/server/import/save-import";

export const enregistrerImportAction = makeAction(
  "document.importer",
  enregistrerImportSchema,
  (agent, { travailId, mode, revue, conventionId }) => saveImportDepuisTravail(agent, travailId, mode, revue, conventionId),
);

/** The findings of the document as the user corrected it, and what is still to check. */
export const verifierRevueAction = makeAction("document.importer", verifierRevueSchema, (agent, { travailId, revue, conventionId }) =>
  verifierRevueImport(agent, travailId, revue, conventionId),
);
