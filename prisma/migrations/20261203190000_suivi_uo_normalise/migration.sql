-- The dashboard's UO is read as the import reads a CHORUS code (lib/domain/execution/rattachement.ts,
-- normaliserCode): upper case, no spaces at all. Rows kept before are brought to that form.
UPDATE "SuiviExecution" SET "uo" = upper(regexp_replace("uo", '\s+', '', 'g')) WHERE "uo" IS NOT NULL;
