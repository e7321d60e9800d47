-- AlterTable
ALTER TABLE "Convention" ADD COLUMN     "recherche" tsvector;

-- CreateIndex
CREATE INDEX "Convention_recherche_idx" ON "Convention" USING GIN ("recherche");

-- French full-text search, accents ignored: « delegation » finds « délégation ».
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION conventions_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION conventions_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- The search vector of one convention: reference and titles (A), purpose and parties (B),
-- articles (C), preamble (D).
CREATE FUNCTION convention_recherche_maj(cid text) RETURNS void LANGUAGE sql AS $$
  UPDATE "Convention" c SET "recherche" =
      setweight(to_tsvector('conventions_fr', coalesce(c."reference", '') || ' ' || coalesce(c."intitule", '') || ' ' || coalesce(c."titre", '')), 'A')
   || setweight(to_tsvector('conventions_fr', coalesce(c."objet", '') || ' ' || coalesce((
        SELECT string_agg(p."libelle" || ' ' || array_to_string(p."denominations", ' '), ' ') FROM "Partie" p WHERE p."conventionId" = c."id"), '')), 'B')
   || setweight(to_tsvector('conventions_fr', coalesce((
        SELECT string_agg(a."titre" || ' ' || a."corps", ' ') FROM "Article" a WHERE a."conventionId" = c."id"), '')), 'C')
   || setweight(to_tsvector('conventions_fr', coalesce(c."preambule", '')), 'D')
  WHERE c."id" = cid;
$$;

CREATE FUNCTION convention_recherche_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Convention' THEN
    PERFORM convention_recherche_maj(NEW."id");
  ELSE
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."conventionId" IS NOT NULL THEN PERFORM convention_recherche_maj(NEW."conventionId"); END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."conventionId" IS NOT NULL AND (TG_OP = 'DELETE' OR OLD."conventionId" IS DISTINCT FROM NEW."conventionId") THEN
      PERFORM convention_recherche_maj(OLD."conventionId");
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

-- "UPDATE OF" lists the indexed columns only, so that writing "recherche" does not loop.
CREATE TRIGGER convention_recherche AFTER INSERT OR UPDATE OF "reference", "intitule", "titre", "objet", "preambule" ON "Convention"
  FOR EACH ROW EXECUTE FUNCTION convention_recherche_trigger();
CREATE TRIGGER article_recherche AFTER INSERT OR UPDATE OR DELETE ON "Article"
  FOR EACH ROW EXECUTE FUNCTION convention_recherche_trigger();
CREATE TRIGGER partie_recherche AFTER INSERT OR UPDATE OR DELETE ON "Partie"
  FOR EACH ROW EXECUTE FUNCTION convention_recherche_trigger();

-- Existing rows.
SELECT convention_recherche_maj("id") FROM "Convention";
