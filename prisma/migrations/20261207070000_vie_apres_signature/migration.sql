-- After signature (issue 22): notification, notice and closure recorded; entry into force and end
-- computed and kept; the reminders the daily job raises, once each.
-- AlterEnum
ALTER TYPE "TypeNotification" ADD VALUE 'ECHEANCE';

-- CreateEnum
CREATE TYPE "TypeRappel" AS ENUM ('FIN_PROCHE', 'PREAVIS_PROCHE', 'TERMINEE_AVEC_CREDITS', 'PUBLICATION_EN_RETARD');

-- AlterTable
ALTER TABLE "Convention" ADD COLUMN "dateNotification" DATE,
ADD COLUMN "dateDenonciation" DATE,
ADD COLUMN "denonceeParPartieId" TEXT,
ADD COLUMN "motifDenonciation" TEXT,
ADD COLUMN "dateCloture" DATE,
ADD COLUMN "motifCloture" TEXT,
ADD COLUMN "dateEntreeEnVigueur" DATE,
ADD COLUMN "dateFinEffective" DATE;

-- AlterTable
ALTER TABLE "Avenant" ADD COLUMN "dateEntreeEnVigueur" DATE;

-- CreateTable
CREATE TABLE "Rappel" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "type" "TypeRappel" NOT NULL,
    "echeance" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rappel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Rappel_conventionId_idx" ON "Rappel"("conventionId");

-- CreateIndex
CREATE UNIQUE INDEX "Rappel_documentId_type_echeance_key" ON "Rappel"("documentId", "type", "echeance");

-- AddForeignKey
ALTER TABLE "Rappel" ADD CONSTRAINT "Rappel_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;
