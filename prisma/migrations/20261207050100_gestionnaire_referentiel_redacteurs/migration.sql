-- Until now every drafter could change the referential: the accounts that exist keep that right on
-- upgrade (an administrator removes it where it is not wanted); new accounts get it only when chosen.
-- A separate migration: a new enum value cannot be used in the transaction that adds it.
UPDATE "User"
SET "roles" = array_append("roles", 'GESTIONNAIRE_REFERENTIEL'::"Role")
WHERE 'REDACTEUR'::"Role" = ANY("roles") AND NOT ('GESTIONNAIRE_REFERENTIEL'::"Role" = ANY("roles"));
