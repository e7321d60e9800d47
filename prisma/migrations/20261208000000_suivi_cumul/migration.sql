-- The finance dashboard at 100 000 conventions (issue 23): its totals, its years and its groupings
-- read a rollup (« SuiviCumul ») per year and per value of what the dashboard filters and groups by
-- (status, first délégant, programme, drafting service; a year 0 row holds the count of conventions
-- and of their alerts) instead of summing every convention's rows at each request.
--
-- Kept by triggers, append-only: a change of a convention's figures or of what it is filtered by
-- adds rows of differences (« SuiviCumulAjout », the old values taken off, the new ones added) in the
-- transaction of the change, so that two changes at once never wait for each other on a shared total
-- row; the reader sums the rollup and the differences not yet folded in (one statement: one
-- snapshot); `suivi_cumul_compacter()` folds them in (the worker, every few minutes). The UO, nearly
-- one per convention, is not a key of the rollup: filtering or grouping by UO reads the conventions'
-- own rows through an index on it.

-- What each convention-and-year row was counted under (copied from SuiviExecution by the trigger
-- below: never written by the app); a null status: not counted (no SuiviExecution row yet).
ALTER TABLE "SuiviExecutionAnnee" ADD COLUMN "statut" TEXT, ADD COLUMN "delegantId" TEXT, ADD COLUMN "programme" TEXT, ADD COLUMN "serviceId" TEXT;
UPDATE "SuiviExecutionAnnee" s SET "statut" = se."statut", "delegantId" = se."delegantId", "programme" = se."programme", "serviceId" = se."serviceId"
  FROM "SuiviExecution" se WHERE se."conventionId" = s."conventionId";

CREATE TABLE "SuiviCumul" (
    "annee" INTEGER NOT NULL,
    "statut" TEXT NOT NULL,
    "delegantId" TEXT NOT NULL DEFAULT '',
    "programme" TEXT NOT NULL DEFAULT '',
    "serviceId" TEXT NOT NULL DEFAULT '',
    "conventions" INTEGER NOT NULL DEFAULT 0,
    "alertes" INTEGER NOT NULL DEFAULT 0,
    "aeProgramme" BIGINT NOT NULL DEFAULT 0,
    "cpProgramme" BIGINT NOT NULL DEFAULT 0,
    "aeDisponible" BIGINT NOT NULL DEFAULT 0,
    "cpDisponible" BIGINT NOT NULL DEFAULT 0,
    "aeEngage" BIGINT NOT NULL DEFAULT 0,
    "aeReporte" BIGINT NOT NULL DEFAULT 0,
    "cpPaye" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "SuiviCumul_pkey" PRIMARY KEY ("annee", "statut", "delegantId", "programme", "serviceId")
);
CREATE TABLE "SuiviCumulAjout" (
    "id" BIGSERIAL NOT NULL,
    "annee" INTEGER NOT NULL,
    "statut" TEXT NOT NULL,
    "delegantId" TEXT NOT NULL DEFAULT '',
    "programme" TEXT NOT NULL DEFAULT '',
    "serviceId" TEXT NOT NULL DEFAULT '',
    "conventions" INTEGER NOT NULL DEFAULT 0,
    "alertes" INTEGER NOT NULL DEFAULT 0,
    "aeProgramme" BIGINT NOT NULL DEFAULT 0,
    "cpProgramme" BIGINT NOT NULL DEFAULT 0,
    "aeDisponible" BIGINT NOT NULL DEFAULT 0,
    "cpDisponible" BIGINT NOT NULL DEFAULT 0,
    "aeEngage" BIGINT NOT NULL DEFAULT 0,
    "aeReporte" BIGINT NOT NULL DEFAULT 0,
    "cpPaye" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "SuiviCumulAjout_pkey" PRIMARY KEY ("id")
);
-- Every read of it is by year: through this index, what it reads is its few rows, not the pages a
-- large fold left empty (VACUUM frees them for new rows but does not shrink the file).
CREATE INDEX "SuiviCumulAjout_annee_idx" ON "SuiviCumulAjout"("annee");

-- A convention-and-year row takes what its convention is filtered by.
CREATE FUNCTION suivi_annee_cles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT se."statut", se."delegantId", se."programme", se."serviceId" INTO NEW."statut", NEW."delegantId", NEW."programme", NEW."serviceId"
    FROM "SuiviExecution" se WHERE se."conventionId" = NEW."conventionId";
  RETURN NEW;
END;
$$;
CREATE TRIGGER suivi_annee_cles BEFORE INSERT OR UPDATE ON "SuiviExecutionAnnee"
  FOR EACH ROW EXECUTE FUNCTION suivi_annee_cles();

-- Its figures taken off what it was counted under, added to what it is counted under.
CREATE FUNCTION suivi_annee_cumul() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."statut" IS NOT NULL THEN
    INSERT INTO "SuiviCumulAjout" ("annee", "statut", "delegantId", "programme", "serviceId", "conventions",
      "aeProgramme", "cpProgramme", "aeDisponible", "cpDisponible", "aeEngage", "aeReporte", "cpPaye")
    VALUES (OLD."annee", OLD."statut", coalesce(OLD."delegantId", ''), coalesce(OLD."programme", ''), coalesce(OLD."serviceId", ''), -1,
      -OLD."aeProgramme", -OLD."cpProgramme", -OLD."aeDisponible", -OLD."cpDisponible", -OLD."aeEngage", -OLD."aeReporte", -OLD."cpPaye");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."statut" IS NOT NULL THEN
    INSERT INTO "SuiviCumulAjout" ("annee", "statut", "delegantId", "programme", "serviceId", "conventions",
      "aeProgramme", "cpProgramme", "aeDisponible", "cpDisponible", "aeEngage", "aeReporte", "cpPaye")
    VALUES (NEW."annee", NEW."statut", coalesce(NEW."delegantId", ''), coalesce(NEW."programme", ''), coalesce(NEW."serviceId", ''), 1,
      NEW."aeProgramme", NEW."cpProgramme", NEW."aeDisponible", NEW."cpDisponible", NEW."aeEngage", NEW."aeReporte", NEW."cpPaye");
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER suivi_annee_cumul AFTER INSERT OR DELETE ON "SuiviExecutionAnnee"
  FOR EACH ROW EXECUTE FUNCTION suivi_annee_cumul();
-- (a row written again with the same values adds nothing: the nightly recomputation mostly does that)
CREATE TRIGGER suivi_annee_cumul_maj AFTER UPDATE ON "SuiviExecutionAnnee"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION suivi_annee_cumul();

-- A convention's count and alerts, the same way (year 0); when what it is filtered by changes, its
-- year rows follow.
CREATE FUNCTION suivi_cumul_convention() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "SuiviCumulAjout" ("annee", "statut", "delegantId", "programme", "serviceId", "conventions", "alertes")
    VALUES (0, OLD."statut", coalesce(OLD."delegantId", ''), coalesce(OLD."programme", ''), coalesce(OLD."serviceId", ''), -1, -OLD."alertes");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SuiviCumulAjout" ("annee", "statut", "delegantId", "programme", "serviceId", "conventions", "alertes")
    VALUES (0, NEW."statut", coalesce(NEW."delegantId", ''), coalesce(NEW."programme", ''), coalesce(NEW."serviceId", ''), 1, NEW."alertes");
    IF TG_OP = 'INSERT' OR OLD."statut" IS DISTINCT FROM NEW."statut" OR OLD."delegantId" IS DISTINCT FROM NEW."delegantId"
       OR OLD."programme" IS DISTINCT FROM NEW."programme" OR OLD."serviceId" IS DISTINCT FROM NEW."serviceId" THEN
      UPDATE "SuiviExecutionAnnee" SET "statut" = NEW."statut" WHERE "conventionId" = NEW."conventionId"; -- (its keys re-read by suivi_annee_cles)
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER suivi_cumul_convention AFTER INSERT OR DELETE ON "SuiviExecution"
  FOR EACH ROW EXECUTE FUNCTION suivi_cumul_convention();
CREATE TRIGGER suivi_cumul_convention_maj AFTER UPDATE ON "SuiviExecution"
  FOR EACH ROW WHEN (OLD."alertes" IS DISTINCT FROM NEW."alertes" OR OLD."statut" IS DISTINCT FROM NEW."statut"
    OR OLD."delegantId" IS DISTINCT FROM NEW."delegantId" OR OLD."programme" IS DISTINCT FROM NEW."programme"
    OR OLD."serviceId" IS DISTINCT FROM NEW."serviceId")
  EXECUTE FUNCTION suivi_cumul_convention();

-- The differences folded into the rollup, those that come to nothing removed; one at a time (another
-- call meanwhile returns at once). Returns how many differences were folded.
CREATE FUNCTION suivi_cumul_compacter() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('suivi_cumul_compacter')) THEN RETURN 0; END IF;
  WITH d AS (DELETE FROM "SuiviCumulAjout" RETURNING *),
  s AS (
    SELECT "annee", "statut", "delegantId", "programme", "serviceId", count(*) AS n, sum("conventions")::int AS "conventions", sum("alertes")::int AS "alertes",
      sum("aeProgramme")::bigint AS "aeProgramme", sum("cpProgramme")::bigint AS "cpProgramme", sum("aeDisponible")::bigint AS "aeDisponible",
      sum("cpDisponible")::bigint AS "cpDisponible", sum("aeEngage")::bigint AS "aeEngage", sum("aeReporte")::bigint AS "aeReporte", sum("cpPaye")::bigint AS "cpPaye"
    FROM d GROUP BY 1, 2, 3, 4, 5),
  i AS (
    INSERT INTO "SuiviCumul" AS t ("annee", "statut", "delegantId", "programme", "serviceId", "conventions", "alertes",
      "aeProgramme", "cpProgramme", "aeDisponible", "cpDisponible", "aeEngage", "aeReporte", "cpPaye")
    SELECT "annee", "statut", "delegantId", "programme", "serviceId", "conventions", "alertes",
      "aeProgramme", "cpProgramme", "aeDisponible", "cpDisponible", "aeEngage", "aeReporte", "cpPaye" FROM s
    ON CONFLICT ("annee", "statut", "delegantId", "programme", "serviceId") DO UPDATE SET
      "conventions" = t."conventions" + EXCLUDED."conventions", "alertes" = t."alertes" + EXCLUDED."alertes",
      "aeProgramme" = t."aeProgramme" + EXCLUDED."aeProgramme", "cpProgramme" = t."cpProgramme" + EXCLUDED."cpProgramme",
      "aeDisponible" = t."aeDisponible" + EXCLUDED."aeDisponible", "cpDisponible" = t."cpDisponible" + EXCLUDED."cpDisponible",
      "aeEngage" = t."aeEngage" + EXCLUDED."aeEngage", "aeReporte" = t."aeReporte" + EXCLUDED."aeReporte", "cpPaye" = t."cpPaye" + EXCLUDED."cpPaye")
  SELECT coalesce(sum(s.n), 0)::int INTO n FROM s;
  DELETE FROM "SuiviCumul" WHERE "conventions" = 0 AND "alertes" = 0 AND "aeProgramme" = 0 AND "cpProgramme" = 0 AND "aeDisponible" = 0
    AND "cpDisponible" = 0 AND "aeEngage" = 0 AND "aeReporte" = 0 AND "cpPaye" = 0;
  RETURN n;
END;
$$;

-- Existing rows.
INSERT INTO "SuiviCumul"
SELECT s."annee", s."statut", coalesce(s."delegantId", ''), coalesce(s."programme", ''), coalesce(s."serviceId", ''), count(*)::int, 0,
  sum(s."aeProgramme"), sum(s."cpProgramme"), sum(s."aeDisponible"), sum(s."cpDisponible"), sum(s."aeEngage"), sum(s."aeReporte"), sum(s."cpPaye")
FROM "SuiviExecutionAnnee" s WHERE s."statut" IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
INSERT INTO "SuiviCumul" ("annee", "statut", "delegantId", "programme", "serviceId", "conventions", "alertes")
SELECT 0, se."statut", coalesce(se."delegantId", ''), coalesce(se."programme", ''), coalesce(se."serviceId", ''), count(*)::int, sum(se."alertes")::int
FROM "SuiviExecution" se GROUP BY 1, 2, 3, 4, 5;

-- The UO filter and grouping read the conventions' own rows.
CREATE INDEX "SuiviExecution_uo_idx" ON "SuiviExecution"("uo");
