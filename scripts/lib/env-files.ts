// Loads .env.local then .env (what Next itself reads), without overriding the real environment.
import fs from "node:fs";

export function loadEnvFiles() {
  for (const file of [".env.local", ".env"]) if (fs.existsSync(file)) process.loadEnvFile(file);
}
