-- CreateTable
CREATE TABLE "SessionAgent" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SessionAgent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionAgent_userId_idx" ON "SessionAgent"("userId");

-- CreateIndex
CREATE INDEX "SessionAgent_expiresAt_idx" ON "SessionAgent"("expiresAt");

-- AddForeignKey
ALTER TABLE "SessionAgent" ADD CONSTRAINT "SessionAgent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
