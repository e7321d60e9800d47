-- The imputation table as the document prints it (issue 11: labels printed exactly as written).
ALTER TABLE "ImputationBudgetaire" ADD COLUMN "lignesImprimees" TEXT;
