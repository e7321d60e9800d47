-- The Chorus set-up after signature, step by step (issue 22).
-- CreateEnum
CREATE TYPE "EtapeParametrageChorus" AS ENUM ('DROITS_DELEGATAIRE', 'ADHERENCE_UO', 'SERVICE_EXECUTANT', 'CENTRE_DE_COUTS', 'COMPTABLE');

-- CreateEnum
CREATE TYPE "EtatEtapeChorus" AS ENUM ('A_FAIRE', 'FAITE', 'SANS_OBJET');

-- CreateTable
CREATE TABLE "EtapeChorus" (
    "conventionId" TEXT NOT NULL,
    "cle" "EtapeParametrageChorus" NOT NULL,
    "etat" "EtatEtapeChorus" NOT NULL DEFAULT 'A_FAIRE',
    "date" DATE,
    "commentaire" TEXT,
    "parId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "majLe" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EtapeChorus_pkey" PRIMARY KEY ("conventionId","cle")
);

-- AddForeignKey
ALTER TABLE "EtapeChorus" ADD CONSTRAINT "EtapeChorus_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EtapeChorus" ADD CONSTRAINT "EtapeChorus_parId_fkey" FOREIGN KEY ("parId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
