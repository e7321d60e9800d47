-- Finance at scale (issue 12): the dashboard's figures kept per convention and year; execution
-- lines entered by hand.
ALTER TABLE "MouvementExecution" ADD COLUMN "saisiParId" TEXT;
ALTER TABLE "MouvementExecution" ADD CONSTRAINT "MouvementExecution_saisiParId_fkey" FOREIGN KEY ("saisiParId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "SuiviExecutionAnnee" (
    "conventionId" TEXT NOT NULL,
    "annee" INTEGER NOT NULL,
    "aeProgramme" BIGINT NOT NULL DEFAULT 0,
    "cpProgramme" BIGINT NOT NULL DEFAULT 0,
    "aeDisponible" BIGINT NOT NULL DEFAULT 0,
    "cpDisponible" BIGINT NOT NULL DEFAULT 0,
    "aeEngage" BIGINT NOT NULL DEFAULT 0,
    "aeReporte" BIGINT NOT NULL DEFAULT 0,
    "cpPaye" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "SuiviExecutionAnnee_pkey" PRIMARY KEY ("conventionId","annee")
);
CREATE INDEX "SuiviExecutionAnnee_annee_idx" ON "SuiviExecutionAnnee"("annee");
ALTER TABLE "SuiviExecutionAnnee" ADD CONSTRAINT "SuiviExecutionAnnee_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "SuiviExecution" (
    "conventionId" TEXT NOT NULL,
    "alertes" INTEGER NOT NULL DEFAULT 0,
    "calculeLe" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reference" TEXT NOT NULL DEFAULT '',
    "statut" TEXT NOT NULL DEFAULT '',
    "delegantId" TEXT,
    "programme" TEXT,
    "uo" TEXT,
    "serviceId" TEXT,
    CONSTRAINT "SuiviExecution_pkey" PRIMARY KEY ("conventionId")
);
CREATE INDEX "SuiviExecution_reference_idx" ON "SuiviExecution"("reference");
ALTER TABLE "SuiviExecution" ADD CONSTRAINT "SuiviExecution_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;
