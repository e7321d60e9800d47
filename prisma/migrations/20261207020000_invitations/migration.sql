-- Links to set one's password, sent when an administrator opens an account: single use, 72 h; only
-- the SHA-256 of the token is kept (lib/server/comptes/invitation.ts).
-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "jetonSha256" CHAR(64) NOT NULL,
    "expireLe" TIMESTAMPTZ(3) NOT NULL,
    "utiliseeLe" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_jetonSha256_key" ON "Invitation"("jetonSha256");

-- CreateIndex
CREATE INDEX "Invitation_userId_idx" ON "Invitation"("userId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
