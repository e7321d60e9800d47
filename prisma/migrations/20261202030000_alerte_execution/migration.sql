-- A new alert of the financial execution is told to DINUM finance (issue 12).
ALTER TYPE "TypeNotification" ADD VALUE 'ALERTE_EXECUTION';
