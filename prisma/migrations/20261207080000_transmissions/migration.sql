-- Copies of signed documents sent to the controllers and accountants their text names (issue 22),
-- and the reminder when no acknowledgement comes.
-- AlterEnum
ALTER TYPE "TypeRappel" ADD VALUE 'ACCUSE_ATTENDU';

-- CreateEnum
CREATE TYPE "MethodeTransmission" AS ENUM ('COURRIEL', 'MAIN');

-- CreateEnum
CREATE TYPE "EtatTransmission" AS ENUM ('A_ENVOYER', 'EN_COURS', 'ENVOYEE', 'ACCUSEE', 'EN_ERREUR');

-- CreateTable
CREATE TABLE "Transmission" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "avenantId" TEXT,
    "destinataire" TEXT NOT NULL,
    "adresse" TEXT,
    "methode" "MethodeTransmission",
    "etat" "EtatTransmission" NOT NULL DEFAULT 'A_ENVOYER',
    "dateEnvoi" DATE,
    "dateAccuse" DATE,
    "referenceAccuse" TEXT,
    "message" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "majParId" TEXT,

    CONSTRAINT "Transmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Transmission_conventionId_idx" ON "Transmission"("conventionId");

-- CreateIndex
CREATE UNIQUE INDEX "Transmission_documentId_destinataire_key" ON "Transmission"("documentId", "destinataire");

-- AddForeignKey
ALTER TABLE "Transmission" ADD CONSTRAINT "Transmission_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transmission" ADD CONSTRAINT "Transmission_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transmission" ADD CONSTRAINT "Transmission_majParId_fkey" FOREIGN KEY ("majParId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
