-- Every file's bytes move to one table named by their SHA-256 (lib/server/fichiers, ADR 010): the
-- frozen and signed PDFs, the scans and the kept copies of imported extracts. The rows that used to
-- hold them now point at them; the bytes stay here (BASE) unless the S3 object store is configured.
CREATE TYPE "EmplacementContenu" AS ENUM ('BASE', 'S3');

CREATE TABLE "Contenu" (
    "sha256" CHAR(64) NOT NULL,
    "taille" INTEGER NOT NULL,
    "emplacement" "EmplacementContenu" NOT NULL DEFAULT 'BASE',
    "octets" BYTEA,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Contenu_pkey" PRIMARY KEY ("sha256")
);

-- The bytes as they are, under the hash of what they are (a stored hash that disagrees with its bytes
-- makes the foreign keys below fail: the migration stops rather than carry a corrupt file).
INSERT INTO "Contenu" ("sha256", "taille", "octets")
SELECT DISTINCT ON (h) h, octet_length(b), b FROM (
  SELECT encode(sha256("contenu"), 'hex') AS h, "contenu" AS b FROM "Fichier"
  UNION ALL SELECT encode(sha256("pdf"), 'hex'), "pdf" FROM "VersionFigee"
  UNION ALL SELECT encode(sha256("pdf"), 'hex'), "pdf" FROM "PdfSigne"
  UNION ALL SELECT encode(sha256("copie"), 'hex'), "copie" FROM "ImportExecution"
) AS t
ORDER BY h;

ALTER TABLE "ImportExecution" ADD COLUMN "copieSha256" CHAR(64);
UPDATE "ImportExecution" SET "copieSha256" = encode(sha256("copie"), 'hex');
ALTER TABLE "ImportExecution" ALTER COLUMN "copieSha256" SET NOT NULL;

ALTER TABLE "Fichier" DROP COLUMN "contenu";
ALTER TABLE "VersionFigee" DROP COLUMN "pdf";
ALTER TABLE "PdfSigne" DROP COLUMN "pdf";
ALTER TABLE "ImportExecution" DROP COLUMN "copie";

CREATE INDEX "VersionFigee_sha256_idx" ON "VersionFigee"("sha256");
CREATE INDEX "PdfSigne_sha256_idx" ON "PdfSigne"("sha256");
CREATE INDEX "ImportExecution_copieSha256_idx" ON "ImportExecution"("copieSha256");

ALTER TABLE "Fichier" ADD CONSTRAINT "Fichier_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "Contenu"("sha256") ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE "VersionFigee" ADD CONSTRAINT "VersionFigee_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "Contenu"("sha256") ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE "PdfSigne" ADD CONSTRAINT "PdfSigne_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "Contenu"("sha256") ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE "ImportExecution" ADD CONSTRAINT "ImportExecution_copieSha256_fkey" FOREIGN KEY ("copieSha256") REFERENCES "Contenu"("sha256") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- Written once: bytes named by their hash never change (a file moved to the object store is the one
-- change allowed: its bytes leave the table, its name and size stay). Bytes are in the table or in
-- the object store, never both, never neither, and of the size said. (A trigger rather than CHECK
-- constraints: Prisma 6.19's schema engine, run as WebAssembly here, stops on a CHECK constraint.)
CREATE FUNCTION contenu_immuable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NOT (OLD."emplacement" = 'BASE' AND NEW."emplacement" = 'S3' AND NEW."octets" IS NULL
     AND NEW."sha256" = OLD."sha256" AND NEW."taille" = OLD."taille" AND NEW."createdAt" = OLD."createdAt") THEN
    RAISE EXCEPTION 'Le contenu d''un fichier ne peut pas être modifié (%).', OLD."sha256"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF (NEW."emplacement" = 'BASE') <> (NEW."octets" IS NOT NULL)
     OR (NEW."octets" IS NOT NULL AND octet_length(NEW."octets") <> NEW."taille") THEN
    RAISE EXCEPTION 'Contenu incohérent (%) : octets dans la table si et seulement si emplacement BASE, de la taille dite.', NEW."sha256"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER contenu_immuable BEFORE INSERT OR UPDATE ON "Contenu"
  FOR EACH ROW EXECUTE FUNCTION contenu_immuable();
