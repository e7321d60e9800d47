// Is the production build older than the sources? (Avoids a 1–2 minute rebuild on every start.)
import fs from "node:fs";
import path from "node:path";
import { PDF_WORKER_FILE } from "../../lib/pdf/worker-file";

const SOURCES = ["app", "components", "lib", "prisma/schema.prisma", "next.config.ts", "instrumentation.ts", "proxy.ts", "package.json"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export function needsBuild(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!fs.existsSync(buildId) || !fs.existsSync(PDF_WORKER_FILE)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}
