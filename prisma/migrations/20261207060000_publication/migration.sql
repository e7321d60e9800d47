-- Publication of signed documents (issue 22): a tracker of channels per document, its date of
-- publication for avenants too, the open-data index kept on data.gouv.fr, and the notification of a
-- failed upload.
-- AlterEnum
ALTER TYPE "TypeNotification" ADD VALUE 'PUBLICATION_EN_ERREUR';

-- CreateEnum
CREATE TYPE "CanalPublication" AS ENUM ('BULLETIN_OFFICIEL', 'JOURNAL_OFFICIEL', 'GOUVERNEMENT_FR', 'DATA_GOUV_FR', 'AUTRE');

-- CreateEnum
CREATE TYPE "EtatPublication" AS ENUM ('A_FAIRE', 'EN_COURS', 'PUBLIEE', 'EN_ERREUR');

-- AlterTable
ALTER TABLE "Avenant" ADD COLUMN "datePublication" DATE;

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "avenantId" TEXT,
    "canal" "CanalPublication" NOT NULL,
    "libelle" TEXT NOT NULL DEFAULT '',
    "requis" BOOLEAN NOT NULL DEFAULT true,
    "etat" "EtatPublication" NOT NULL DEFAULT 'A_FAIRE',
    "nor" TEXT,
    "numero" TEXT,
    "datePublication" DATE,
    "url" TEXT,
    "message" TEXT,
    "tentatives" INTEGER NOT NULL DEFAULT 0,
    "sha256" CHAR(64),
    "datasetId" TEXT,
    "resourceId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "majParId" TEXT,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RessourceDataGouv" (
    "cle" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "url" TEXT,
    "sha256" CHAR(64),
    "majLe" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RessourceDataGouv_pkey" PRIMARY KEY ("cle")
);

-- CreateIndex
CREATE INDEX "Publication_conventionId_idx" ON "Publication"("conventionId");

-- CreateIndex
CREATE INDEX "Publication_sha256_idx" ON "Publication"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_documentId_canal_libelle_key" ON "Publication"("documentId", "canal", "libelle");

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_majParId_fkey" FOREIGN KEY ("majParId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
