-- Long work a user waits for (the frozen PDF at validation, soon OCR and uploads), run by the worker:
-- its state and step, polled by the page and shown again after a reload (lib/server/jobs/travail.ts).
-- CreateEnum
CREATE TYPE "EtatTravail" AS ENUM ('EN_ATTENTE', 'EN_COURS', 'FAIT', 'ECHEC');

-- CreateTable
CREATE TABLE "Travail" (
    "id" TEXT NOT NULL,
    "nature" TEXT NOT NULL,
    "etat" "EtatTravail" NOT NULL DEFAULT 'EN_ATTENTE',
    "etape" TEXT,
    "resultat" JSONB,
    "erreur" TEXT,
    "documentId" TEXT,
    "version" INTEGER,
    "demandeParId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "termineLe" TIMESTAMPTZ(3),

    CONSTRAINT "Travail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Travail_documentId_createdAt_idx" ON "Travail"("documentId", "createdAt");

-- AddForeignKey
ALTER TABLE "Travail" ADD CONSTRAINT "Travail_demandeParId_fkey" FOREIGN KEY ("demandeParId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

