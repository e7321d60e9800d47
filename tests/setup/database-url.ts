// Use cases take their client from lib/server/db.ts, which reads DATABASE_URL: point it at this
// run's test database before any test file imports them.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
