// Backups (issue 23): npm run db:backup then db:restore into a new database give back every table
// identical — row counts and a checksum per table, compared on the very snapshot pg_dump read — with
// the files of the object store (s3rver on loopback) put back, and a signed PDF that still verifies.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent } from "../helpers/factories";
import { putFichier, sha256 } from "@/lib/server/fichiers/fichiers";
import { configurationS3, magasinS3 } from "@/lib/server/fichiers/s3";
import { PRECHAUFFAGE, renderPdf } from "@/lib/server/pdf/pdf-pool";
import { signatureInterne } from "@/lib/server/signature/fournisseur";
import { readPdfSignatures } from "@/lib/server/signature/verify-pdf";
import { restaurer, sauvegarder } from "../../scripts/lib/sauvegarde";
import { withDatabase } from "../../prisma/database-url";

const db = testDb();
const BUCKET = "conventions-sauvegarde";
let s3: S3rver;
let envS3: Record<string, string>;
const source = process.env.DATABASE_URL!;
const cible = withDatabase(source, `restauree_${Date.now()}_${process.pid}`);
const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "sauvegarde-"));

function avecS3<T>(prefixe: string, travail: () => Promise<T>): Promise<T> {
  Object.assign(process.env, envS3, { FICHIERS_S3_PREFIXE: prefixe });
  return travail().finally(() => {
    for (const cle of [...Object.keys(envS3), "FICHIERS_S3_PREFIXE"]) delete process.env[cle];
  });
}

/** Row count and checksum of every table, read in `client`'s current transaction. */
async function empreintes(client: pg.Client): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ s: string; t: string }>(
    `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
     WHERE table_schema IN ('public', 'graphile_worker') AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
  );
  const resultat: Record<string, string> = {};
  for (const { s, t } of tables) {
    const { rows } = await client.query<{ n: string; h: string }>(
      `SELECT count(*)::text AS n, md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM "${s}"."${t}" x`,
    );
    resultat[`${s}.${t}`] = `${rows[0]!.n} ${rows[0]!.h}`;
  }
  return resultat;
}

beforeAll(async () => {
  s3 = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-")),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = (await s3.run()) as { port: number };
  envS3 = {
    FICHIERS_S3_BUCKET: BUCKET,
    FICHIERS_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    FICHIERS_S3_PATH_STYLE: "true",
    FICHIERS_S3_ACCESS_KEY_ID: "S3RVER",
    FICHIERS_S3_SECRET_ACCESS_KEY: "S3RVER",
  };
});

afterAll(async () => {
  const admin = new pg.Client({ connectionString: withDatabase(source, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${new URL(cible).pathname.slice(1)}" WITH (FORCE)`);
  await admin.end();
  await s3.close();
  fs.rmSync(dossier, { recursive: true, force: true });
});

describe("npm run db:backup / db:restore", () => {
  it("gives back every table identical, the object store's files, and signed PDFs that verify", async () => {
    // A PDF signed in the app, kept in PostgreSQL; a scan kept in the object store.
    const agent = await createAgent(db, { roles: ["SIGNATAIRE"] });
    const signe = await signatureInterne.signer(await renderPdf(PRECHAUFFAGE, null), {
      signataire: { userId: agent.id, nom: "Camille Sauvegarde", email: agent.email, organisation: null },
      raison: "Test de sauvegarde",
      lieu: "Paris",
      champ: "Signature-sauvegarde",
    });
    const pdfSigne = await putFichier(signe.pdf);
    const scan = randomBytes(4096);
    const enS3 = await avecS3("origine/", () => putFichier(scan));
    for (const [f, nom] of [
      [pdfSigne, "signe.pdf"],
      [enS3, "scan.pdf"],
    ] as const)
      await db.fichier.create({ data: { nature: "ANNEXE", nom, typeMime: "application/pdf", taille: f.taille, sha256: f.sha256 } });

    // The state pg_dump reads, checksummed in the same snapshot (other test files write meanwhile).
    const lecteur = new pg.Client({ connectionString: source });
    await lecteur.connect();
    await lecteur.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    const { rows } = await lecteur.query<{ s: string }>("SELECT pg_export_snapshot() AS s");
    const avant = await empreintes(lecteur);
    const manifeste = await avecS3("origine/", () => sauvegarder({ url: source, dossier, snapshot: rows[0]!.s }));
    await lecteur.query("COMMIT");
    await lecteur.end();
    expect(manifeste.fichiersS3).toContain(enS3.sha256);
    // (Files other test files put in their own object stores, gone since, are said missing, not copied.)
    expect(manifeste.fichiersManquants).not.toContain(enS3.sha256);
    expect(fs.readFileSync(path.join(dossier, "fichiers", enS3.sha256))).toEqual(scan);

    // Restored into a new database, the object store's files into another prefix (a new bucket).
    await avecS3("restauree/", () => restaurer({ url: cible, dossier }));
    const restauree = new pg.Client({ connectionString: cible });
    await restauree.connect();
    try {
      const apres = await empreintes(restauree);
      expect(Object.keys(avant).length).toBeGreaterThan(40);
      expect(apres).toEqual(avant);
      const { rows: pdf } = await restauree.query<{ octets: Buffer }>(`SELECT "octets" FROM "Contenu" WHERE "sha256" = $1`, [
        pdfSigne.sha256,
      ]);
      expect(sha256(pdf[0]!.octets)).toBe(pdfSigne.sha256);
      const signatures = readPdfSignatures(pdf[0]!.octets);
      expect(signatures).toHaveLength(1);
      expect(signatures[0]).toMatchObject({ signataire: "Camille Sauvegarde", intacte: true, certificatReconnu: true });
    } finally {
      await restauree.end();
    }
    const remis = await avecS3("restauree/", async () => magasinS3(configurationS3()!).lire(enS3.sha256));
    expect(Buffer.from(remis!)).toEqual(scan);

    // A database that holds tables is not overwritten without --remplacer.
    await expect(avecS3("restauree/", () => restaurer({ url: cible, dossier }))).rejects.toThrow(/contient déjà des tables.*--remplacer/);
  });
});
