-- A change of role or of `actif` ends the agent's open sessions at their next request, however it
-- was made (the app, a script, SQL by hand): their version no longer matches (lib/server/auth/agent.ts).
CREATE FUNCTION user_session_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."role" IS DISTINCT FROM OLD."role" OR NEW."actif" IS DISTINCT FROM OLD."actif" THEN
    NEW."sessionVersion" := OLD."sessionVersion" + 1;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER user_session_version BEFORE UPDATE OF "role", "actif" ON "User"
  FOR EACH ROW EXECUTE FUNCTION user_session_version();
