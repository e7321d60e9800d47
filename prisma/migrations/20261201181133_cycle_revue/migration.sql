-- CreateEnum
CREATE TYPE "EtatFil" AS ENUM ('OUVERT', 'REPONDU', 'RESOLU');

-- CreateTable
CREATE TABLE "VersionFigee" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "avenantId" TEXT,
    "numero" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "donnees" JSONB NOT NULL,
    "pdf" BYTEA NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "figeeLe" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "figeeParId" TEXT,

    CONSTRAINT "VersionFigee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FilRevue" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "avenantId" TEXT,
    "section" TEXT NOT NULL,
    "sectionLibelle" TEXT NOT NULL,
    "ligne" TEXT,
    "etat" "EtatFil" NOT NULL DEFAULT 'OUVERT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "auteurId" TEXT NOT NULL,
    "resoluLe" TIMESTAMPTZ(3),
    "resoluParId" TEXT,

    CONSTRAINT "FilRevue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageRevue" (
    "id" TEXT NOT NULL,
    "filId" TEXT NOT NULL,
    "auteurId" TEXT NOT NULL,
    "texte" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessageRevue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprobationSection" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "avenantId" TEXT,
    "section" TEXT NOT NULL,
    "empreinte" CHAR(64) NOT NULL,
    "approuveeLe" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approuveeParId" TEXT NOT NULL,

    CONSTRAINT "ApprobationSection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VersionFigee_documentId_numero_key" ON "VersionFigee"("documentId", "numero");

-- CreateIndex
CREATE INDEX "FilRevue_documentId_idx" ON "FilRevue"("documentId");

-- CreateIndex
CREATE INDEX "MessageRevue_filId_createdAt_idx" ON "MessageRevue"("filId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApprobationSection_documentId_section_key" ON "ApprobationSection"("documentId", "section");

-- AddForeignKey
ALTER TABLE "VersionFigee" ADD CONSTRAINT "VersionFigee_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionFigee" ADD CONSTRAINT "VersionFigee_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionFigee" ADD CONSTRAINT "VersionFigee_figeeParId_fkey" FOREIGN KEY ("figeeParId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilRevue" ADD CONSTRAINT "FilRevue_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilRevue" ADD CONSTRAINT "FilRevue_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilRevue" ADD CONSTRAINT "FilRevue_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilRevue" ADD CONSTRAINT "FilRevue_resoluParId_fkey" FOREIGN KEY ("resoluParId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageRevue" ADD CONSTRAINT "MessageRevue_filId_fkey" FOREIGN KEY ("filId") REFERENCES "FilRevue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageRevue" ADD CONSTRAINT "MessageRevue_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprobationSection" ADD CONSTRAINT "ApprobationSection_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprobationSection" ADD CONSTRAINT "ApprobationSection_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprobationSection" ADD CONSTRAINT "ApprobationSection_approuveeParId_fkey" FOREIGN KEY ("approuveeParId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The version sent to signature is written once: nothing may change or delete it afterwards.
CREATE FUNCTION version_figee_immuable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Une version figée pour signature ne peut être ni modifiée ni supprimée (%).', TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER version_figee_immuable BEFORE UPDATE OR DELETE ON "VersionFigee"
  FOR EACH ROW EXECUTE FUNCTION version_figee_immuable();

-- The audit log is append-only: an event is never changed nor deleted. The one update allowed is
-- the database's own ON DELETE SET NULL, when the user or draft convention it names is deleted.
CREATE FUNCTION audit_ajout_seul() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND NEW."id" = OLD."id" AND NEW."type" = OLD."type" AND NEW."entite" = OLD."entite"
     AND NEW."entiteId" IS NOT DISTINCT FROM OLD."entiteId"
     AND NEW."avant" IS NOT DISTINCT FROM OLD."avant" AND NEW."apres" IS NOT DISTINCT FROM OLD."apres"
     AND NEW."createdAt" = OLD."createdAt"
     AND (NEW."conventionId" IS NOT DISTINCT FROM OLD."conventionId" OR NEW."conventionId" IS NULL)
     AND (NEW."userId" IS NOT DISTINCT FROM OLD."userId" OR NEW."userId" IS NULL) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Le journal d''audit est en ajout seul : % refusé.', TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER audit_ajout_seul BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_ajout_seul();
