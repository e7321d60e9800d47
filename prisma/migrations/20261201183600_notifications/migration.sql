-- CreateEnum
CREATE TYPE "TypeNotification" AS ENUM ('REVUE_DEMANDEE', 'COMMENTAIRE', 'MODIFICATIONS_DEMANDEES', 'SECTION_APPROUVEE', 'PRETE_A_SIGNER', 'A_VOUS_DE_SIGNER');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "courrielsCoupes" "TypeNotification"[] DEFAULT ARRAY[]::"TypeNotification"[];

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" "TypeNotification" NOT NULL,
    "titre" TEXT NOT NULL,
    "lien" TEXT NOT NULL,
    "conventionId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lueLe" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_userId_lueLe_createdAt_idx" ON "Notification"("userId", "lueLe", "createdAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
