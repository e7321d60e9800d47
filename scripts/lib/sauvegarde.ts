// Backups (issue 23): a folder holding the database in pg_dump's custom format (base.dump), the
// files kept in the object store when one is used (fichiers/<sha256>: the database says which), and
// a manifest (date, server version, files). Restored into an empty database with pg_restore, the
// files put back in the object store. pg_dump and pg_restore are Debian's PostgreSQL client
// (postgresql-client, installed by scripts/ensure-system-deps.sh); their major version must be at
// least the server's. Loaded with --conditions=react-server (it reads the file store of lib/server).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { parseDatabaseUrl } from "../../prisma/database-url";

export type Manifeste = {
  format: 1;
  faiteLe: string;
  versionServeur: string;
  base: string;
  fichiersS3: string[];
  /** Files the database names in the object store that were missing or altered there: said, not copied. */
  fichiersManquants: string[];
};

const libpq = (url: string) => {
  const c = parseDatabaseUrl(url);
  return { PGHOST: c.host, PGPORT: String(c.port), PGUSER: c.user, PGPASSWORD: c.password ?? "", PGDATABASE: c.database };
};

/** The client tools' major version, checked against the server's (pg_dump refuses a newer server). */
async function verifierOutils(url: string): Promise<string> {
  let sortie: string;
  try {
    sortie = execFileSync("pg_dump", ["--version"], { encoding: "utf8" });
  } catch {
    throw new Error("pg_dump est introuvable : installez le client PostgreSQL (apt-get install -y postgresql-client).");
  }
  const outils = Number(sortie.match(/(\d+)\.\d+/)?.[1] ?? 0);
  const client = new pg.Client({ ...parseDatabaseUrl(url), database: "postgres" });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string; server_version_num: string }>(
      "SELECT current_setting('server_version') AS server_version, current_setting('server_version_num') AS server_version_num",
    );
    const serveur = Math.floor(Number(rows[0]!.server_version_num) / 10000);
    if (outils < serveur)
      throw new Error(
        `pg_dump ${outils} ne sait pas sauvegarder un serveur PostgreSQL ${serveur} : installez le client ${serveur} (paquet postgresql-client-${serveur}, dépôt apt.postgresql.org).`,
      );
    return rows[0]!.server_version;
  } finally {
    await client.end();
  }
}

/** Backs up the database at `url` into `dossier` (created); `snapshot`: pg_dump reads that exported
 *  snapshot (a test compares the very state it dumped). */
export async function sauvegarder(options: {
  url: string;
  dossier: string;
  snapshot?: string;
  log?: (l: string) => void;
}): Promise<Manifeste> {
  const log = options.log ?? (() => {});
  const versionServeur = await verifierOutils(options.url);
  fs.mkdirSync(path.join(options.dossier, "fichiers"), { recursive: true });
  const dump = path.join(options.dossier, "base.dump");
  log("Sauvegarde de la base (pg_dump, format personnalisé)…");
  execFileSync(
    "pg_dump",
    ["--format=custom", "--no-owner", "--no-privileges", "--file", dump, ...(options.snapshot ? ["--snapshot", options.snapshot] : [])],
    { env: { ...process.env, ...libpq(options.url) }, stdio: ["ignore", "ignore", "pipe"] },
  );

  // The files whose bytes are in the object store (the others are in the dump, table « Contenu »).
  const client = new pg.Client({ ...parseDatabaseUrl(options.url) });
  await client.connect();
  let enS3: string[];
  try {
    if (options.snapshot) {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
      await client.query(`SET TRANSACTION SNAPSHOT '${options.snapshot.replace(/'/g, "")}'`);
    }
    const { rows } = await client.query<{ sha256: string }>(`SELECT "sha256" FROM "Contenu" WHERE "emplacement" = 'S3' ORDER BY 1`);
    enS3 = rows.map((r) => r.sha256.trim());
  } finally {
    await client.end();
  }
  const copies: string[] = [];
  const manquants: string[] = [];
  if (enS3.length) {
    const { getFichier } = await import("../../lib/server/fichiers/fichiers");
    process.env.DATABASE_URL = options.url;
    for (const empreinte of enS3) {
      try {
        fs.writeFileSync(path.join(options.dossier, "fichiers", empreinte), await getFichier(empreinte)); // checked against its hash
        copies.push(empreinte);
      } catch (error) {
        // A backup is still made: the file is said missing, here and in the manifest.
        manquants.push(empreinte);
        log(`⚠ ${error instanceof Error ? error.message : error}`);
      }
      const fait = copies.length + manquants.length;
      if (fait % 100 === 0 || fait === enS3.length) log(`Fichiers du magasin d'objets : ${fait} sur ${enS3.length}`);
    }
  }
  const manifeste: Manifeste = {
    format: 1,
    faiteLe: new Date().toISOString(),
    versionServeur,
    base: parseDatabaseUrl(options.url).database,
    fichiersS3: copies,
    fichiersManquants: manquants,
  };
  fs.writeFileSync(path.join(options.dossier, "manifeste.json"), JSON.stringify(manifeste, null, 2));
  return manifeste;
}

/** Restores the backup in `dossier` into the database at `url`: created when missing; refused when
 *  it already holds tables, unless `remplacer` (then emptied first). */
export async function restaurer(options: { url: string; dossier: string; remplacer?: boolean; log?: (l: string) => void }) {
  const log = options.log ?? (() => {});
  const manifeste = JSON.parse(fs.readFileSync(path.join(options.dossier, "manifeste.json"), "utf8")) as Manifeste;
  await verifierOutils(options.url);
  const cible = parseDatabaseUrl(options.url);
  const admin = new pg.Client({ ...cible, database: "postgres" });
  await admin.connect();
  try {
    const nom = `"${cible.database.replace(/"/g, '""')}"`;
    const existe = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [cible.database])).rowCount;
    if (existe) {
      const base = new pg.Client({ ...cible });
      await base.connect();
      const { rows } = await base.query<{ n: string }>(
        "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
      );
      await base.end();
      if (Number(rows[0]!.n) > 0) {
        if (!options.remplacer)
          throw new Error(
            `La base « ${cible.database} » contient déjà des tables : restaurez dans une base neuve, ou ajoutez --remplacer pour l'effacer d'abord.`,
          );
        log(`Effacement de la base « ${cible.database} »…`);
        await admin.query(`DROP DATABASE ${nom} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${nom}`);
      }
    } else await admin.query(`CREATE DATABASE ${nom}`);
  } finally {
    await admin.end();
  }
  log("Restauration de la base (pg_restore)…");
  execFileSync(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname", cible.database, path.join(options.dossier, "base.dump")],
    { env: { ...process.env, ...libpq(options.url) }, stdio: ["ignore", "ignore", "pipe"] },
  );
  if (manifeste.fichiersS3.length) {
    const { configurationS3, magasinS3 } = await import("../../lib/server/fichiers/s3");
    const config = configurationS3();
    if (!config)
      throw new Error(
        `La sauvegarde contient ${manifeste.fichiersS3.length} fichier(s) du magasin d'objets, mais aucun n'est configuré (FICHIERS_S3_BUCKET…).`,
      );
    const magasin = magasinS3(config);
    let fait = 0;
    for (const empreinte of manifeste.fichiersS3) {
      await magasin.deposer(empreinte, fs.readFileSync(path.join(options.dossier, "fichiers", empreinte)));
      if (++fait % 100 === 0 || fait === manifeste.fichiersS3.length)
        log(`Fichiers remis dans le magasin d'objets : ${fait} sur ${manifeste.fichiersS3.length}`);
    }
  }
  return manifeste;
}
