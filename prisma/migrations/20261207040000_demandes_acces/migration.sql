-- Access requests of agents unknown to the app who logged in with ProConnect (issue 21), and the
-- notification that tells administrators.
-- AlterEnum
ALTER TYPE "TypeNotification" ADD VALUE 'DEMANDE_ACCES';

-- CreateEnum
CREATE TYPE "StatutDemande" AS ENUM ('EN_ATTENTE', 'ACCEPTEE', 'REFUSEE');

-- CreateTable
CREATE TABLE "DemandeAcces" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "organisationId" TEXT,
    "roles" "Role"[] DEFAULT ARRAY[]::"Role"[],
    "motif" TEXT NOT NULL,
    "statut" "StatutDemande" NOT NULL DEFAULT 'EN_ATTENTE',
    "motifRefus" TEXT,
    "traiteeParId" TEXT,
    "traiteeLe" TIMESTAMPTZ(3),
    "compteId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemandeAcces_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DemandeAcces_email_statut_idx" ON "DemandeAcces"("email", "statut");

-- CreateIndex
CREATE INDEX "DemandeAcces_statut_createdAt_idx" ON "DemandeAcces"("statut", "createdAt");

-- AddForeignKey
ALTER TABLE "DemandeAcces" ADD CONSTRAINT "DemandeAcces_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandeAcces" ADD CONSTRAINT "DemandeAcces_traiteeParId_fkey" FOREIGN KEY ("traiteeParId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
