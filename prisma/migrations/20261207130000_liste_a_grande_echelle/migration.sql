-- The list and the search at 100 000 conventions (issue 23): an index per order of the list (each
-- page read in order, never all rows sorted), trigrams for a code typed in part (a reference, a UO),
-- and the imputation filters' columns. Raw SQL (expression, NULLS LAST, operator classes): schema.prisma
-- names them in a comment; `prisma migrate dev` proposes to drop them — remove those lines.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Convention_recent_idx" ON "Convention" ("dateConvention" DESC NULLS LAST, "reference" DESC);
CREATE INDEX "Convention_fin_idx" ON "Convention" ((COALESCE("dateFinEffective", "dateFin")) ASC NULLS LAST, "reference" ASC);
CREATE INDEX "Convention_plafond_idx" ON "Convention" ("plafondAe" DESC NULLS LAST, "reference" ASC);
CREATE INDEX "Convention_reference_trgm_idx" ON "Convention" USING GIN ("reference" gin_trgm_ops);
CREATE INDEX "ImputationBudgetaire_programme_idx" ON "ImputationBudgetaire" ("programme");
CREATE INDEX "ImputationBudgetaire_centreFinancier_trgm_idx" ON "ImputationBudgetaire" USING GIN ("centreFinancier" gin_trgm_ops);
-- The values the list's filters offer, read by skipping from one value to the next (years, programmes),
-- and whether anything changed since they were last read (the latest update).
CREATE INDEX "LigneEcheancier_annee_convention_idx" ON "LigneEcheancier" ("annee") WHERE "conventionId" IS NOT NULL;
CREATE INDEX "Convention_updatedAt_idx" ON "Convention" ("updatedAt");
