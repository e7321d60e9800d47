// Liveness and readiness of the app (issue 23). Live: the process answers. Ready: the database
// answers, every migration this build knows is applied, and a job worker was seen lately — a load
// balancer sends users only to an instance that can serve them completely.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "./db";
import { BATTEMENT_RECENT_MS, dernierBattement } from "./jobs/battement";

export async function checkHealth(): Promise<{ ok: true; latenceMs: number } | { ok: false }> {
  const started = Date.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, latenceMs: Date.now() - started };
  } catch {
    return { ok: false };
  }
}

export type Preparation = {
  pret: boolean;
  base: "ok" | "injoignable";
  latenceMs?: number;
  migrations: "ok" | "en retard" | "inconnu";
  migrationsManquantes?: number;
  worker: "ok" | "absent";
  workerVuIlYaS?: number;
};

/** The migrations of this build (prisma/migrations, beside the app): names only, read once — a load
 *  balancer asks for readiness every few seconds, and the build does not change while it runs. */
let attendues: string[] | null | undefined;
function migrationsAttendues(): string[] | null {
  if (attendues !== undefined) return attendues;
  const dossier = path.resolve("prisma/migrations");
  attendues = fs.existsSync(dossier)
    ? fs.readdirSync(dossier, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? [d.name] : []))
    : null;
  return attendues;
}

export async function checkReadiness(maintenant = new Date()): Promise<Preparation> {
  const sante = await checkHealth();
  if (!sante.ok) return { pret: false, base: "injoignable", migrations: "inconnu", worker: "absent" };
  const attendues = migrationsAttendues();
  let manquantes: number | undefined;
  if (attendues) {
    const appliquees = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const faites = new Set(appliquees.map((m) => m.migration_name));
    manquantes = attendues.filter((m) => !faites.has(m)).length;
  }
  const vu = await dernierBattement();
  const ilYa = vu ? maintenant.getTime() - vu.getTime() : null;
  const migrations = manquantes === undefined ? "inconnu" : manquantes === 0 ? "ok" : "en retard";
  const worker = ilYa !== null && ilYa <= BATTEMENT_RECENT_MS ? "ok" : "absent";
  return {
    pret: migrations !== "en retard" && worker === "ok",
    base: "ok",
    latenceMs: sante.latenceMs,
    migrations,
    ...(manquantes ? { migrationsManquantes: manquantes } : {}),
    worker,
    ...(ilYa !== null ? { workerVuIlYaS: Math.round(ilYa / 1000) } : {}),
  };
}
