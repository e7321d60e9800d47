-- AlterTable
ALTER TABLE "Avenant" ADD COLUMN     "formuleAccord" TEXT,
ADD COLUMN     "introduction" TEXT;

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "motifDate" TEXT,
ALTER COLUMN "autorite" DROP NOT NULL,
ALTER COLUMN "autorite" DROP DEFAULT;
