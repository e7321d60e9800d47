-- Several roles per agent, and a perimeter of organisations (issue 21): each account's one role
-- becomes a set of one; the perimeter starts empty, which means « the ministry of the agent's
-- organisation », as before (lib/server/policies.ts). The trigger that ends an agent's sessions
-- on a change of role now watches the set.
ALTER TABLE "User" ADD COLUMN "roles" "Role"[] NOT NULL DEFAULT ARRAY[]::"Role"[];
UPDATE "User" SET "roles" = ARRAY["role"];

DROP TRIGGER user_session_version ON "User";
ALTER TABLE "User" DROP COLUMN "role";

CREATE OR REPLACE FUNCTION user_session_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."roles" IS DISTINCT FROM OLD."roles" OR NEW."actif" IS DISTINCT FROM OLD."actif" THEN
    NEW."sessionVersion" := OLD."sessionVersion" + 1;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER user_session_version BEFORE UPDATE OF "roles", "actif" ON "User"
  FOR EACH ROW EXECUTE FUNCTION user_session_version();

-- CreateTable
CREATE TABLE "PerimetreAgent" (
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "PerimetreAgent_pkey" PRIMARY KEY ("userId","organisationId")
);

-- CreateIndex
CREATE INDEX "PerimetreAgent_organisationId_idx" ON "PerimetreAgent"("organisationId");

-- AddForeignKey
ALTER TABLE "PerimetreAgent" ADD CONSTRAINT "PerimetreAgent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerimetreAgent" ADD CONSTRAINT "PerimetreAgent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
