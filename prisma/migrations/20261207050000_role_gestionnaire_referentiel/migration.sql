-- The referential (organisations, successions, people, legal texts) gets its own right (issue 21).
ALTER TYPE "Role" ADD VALUE IF NOT EXISTS 'GESTIONNAIRE_REFERENTIEL';
