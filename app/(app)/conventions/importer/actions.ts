"use server";
import { makeAction } from "@/lib/actions/action";
import { enregistrerImportSchema } from "@/lib/schemas/import";
import { saveImportDepuisTravail } from "@/lib/server/import/save-import";

export const enregistrerImportAction = makeAction("document.importer", enregistrerImportSchema, (agent, { travailId, mode }) =>
  saveImportDepuisTravail(agent, travailId, mode),
);
