-- A job worker alive: its row written every 15 s (readiness wants one seen in the last minute).
CREATE TABLE "BattementWorker" (
    "id" TEXT NOT NULL,
    "hote" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "demarreLe" TIMESTAMPTZ(3) NOT NULL,
    "vuLe" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "BattementWorker_pkey" PRIMARY KEY ("id")
);
