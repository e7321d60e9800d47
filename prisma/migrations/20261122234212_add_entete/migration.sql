-- AlterTable
ALTER TABLE "Convention" ADD COLUMN     "entete" tsvector;

-- Both vectors in one pass; parties count with their organisation's acronym.
CREATE OR REPLACE FUNCTION convention_recherche_maj(cid text) RETURNS void LANGUAGE sql AS $$
  WITH parties AS (
    SELECT string_agg(p."libelle" || ' ' || array_to_string(p."denominations", ' ') || ' ' || coalesce(o."sigle", ''), ' ') AS texte
    FROM "Partie" p JOIN "Organisation" o ON o."id" = p."organisationId" WHERE p."conventionId" = cid
  ), articles AS (
    SELECT string_agg(a."titre" || ' ' || a."corps", ' ') AS texte FROM "Article" a WHERE a."conventionId" = cid
  ), entete AS (
    SELECT setweight(to_tsvector('conventions_fr', coalesce(c."reference", '') || ' ' || coalesce(c."intitule", '') || ' ' || coalesce(c."titre", '')), 'A')
        || setweight(to_tsvector('conventions_fr', coalesce(c."objet", '') || ' ' || coalesce((SELECT texte FROM parties), '')), 'B') AS v
    FROM "Convention" c WHERE c."id" = cid
  )
  UPDATE "Convention" c SET
    "entete" = (SELECT v FROM entete),
    "recherche" = (SELECT v FROM entete)
      || setweight(to_tsvector('conventions_fr', coalesce((SELECT texte FROM articles), '')), 'C')
      || setweight(to_tsvector('conventions_fr', coalesce(c."preambule", '')), 'D')
  WHERE c."id" = cid;
$$;

SELECT convention_recherche_maj("id") FROM "Convention";
