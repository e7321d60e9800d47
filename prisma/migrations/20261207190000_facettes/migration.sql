-- The list's filters at 100 000 conventions (issue 23): every equality filter of the list — status,
-- type, drafting service, a party, a programme, a year of the schedule — is one key of an array on
-- the convention (« s:SIGNEE », « t:… », « v:serviceId », « p:organisationId », « g:programme »,
-- « a:2024 »), indexed by GIN: any combination of filters is answered by intersecting the keys'
-- lists, whatever their correlation (a status with a year used to walk tens of thousands of rows).
-- Kept up to date by triggers, like the search vector. Raw SQL: schema.prisma names the column and
-- says so; `prisma migrate dev` proposes to drop the index — remove those lines.
ALTER TABLE "Convention" ADD COLUMN "facettes" TEXT[] NOT NULL DEFAULT '{}';
-- never moved out of the row: read for every row a filter tests
ALTER TABLE "Convention" ALTER COLUMN "facettes" SET STORAGE PLAIN;

CREATE FUNCTION convention_facettes(cid text, statut text, type text, service text) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT ARRAY['s:' || statut, 't:' || type] || CASE WHEN service IS NULL THEN '{}'::text[] ELSE ARRAY['v:' || service] END
    || coalesce((SELECT array_agg(DISTINCT 'p:' || p."organisationId") FROM "Partie" p WHERE p."conventionId" = cid), '{}')
    || coalesce((SELECT array_agg(DISTINCT 'g:' || i."programme") FROM "ImputationBudgetaire" i WHERE i."conventionId" = cid AND i."programme" IS NOT NULL), '{}')
    || coalesce((SELECT array_agg(DISTINCT 'a:' || l."annee") FROM "LigneEcheancier" l WHERE l."conventionId" = cid), '{}');
$$;

-- The convention's own columns: computed before the row is written (no second version of it).
CREATE FUNCTION convention_facettes_avant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."facettes" := convention_facettes(NEW."id", NEW."statut"::text, NEW."type"::text, NEW."serviceId");
  RETURN NEW;
END;
$$;
CREATE TRIGGER convention_facettes BEFORE INSERT OR UPDATE OF "statut", "type", "serviceId" ON "Convention"
  FOR EACH ROW EXECUTE FUNCTION convention_facettes_avant();

-- A party, a schedule line or an imputation line changed: its convention's keys again.
CREATE FUNCTION convention_facettes_maj(cid text) RETURNS void LANGUAGE sql AS $$
  UPDATE "Convention" c SET "facettes" = convention_facettes(c."id", c."statut"::text, c."type"::text, c."serviceId") WHERE c."id" = cid;
$$;
CREATE FUNCTION convention_facettes_enfant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."conventionId" IS NOT NULL THEN PERFORM convention_facettes_maj(NEW."conventionId"); END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."conventionId" IS NOT NULL AND (TG_OP = 'DELETE' OR OLD."conventionId" IS DISTINCT FROM NEW."conventionId") THEN
    PERFORM convention_facettes_maj(OLD."conventionId");
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER partie_facettes AFTER INSERT OR UPDATE OF "organisationId", "conventionId" OR DELETE ON "Partie"
  FOR EACH ROW EXECUTE FUNCTION convention_facettes_enfant();
CREATE TRIGGER ligne_echeancier_facettes AFTER INSERT OR UPDATE OF "annee", "conventionId" OR DELETE ON "LigneEcheancier"
  FOR EACH ROW EXECUTE FUNCTION convention_facettes_enfant();
CREATE TRIGGER imputation_facettes AFTER INSERT OR UPDATE OF "programme", "conventionId" OR DELETE ON "ImputationBudgetaire"
  FOR EACH ROW EXECUTE FUNCTION convention_facettes_enfant();

-- Existing rows.
UPDATE "Convention" c SET "facettes" = convention_facettes(c."id", c."statut"::text, c."type"::text, c."serviceId");

CREATE INDEX "Convention_facettes_idx" ON "Convention" USING GIN ("facettes");
