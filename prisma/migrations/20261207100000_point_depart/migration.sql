-- The two other starts a duration article states (issue 22): « à compter de sa publication » and a
-- stated date (« à compter du 1er janvier 2025 »).
-- AlterEnum
ALTER TYPE "PointDepart" ADD VALUE 'PUBLICATION';
ALTER TYPE "PointDepart" ADD VALUE 'DATE_EFFET';

-- AlterTable
ALTER TABLE "Convention" ADD COLUMN "dateEffet" DATE;
