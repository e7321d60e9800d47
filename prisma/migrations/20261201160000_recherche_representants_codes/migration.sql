-- Search also finds a party's representative and title, a signatory, and the imputation and Chorus
-- codes (« DINUPROD75 », « FAC9460075 », « 0214-CEN2-INFO »), kept current by triggers on their tables.
CREATE OR REPLACE FUNCTION convention_recherche_maj(cid text) RETURNS void LANGUAGE sql AS $$
  WITH parties AS (
    SELECT string_agg(p."libelle" || ' ' || array_to_string(p."denominations", ' ') || ' ' || coalesce(o."sigle", '')
             || ' ' || coalesce(p."representantNom", '') || ' ' || coalesce(p."qualite", ''), ' ') AS texte
    FROM "Partie" p JOIN "Organisation" o ON o."id" = p."organisationId" WHERE p."conventionId" = cid
  ), signataires AS (
    SELECT string_agg(coalesce(s."signataireNom", '') || ' ' || coalesce(s."qualite", ''), ' ') AS texte FROM "Signature" s WHERE s."conventionId" = cid
  ), codes AS (
    SELECT concat_ws(' ', i."ministere", i."programme", i."bop", i."centreFinancier", i."domaineFonctionnel", i."activite", i."centreDeCouts",
             i."comptableAssignataire", r."servicePrescripteur", r."societe", r."organisationAchat", r."groupeAcheteurs", r."rtm",
             r."codeServiceExecutant", r."comptableAssignataire", r."centreDeCouts") AS texte
    FROM (SELECT cid AS id) k
    LEFT JOIN "ImputationBudgetaire" i ON i."conventionId" = k.id
    LEFT JOIN "ParametrageAdherence" r ON r."conventionId" = k.id
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
      || setweight(to_tsvector('conventions_fr', coalesce((SELECT texte FROM codes), '') || ' ' || coalesce((SELECT texte FROM signataires), '')), 'B')
      || setweight(to_tsvector('conventions_fr', coalesce((SELECT texte FROM articles), '')), 'C')
      || setweight(to_tsvector('conventions_fr', coalesce(c."preambule", '')), 'D')
  WHERE c."id" = cid;
$$;

CREATE TRIGGER imputation_recherche AFTER INSERT OR UPDATE OR DELETE ON "ImputationBudgetaire"
  FOR EACH ROW EXECUTE FUNCTION convention_recherche_trigger();
CREATE TRIGGER parametrage_recherche AFTER INSERT OR UPDATE OR DELETE ON "ParametrageAdherence"
  FOR EACH ROW EXECUTE FUNCTION convention_recherche_trigger();
CREATE TRIGGER signature_recherche AFTER INSERT OR UPDATE OR DELETE ON "Signature"
  FOR EACH ROW EXECUTE FUNCTION convention_recherche_trigger();

-- Existing rows.
SELECT convention_recherche_maj("id") FROM "Convention";
