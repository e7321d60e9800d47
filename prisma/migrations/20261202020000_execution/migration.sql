-- Financial execution (issue 12): credits made available, legal commitments and payments read from
-- CHORUS extracts, and the extracts imported.
CREATE TYPE "NatureMouvement" AS ENUM ('MISE_A_DISPOSITION', 'ENGAGEMENT', 'PAIEMENT');

CREATE TABLE "ImportExecution" (
    "id" TEXT NOT NULL,
    "nomFichier" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "taille" INTEGER NOT NULL,
    "copie" BYTEA NOT NULL,
    "nature" "NatureMouvement" NOT NULL,
    "lignesLues" INTEGER NOT NULL,
    "lignesImportees" INTEGER NOT NULL,
    "lignesDejaPresentes" INTEGER NOT NULL,
    "lignesAutresUo" INTEGER NOT NULL,
    "conventionId" TEXT,
    "importeParId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ImportExecution_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ImportExecution_sha256_idx" ON "ImportExecution"("sha256");
ALTER TABLE "ImportExecution" ADD CONSTRAINT "ImportExecution_importeParId_fkey" FOREIGN KEY ("importeParId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "MouvementExecution" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "nature" "NatureMouvement" NOT NULL,
    "annee" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "ae" BIGINT NOT NULL DEFAULT 0,
    "cp" BIGINT NOT NULL DEFAULT 0,
    "report" BOOLEAN NOT NULL DEFAULT false,
    "typeMontant" TEXT,
    "numeroEj" TEXT,
    "posteEj" TEXT,
    "numeroDp" TEXT,
    "posteDp" TEXT,
    "fournisseur" TEXT,
    "centreFinancier" TEXT,
    "domaineFonctionnel" TEXT,
    "activite" TEXT,
    "texte" TEXT,
    "cle" TEXT NOT NULL,
    "importId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MouvementExecution_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "MouvementExecution_conventionId_cle_key" ON "MouvementExecution"("conventionId", "cle");
CREATE INDEX "MouvementExecution_conventionId_nature_annee_idx" ON "MouvementExecution"("conventionId", "nature", "annee");
CREATE INDEX "MouvementExecution_nature_annee_idx" ON "MouvementExecution"("nature", "annee");
CREATE INDEX "MouvementExecution_conventionId_numeroEj_idx" ON "MouvementExecution"("conventionId", "numeroEj");
ALTER TABLE "MouvementExecution" ADD CONSTRAINT "MouvementExecution_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MouvementExecution" ADD CONSTRAINT "MouvementExecution_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ImportExecution"("id") ON DELETE SET NULL ON UPDATE CASCADE;
