-- Signature steps in order, signed PDFs, signatories' certificates (issue 11).
-- CreateEnum
CREATE TYPE "AutoriteSignature" AS ENUM ('TITULAIRE', 'DELEGATION', 'INTERIM');

-- CreateEnum
CREATE TYPE "NiveauSignature" AS ENUM ('SCAN', 'AVANCEE', 'QUALIFIEE');

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "autorite" "AutoriteSignature" NOT NULL DEFAULT 'TITULAIRE',
ADD COLUMN     "autoriteReference" TEXT,
ADD COLUMN     "groupe" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "niveau" "NiveauSignature",
ADD COLUMN     "reauthentification" JSONB,
ADD COLUMN     "scanId" TEXT,
ADD COLUMN     "sha256Document" CHAR(64),
ADD COLUMN     "versionFigeeId" TEXT;

-- CreateTable
CREATE TABLE "PdfSigne" (
    "id" TEXT NOT NULL,
    "versionFigeeId" TEXT NOT NULL,
    "rang" INTEGER NOT NULL,
    "signatureId" TEXT NOT NULL,
    "pdf" BYTEA NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PdfSigne_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificatSignataire" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "p12" BYTEA NOT NULL,
    "motDePasseScelle" TEXT NOT NULL,
    "sujet" TEXT NOT NULL,
    "emetteur" TEXT NOT NULL,
    "numeroSerie" TEXT NOT NULL,
    "empreinteSha256" CHAR(64) NOT NULL,
    "valideJusquau" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificatSignataire_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PdfSigne_signatureId_key" ON "PdfSigne"("signatureId");

-- CreateIndex
CREATE UNIQUE INDEX "PdfSigne_versionFigeeId_rang_key" ON "PdfSigne"("versionFigeeId", "rang");

-- CreateIndex
CREATE UNIQUE INDEX "CertificatSignataire_userId_key" ON "CertificatSignataire"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_scanId_key" ON "Signature"("scanId");

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_versionFigeeId_fkey" FOREIGN KEY ("versionFigeeId") REFERENCES "VersionFigee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Fichier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdfSigne" ADD CONSTRAINT "PdfSigne_versionFigeeId_fkey" FOREIGN KEY ("versionFigeeId") REFERENCES "VersionFigee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PdfSigne" ADD CONSTRAINT "PdfSigne_signatureId_fkey" FOREIGN KEY ("signatureId") REFERENCES "Signature"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificatSignataire" ADD CONSTRAINT "CertificatSignataire_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Existing blocks take the default order: the délégataire signs after the others.
UPDATE "Signature" s SET "groupe" = 2 FROM "Partie" p WHERE s."partieId" = p."id" AND p."role" = 'DELEGATAIRE';

-- A signed PDF is written once: never changed, never deleted.
CREATE FUNCTION pdf_signe_immuable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Un PDF signé ne peut être ni modifié ni supprimé (%).', TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER pdf_signe_immuable BEFORE UPDATE OR DELETE ON "PdfSigne"
  FOR EACH ROW EXECUTE FUNCTION pdf_signe_immuable();

-- A signature once recorded never changes (nor is it deleted). What may still move are its links
-- to the referential and to accounts (a merge of duplicates, a deleted account): not what was signed.
CREATE FUNCTION signature_recueillie_immuable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'signataireId' - 'partieId' - 'enregistreeParId')
                        = (to_jsonb(OLD) - 'signataireId' - 'partieId' - 'enregistreeParId') THEN
    RETURN NEW;
  END IF;
  IF OLD."signee" THEN
    RAISE EXCEPTION 'Une signature recueillie ne peut être ni modifiée ni supprimée (%).', TG_OP
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER signature_recueillie_immuable BEFORE UPDATE OR DELETE ON "Signature"
  FOR EACH ROW EXECUTE FUNCTION signature_recueillie_immuable();
