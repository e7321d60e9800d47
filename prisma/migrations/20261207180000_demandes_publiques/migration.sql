-- Requests to a public upload (« Vérifier une publication »), counted per client address so that
-- every instance shares one limit (issue 23).
CREATE TABLE "DemandePublique" (
    "id" TEXT NOT NULL,
    "nature" TEXT NOT NULL,
    "adresse" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemandePublique_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "DemandePublique_nature_adresse_createdAt_idx" ON "DemandePublique"("nature", "adresse", "createdAt");
