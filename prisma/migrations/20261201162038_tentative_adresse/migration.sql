-- AlterTable
ALTER TABLE "TentativeConnexion" ADD COLUMN     "adresse" TEXT;

-- CreateIndex
CREATE INDEX "TentativeConnexion_adresse_createdAt_idx" ON "TentativeConnexion"("adresse", "createdAt");
