-- A worker killed in the middle of a job (issue 23): each heartbeat names the queue's worker ids of its
-- process, so that a live worker can free the jobs a dead one held (graphile-worker would otherwise
-- wait four hours before running them again).
ALTER TABLE "BattementWorker" ADD COLUMN "idsFile" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
