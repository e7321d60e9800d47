-- The codes of each convention's alerts, kept with its figures: an alert that appears is told to
-- DINUM finance (issue 12).
ALTER TABLE "SuiviExecution" ADD COLUMN IF NOT EXISTS "codes" TEXT[] DEFAULT ARRAY[]::TEXT[];
