-- An avenant names the convention's parties as they are at its date (issue 10).
CREATE TABLE "PartieAvenant" (
    "id" TEXT NOT NULL,
    "avenantId" TEXT NOT NULL,
    "partieId" TEXT NOT NULL,
    "ordre" INTEGER NOT NULL,
    "libelle" TEXT NOT NULL,
    "adresse" TEXT,
    "representantNom" TEXT,
    "qualite" TEXT,
    "mentionRole" TEXT,
    "denominations" TEXT[],

    CONSTRAINT "PartieAvenant_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "PartieAvenant_avenantId_ordre_key" ON "PartieAvenant"("avenantId", "ordre");
CREATE UNIQUE INDEX "PartieAvenant_avenantId_partieId_key" ON "PartieAvenant"("avenantId", "partieId");

ALTER TABLE "PartieAvenant" ADD CONSTRAINT "PartieAvenant_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PartieAvenant" ADD CONSTRAINT "PartieAvenant_partieId_fkey" FOREIGN KEY ("partieId") REFERENCES "Partie"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An avenant's signature blocks name the convention's party that signs.
CREATE INDEX "Signature_avenantId_idx" ON "Signature"("avenantId");
